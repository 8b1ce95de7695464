using System.Text;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Arista;
using StateTrace.Engine.Parsing.Detection;
using StateTrace.Engine.Tests.Support;
using static StateTrace.Engine.Tests.Parsing.ParsedFacts;
using static StateTrace.Engine.Tests.Parsing.SessionLog;

namespace StateTrace.Engine.Tests.Parsing.Arista;

public class AristaEosParserTests
{
    private const string Leaf1 = "NYC-LEAF-01";
    private const string Leaf2 = "NYC-LEAF-02";

    [Fact]
    public void Parse_TwoHostsInOneLog_DetectedAndJoinedPerPort()
    {
        using var temp = new TempDirectory();
        var log = new StringBuilder()
            .Append(Block(Leaf1 + "#", "show version", Raw("ntc/arista_eos/show_version/arista_eos_show_version2.raw")))
            .Append(Block(Leaf2 + ">", "show version", Raw("ntc/arista_eos/show_version/arista_eos_show_version.raw")))
            .Append(Block(Leaf1 + "#", "sh int status", Raw("ntc/arista_eos/show_interfaces_status/arista_eos_show_interfaces_status_encap.raw")))
            .Append(Block(Leaf1 + "#", "show running-config", RunningConfigParserTests.Config))
            .Append(Block(Leaf2 + ">", "sh int", Raw("ntc-more/arista_eos/show_interfaces/arista_eos_show_interfaces2.raw")))
            .Append(Block(Leaf1 + "#", "show mac address-table", Raw("ntc-more/arista_eos/show_mac_address-table/arista_eos_show_mac_address-table.raw")))
            .Append(Block(Leaf1 + "#", "show dot1x hosts", Dot1xHostsTests.Hosts))
            .Append(Block(Leaf1 + "#", "show lldp neighbors detail", Raw("ntc-more/arista_eos/show_lldp_neighbors_detail/arista_eos_show_lldp_neighbors_detail.raw")))
            .Append(Block(Leaf1 + "#", "show inventory", Raw("ntc-more/arista_eos/show_inventory/arista_eos_show_inventory1.raw")))
            .Append(Leaf1).Append("#exit\n")
            .ToString();

        var hosts = ParseLog(temp, temp.File("nyc.log", log));

        hosts.Keys.Should().BeEquivalentTo(Leaf1, Leaf2);
        foreach (var (detection, facts) in hosts.Values)
        {
            detection.Platform.Should().Be(Platforms.AristaEos, string.Join("; ", detection.Evidence));
            facts.Diagnostics.Should().BeEmpty();
            facts.Make.Should().Be("Arista");
            facts.Platform.Should().Be("arista_eos");
            facts.Site.Should().Be("NYC");
        }

        var leaf1 = hosts[Leaf1].Facts;
        leaf1.Hostname.Should().Be(Leaf1);
        (leaf1.Model, leaf1.Serial, leaf1.Version, leaf1.Uptime).Should().Be(
            ("CCS-720XP-24ZY4-F", "JPE11400249", "4.27.6M", "134 weeks, 5 days, 23 hours and 44 minutes"));
        leaf1.Location.Should().Be("Bldg_12_Floor_3_Room_301_Row_B_Rack_7");
        (leaf1.Building, leaf1.Floor, leaf1.Room, leaf1.Row, leaf1.Rack).Should().Be(("12", "3", "301", "B", "7"));
        leaf1.AuthDefaultVlan.Should().Be("999");
        leaf1.AuthBlock.Should().Contain("dot1x system-auth-control");
        leaf1.Interfaces.Select(i => i.Port).Should().Equal("Et1", "Et2", "Et3", "Et4", "Et5", "Et6", "Et7", "Ma1");

        Port(leaf1, "Et1").Should().BeEquivalentTo(new
        {
            Name = "Room 301 desk 1",
            Description = "Room 301 desk 1",
            Status = "connected",
            Vlan = "1",
            Duplex = "full",
            Speed = "1G",
            Type = "EbraTestPhyPort",
            AuthTemplate = "flexible",
            AuthState = "Authorized",
            AuthMode = "dot1x",
            AuthClientMac = "0050.56aa.0101",
            AuthVlan = "20",
            PortSort = PortSort.KeyOf("Et1"),
        });
        Port(leaf1, "Et1").Config.Should().StartWith("interface Ethernet1\n   description Room 301 desk 1").And.EndWith("traffic allow vlan 999");
        Port(leaf1, "Et3").Should().BeEquivalentTo(new { AuthTemplate = "macauth", AuthMode = "mab", AuthClientMac = "0050.56aa.0303" });
        Port(leaf1, "Et5").Should().BeEquivalentTo(new { AuthTemplate = "", Config = "", AuthState = "Unauthorized", Name = "" });
        Port(leaf1, "Et6").Should().BeEquivalentTo(new { AuthState = "", AuthMode = "", AuthClientMac = "" });
        Port(leaf1, "Et7").Should().BeEquivalentTo(new { LearnedMacs = "0012.3694.03ec", InterfaceMac = "0012.3694.03ec", AuthVlan = "3" });
        Port(leaf1, "Ma1").Config.Should().Be("interface Management1\n   ip address 10.0.0.11/24");

        leaf1.MacEntries.Should().HaveCount(19).And.Contain(new MacEntry("3912", "001c.822b.033e", "DYNAMIC", "Et11"));
        leaf1.MacEntries.Should().NotContain(m => m.Mac == "c867.3057.8423"); // multicast flood lists are not learned addresses
        leaf1.Neighbors.Should().HaveCount(20);
        leaf1.Neighbors[0].Should().Be(new Neighbor(
            "LLDP", "Et1", "spine2.company.com", "Ethernet1", "Arista Networks EOS version 4.15.2F running on an Arista Networks vEOS", "2cc2.6081.eaf9"));
        leaf1.Neighbors.Should().Contain(n => n.LocalPort == "Ma1" && n.NeighborName == "vmx1" && n.MgmtAddress == "10.0.0.31");

        var leaf2 = hosts[Leaf2].Facts;
        (leaf2.Model, leaf2.Serial, leaf2.Version).Should().Be(("vEOS", "", "4.14.7M"));
        leaf2.Interfaces.Select(i => i.Port).Should().Equal("Et1", "Et2", "Et3", "Et4", "Ma0");
        Port(leaf2, "Et1").Should().BeEquivalentTo(new { Name = "\"Test interface Et1\"", Status = "connected", Duplex = "Full-duplex", Speed = "1Gb/s" });
    }

