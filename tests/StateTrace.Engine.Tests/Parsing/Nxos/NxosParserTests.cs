using System.Text;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Detection;
using StateTrace.Engine.Parsing.Nxos;
using StateTrace.Engine.Tests.Support;
using static StateTrace.Engine.Tests.Parsing.ParsedFacts;
using static StateTrace.Engine.Tests.Parsing.SessionLog;

namespace StateTrace.Engine.Tests.Parsing.Nxos;

public class NxosParserTests
{
    private const string Leaf1 = "DC1-LEAF-01";
    private const string Leaf2 = "DC1-LEAF-02";

    [Fact]
    public void Parse_TwoHostsInOneLog_DetectedAndJoinedPerPort()
    {
        using var temp = new TempDirectory();
        var log = new StringBuilder()
            .Append(Block(Leaf1 + "# ", "show version", Raw("ntc-more/cisco_nxos/show_version/cisco_nxos_show_version6.raw")))
            .Append(Block(Leaf2 + "# ", "show version", Raw("ntc-more/cisco_nxos/show_version/cisco_nxos_show_version4.raw")))
            .Append(Block(Leaf1 + "# ", "show interface status", Raw("ntc/cisco_nxos/show_interface_status/cisco_nxos_show_interface_status.raw")))
            .Append(Block(Leaf1 + "# ", "show running-config", RunningConfigParserTests.Config))
            .Append(Block(Leaf2 + "# ", "sh int br", Raw("ntc-more/cisco_nxos/show_interface_brief/cisco_nxos_show_interface_brief_monitor.raw")))
            .Append(Block(Leaf1 + "# ", "show mac address-table", Raw("ntc-more/cisco_nxos/show_mac_address-table/cisco_nxos_show_mac_address-table.raw")))
            .Append(Block(Leaf1 + "# ", "show cdp neighbors detail", Raw("ntc-more/cisco_nxos/show_cdp_neighbors_detail/cisco_nxos_show_cdp_neighbors_detail.raw")))
            .Append(Block(Leaf1 + "# ", "show lldp neighbors detail | no-more", Raw("ntc-more/cisco_nxos/show_lldp_neighbors_detail/cisco_nxos_show_lldp_neighbors_detail.raw")))
            .Append(Leaf1).Append("# exit\n")
            .ToString();

        var hosts = ParseLog(temp, temp.File("dc1.log", log));

        hosts.Keys.Should().BeEquivalentTo(Leaf1, Leaf2);
        foreach (var (detection, facts) in hosts.Values)
        {
            detection.Platform.Should().Be(Platforms.CiscoNxos, string.Join("; ", detection.Evidence));
            facts.Diagnostics.Should().BeEmpty();
            facts.Make.Should().Be("Cisco");
            facts.Platform.Should().Be("cisco_nxos");
            facts.Site.Should().Be("DC1");
        }

        var leaf1 = hosts[Leaf1].Facts;
        leaf1.Hostname.Should().Be(Leaf1);
        (leaf1.Model, leaf1.Serial, leaf1.Version, leaf1.Uptime).Should().Be(
            ("C93108TC-EX", "FDO23490570", "10.3(6)", "60 day(s), 17 hour(s), 29 minute(s), 10 second(s)"));
        (leaf1.Location, leaf1.Building, leaf1.Floor, leaf1.Room).Should().Be(("Bldg_7_Floor_1_Room_102", "7", "1", "102"));
        leaf1.AuthBlock.Should().Be("feature dot1x\ndot1x system-auth-control");
        leaf1.InterfaceCount.Should().Be(73);

        Port(leaf1, "Eth1/1").Should().BeEquivalentTo(new
        {
            Name = "managed by puppet",
            Description = "managed by puppet",
            Status = "disabled",
            Vlan = "routed",
            Duplex = "auto",
            Speed = "auto",
            Type = "SFP-H10GB-CU2M",
            AuthTemplate = "flexible",
            PortSort = PortSort.KeyOf("Eth1/1"),
        });
        Port(leaf1, "Eth1/1").Config.Should().StartWith("interface Ethernet1/1\n  description managed by puppet").And.EndWith("dot1x mac-auth-bypass");
        Port(leaf1, "Eth1/2").Should().BeEquivalentTo(new { Name = "", AuthTemplate = "dot1x", Type = "SFP-H10GB-CU2M" });
        Port(leaf1, "Eth1/3").Should().BeEquivalentTo(new { AuthTemplate = "macauth", Status = "xcvrAbsen", Type = "" });
        Port(leaf1, "mgmt0").Should().BeEquivalentTo(new { Name = "", Vlan = "routed", Speed = "100", Config = "interface mgmt0\n  vrf member management\n  ip address 10.1.100.220/24" });
        Port(leaf1, "nve1").Vlan.Should().BeEmpty();
        Port(leaf1, "Po10").Should().BeEquivalentTo(new
        {
            Name = "vPC peer-link",
            Status = "noOperMem",
            LearnedMacs = "000e.000e.000e",
            InterfaceMac = "000e.000e.000e",
            AuthVlan = "145",
        });

        leaf1.MacEntries.Should().Equal(
            new MacEntry("100", "5087.89a1.de75", "static", "sup-eth1(R)"),
            new MacEntry("145", "000a.000a.000a", "static", "Drop"),
            new MacEntry("145", "000e.000e.000e", "static", "Po10"));
        leaf1.Neighbors.Should().HaveCount(9);
        leaf1.Neighbors[0].Should().Be(new Neighbor("CDP", "mgmt0", "PERIMETER", "FastEthernet1/0/32", "cisco WS-C3750-48TS", "10.1.100.1"));
        leaf1.Neighbors[3].Should().Be(new Neighbor("CDP", "Eth1/49", "dc-sp01", "Ethernet1/52", "N9K-C9372TX", "10.1.100.222"));
        leaf1.Neighbors[6].Should().BeEquivalentTo(new { Protocol = "LLDP", LocalPort = "Eth1/1", NeighborName = "n9k2.company.com", NeighborPort = "Ethernet1/1", MgmtAddress = "10.30.140.21" });

        var leaf2 = hosts[Leaf2].Facts;
        (leaf2.Model, leaf2.Version).Should().Be(("C9372PX", "7.0(3)I4(3)"));
        leaf2.Interfaces.Should().HaveCount(77);
        Port(leaf2, "Eth1/35").Should().BeEquivalentTo(new { Status = "up", Vlan = "monitor", Speed = "1000(D)" });
        Port(leaf2, "Eth1/10").Vlan.Should().Be("trunk");
        Port(leaf2, "Eth1/1").Vlan.Should().Be("routed");
        Port(leaf2, "Lo0").Name.Should().Be("BGP-Loopback");
    }

    // A Nexus whose neighbours run EOS and IOS: their names are in the CDP/LLDP output, the session is still NX-OS.
    [Fact]
    public void Parse_NexusWithAristaAndIosNeighbours_StillDetectedAsNxos()
    {
        using var temp = new TempDirectory();
        const string aristaNeighbour = """
            Chassis id: 001c.737d.77fb
            Port id: Ethernet49/1
            Local Port id: Eth1/49
            Port Description: uplink to DC1-LEAF-01
            System Name: DC1-EOS-LEAF-09
            System Description: Arista Networks EOS version 4.27.6M running on an Arista Networks DCS-7050SX-64
            Time remaining: 98 seconds
            System Capabilities: B, R
            Enabled Capabilities: B, R
            Management Address: 10.30.140.9
            Vlan ID: 1
            """;
        var log = Block(Leaf1 + "# ", "show version", Raw("ntc-more/cisco_nxos/show_version/cisco_nxos_show_version.raw"))
            + Block(Leaf1 + "# ", "show cdp neighbors detail", Raw("ntc-more/cisco_nxos/show_cdp_neighbors_detail/cisco_nxos_show_cdp_neighbors_detail1.raw"))
            + Block(Leaf1 + "# ", "show lldp neighbors detail", aristaNeighbour)
            + Leaf1 + "# \n";

        var (detection, facts) = ParseLog(temp, temp.File("mixed.log", log))[Leaf1];

        detection.Platform.Should().Be(Platforms.CiscoNxos, string.Join("; ", detection.Evidence));
        facts.Neighbors.Should().HaveCount(5);
        facts.Neighbors[4].Should().BeEquivalentTo(new { Protocol = "LLDP", LocalPort = "Eth1/49", NeighborName = "DC1-EOS-LEAF-09", MgmtAddress = "10.30.140.9" });
    }

    [Fact]
    public void Parse_ShowVlanBrief_FillsVlans()
    {
        const string vlans = """

            VLAN Name                             Status    Ports
            ---- -------------------------------- --------- -------------------------------
            1    default                          active    Eth1/1, Eth1/2, Eth1/3, Eth1/4
                                                            Eth1/5, Eth1/6
            145  servers                          active    Po10
            """;
        var facts = new DeviceFacts();

        new NxosParser().Parse(new CapturedSession(Leaf1, Block(Leaf1 + "# ", "sh vlan br", vlans) + Leaf1 + "# \n"), facts);

        facts.Vlans.Should().Equal(new VlanEntry("1", "default", "active"), new VlanEntry("145", "servers", "active"));
        facts.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Parse_UnreadableRow_DiagnosticNamesFileAndLine()
    {
        using var temp = new TempDirectory();
        var log = Leaf1 + "# show version\nCisco Nexus Operating System (NX-OS) Software\n  NXOS: version 9.3(8)\n"
            + Leaf1 + "# show interface status\nPort          Name               Status    Vlan      Duplex  Speed   Type\n"
            + "Eth1/1        --                 connected 1         full    10G     10Gbase-SR\n"
            + "Eth1/2        ~~~~\n" + Leaf1 + "# \n";
        var file = temp.File("broken.log", log);

        var (detection, facts) = ParseLog(temp, file)[Leaf1];

        detection.Platform.Should().Be(Platforms.CiscoNxos);
        facts.Version.Should().Be("9.3(8)");
        facts.Interfaces.Should().ContainSingle().Which.Port.Should().Be("Eth1/1");
        var diagnostic = facts.Diagnostics.Should().ContainSingle().Subject;
        (diagnostic.File, diagnostic.Line, diagnostic.Host).Should().Be((file, 7L, Leaf1));
        diagnostic.Reason.Should().StartWith("show interface status:");
    }

    [Fact]
    public void Parse_EmptyAndMissingBlocks_NoFailureNoFacts()
    {
        var facts = new DeviceFacts();
        new NxosParser().Parse(new CapturedSession(Leaf1, Leaf1 + "# show version\n" + Leaf1 + "# show interface status\n" + Leaf1 + "# show cdp neighbors detail\n" + Leaf1 + "# \n"), facts);

        facts.Hostname.Should().Be(Leaf1);
        facts.Make.Should().Be("Cisco");
        facts.Interfaces.Should().BeEmpty();
        facts.Diagnostics.Should().BeEmpty();
    }

    private static string Raw(string fixture) => NtcOracle.ReadRaw(fixture);

    private static Dictionary<string, (Detection Detection, DeviceFacts Facts)> ParseLog(TempDirectory temp, string file) =>
        ParsedFacts.ParseLog(new NxosParser(), temp, file);
}