    // A leaf whose neighbours run NX-OS and JUNOS: their names are in the LLDP output, the session is still EOS.
    [Fact]
    public void Parse_LeafWithNexusAndJunosNeighbours_StillDetectedAsArista()
    {
        using var temp = new TempDirectory();
        const string nexusNeighbour = """
            Interface Ethernet49/1 detected 1 LLDP neighbors:

              Neighbor 5087.89a1.d8d6/"Ethernet1/1", age 12 seconds
              Discovered 0:01:11 ago; Last changed 0:01:11 ago
              - Chassis ID type: MAC address (4)
                Chassis ID     : 5087.89a1.d8d6
              - Port ID type: Interface name (5)
                Port ID     : "Ethernet1/1"
              - System Name: "DC1-SPINE-01"
              - System Description: "Cisco Nexus Operating System (NX-OS) Software 9.3(8)"
            """;
        var log = Block(Leaf1 + "#", "show version", Raw("ntc/arista_eos/show_version/arista_eos_show_version2.raw"))
            + Block(Leaf1 + "#", "show interfaces status", Raw("ntc/arista_eos/show_interfaces_status/arista_eos_show_interfaces_status.raw"))
            + Block(Leaf1 + "#", "show lldp neighbors detail", nexusNeighbour + "\n" + Raw("ntc-more/arista_eos/show_lldp_neighbors_detail/arista_eos_show_lldp_neighbors_detail.raw"))
            + Leaf1 + "#\n";

        var (detection, facts) = ParseLog(temp, temp.File("mixed.log", log))[Leaf1];

        detection.Platform.Should().Be(Platforms.AristaEos, string.Join("; ", detection.Evidence));
        facts.Neighbors[0].Should().Be(new Neighbor(
            "LLDP", "Et49/1", "DC1-SPINE-01", "Ethernet1/1", "Cisco Nexus Operating System (NX-OS) Software 9.3(8)", ""));
    }

    [Fact]
    public void Parse_ShowVlan_FillsVlans()
    {
        const string vlans = """
            VLAN  Name                             Status    Ports
            ----- -------------------------------- --------- -------------------------------
            1     default                          active    Et5, Et6, Et7
            20    users                            active    Et1, Et2, Et3, Et4, Po49
            999   auth-fail                        suspended
            """;

        var facts = Parse(("show vlan", vlans));

        facts.Vlans.Should().Equal(new VlanEntry("1", "default", "active"), new VlanEntry("20", "users", "active"), new VlanEntry("999", "auth-fail", "suspended"));
        facts.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Parse_InventoryOnly_FillsModelAndSerialFromSystemItem()
    {
        var facts = Parse(("show inventory", Raw("ntc-more/arista_eos/show_inventory/arista_eos_show_inventory.raw")));

        (facts.Model, facts.Serial).Should().Be(("DCS-7150S-52-CL", "JPE13120702"));
        facts.Interfaces.Should().BeEmpty();
        facts.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Parse_PortChannelStatusAndConfig_JoinsLongAndShortNames()
    {
        var facts = Parse(
            ("show interfaces status", Raw("ntc/arista_eos/show_interfaces_status/arista_eos_show_interfaces_status_port_channel.raw")),
            ("show running-config", RunningConfigParserTests.Config));

        Port(facts, "Po49").Should().BeEquivalentTo(new { Name = "Core: dr01-dr02", Vlan = "trunk", Speed = "20G", AuthTemplate = "open" });
        Port(facts, "Et49").Should().BeEquivalentTo(new { Name = "Core: drxx.yul01", Vlan = "Po49", Type = "Not Present", Config = "" });
        Port(facts, "Et1").Name.Should().Be("Room 301 desk 1");
    }

    [Fact]
    public void Parse_UnreadableRow_DiagnosticNamesFileAndLine()
    {
        using var temp = new TempDirectory();
        var log = "banner line\n" + Leaf1 + "#show version\nArista vEOS\nSoftware image version: 4.30.1F\n"
            + Leaf1 + "#show interfaces status\nPort       Name   Status       Vlan     Duplex Speed  Type\n"
            + "Et1               connected    1        full   1G     EbraTestPhyPort\n~~~~\n" + Leaf1 + "#\n";
        var file = temp.File("broken.log", log);

        var (detection, facts) = ParseLog(temp, file)[Leaf1];

        detection.Platform.Should().Be(Platforms.AristaEos);
        facts.Interfaces.Should().ContainSingle().Which.Port.Should().Be("Et1");
        var diagnostic = facts.Diagnostics.Should().ContainSingle().Subject;
        (diagnostic.File, diagnostic.Line, diagnostic.Host).Should().Be((file, 8L, Leaf1));
        diagnostic.Reason.Should().StartWith("show interfaces status:");
    }

    [Fact]
    public void Parse_EmptyAndMissingBlocks_NoFailureNoFacts()
    {
        var facts = new DeviceFacts();
        new AristaEosParser().Parse(new CapturedSession(Leaf1, Leaf1 + "#show version\n" + Leaf1 + "#show interfaces status\n" + Leaf1 + "#show lldp neighbors detail\n" + Leaf1 + "#\n"), facts);

        facts.Hostname.Should().Be(Leaf1);
        facts.Make.Should().Be("Arista");
        facts.Interfaces.Should().BeEmpty();
        facts.Diagnostics.Should().BeEmpty();
    }

    private static string Raw(string fixture) => NtcOracle.ReadRaw(fixture);

    private static DeviceFacts Parse(params (string Command, string Output)[] blocks) =>
        ParsedFacts.Parse(new AristaEosParser(), new CapturedSession(Leaf1, SessionLog.Session(Leaf1 + "#", blocks)));

    private static Dictionary<string, (Detection Detection, DeviceFacts Facts)> ParseLog(TempDirectory temp, string file) =>
        ParsedFacts.ParseLog(new AristaEosParser(), temp, file);
}
