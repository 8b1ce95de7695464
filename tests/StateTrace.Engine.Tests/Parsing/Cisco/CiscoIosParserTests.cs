using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Cisco;
using static StateTrace.Engine.Tests.Parsing.ParsedFacts;

namespace StateTrace.Engine.Tests.Parsing.Cisco;

public class CiscoIosParserTests
{
    private const string Host = "WLLS-A01-AS-01";

    private const string RunningConfig = """
        Building configuration...

        Current configuration : 2211 bytes
        !
        hostname WLLS-A01-AS-01
        !
        dot1x system-auth-control
        !
        interface Port-channel1
         description Uplink to WLLS-A01-DS-01 port-channel 12
         switchport mode trunk
        !
        interface Port-channel2
         description configured but absent from the status table
        !
        interface GigabitEthernet1/0/1
         description Room 204 desk 1, full description
         switchport access vlan 20
         authentication event fail action next-method
         authentication order mab dot1x
         authentication priority dot1x mab
         authentication port-control auto
         mab
         dot1x pae authenticator
         dot1x timeout quiet-period 90
         dot1x timeout tx-period 5
        !
        interface GigabitEthernet1/0/2
         switchport access vlan 8
         dot1x pae authenticator
        !
        interface GigabitEthernet1/0/3
         mab
        !
        snmp-server location Bldg_5_Floor_2_Room_204
        end
        """;

    [Fact]
    public void Parse_VersionStatusAndRun_JoinsPerPortFacts()
    {
        var facts = Parse(
            ("show version", Raw("ntc/cisco_ios/show_version/cisco_ios_show_version4.raw")),
            ("sh int status", Raw("ntc/cisco_ios/show_interfaces_status/cisco_ios_show_interfaces_status.raw")),
            ("show run", RunningConfig));

        facts.Diagnostics.Should().BeEmpty();
        facts.Make.Should().Be("Cisco");
        facts.Platform.Should().Be("cisco_ios");
        facts.Hostname.Should().Be(Host);
        facts.Site.Should().Be("WLLS");
        facts.Version.Should().Be("16.9.3").And.NotBe("SW");
        facts.Model.Should().Be("C9500-40X");
        facts.Serial.Should().Be("FCW2233FFG3");
        facts.Uptime.Should().Be("1 year, 22 weeks, 6 days, 9 hours, 38 minutes");
        facts.InterfaceCount.Should().Be(25);

        var gi1 = Port(facts, "Gi1/0/1");
        gi1.Name.Should().Be("Room 204 desk 1, full description");
        gi1.Description.Should().Be(gi1.Name);
        gi1.Vlan.Should().Be("1");
        gi1.AuthTemplate.Should().Be("flexible");
        gi1.MissingAuthCmds.Should().BeEmpty();
        gi1.Config.Should().StartWith("interface GigabitEthernet1/0/1\n description Room 204").And.EndWith("\n dot1x timeout tx-period 5");
        gi1.PortSort.Should().Be(PortSort.KeyOf("Gi1/0/1"));

        Port(facts, "Gi1/0/2").Should().BeEquivalentTo(new { Name = "AccessPoint", Description = "", AuthTemplate = "dot1x", Vlan = "8" });
        Port(facts, "Gi1/0/3").Should().BeEquivalentTo(new { Name = "John's Office", AuthTemplate = "macauth" });
        Port(facts, "Gi1/0/4").Should().BeEquivalentTo(new { Name = "SingleName", AuthTemplate = "", Config = "" });
        Port(facts, "Gi1/0/7").Vlan.Should().Be("trunk");
        Port(facts, "Gi1/0/10").Vlan.Should().Be("routed");

        var po1 = Port(facts, "Po1");
        po1.Name.Should().Be("Uplink to WLLS-A01-DS-01 port-channel 12");
        po1.Config.Should().Be("interface Port-channel1\n description Uplink to WLLS-A01-DS-01 port-channel 12\n switchport mode trunk");
        facts.Interfaces.Should().NotContain(i => i.Port == "Po2" || i.Port == "Port-channel2");
    }

    [Fact]
    public void Parse_RunningConfig_FillsLocationAndAuthBlock()
    {
        var facts = Parse(("sh int status", Raw("ntc/cisco_ios/show_interfaces_status/cisco_ios_show_interfaces_status.raw")), ("show run", RunningConfig));

        facts.Location.Should().Be("Bldg_5_Floor_2_Room_204");
        (facts.Building, facts.Floor, facts.Room, facts.Row, facts.Rack).Should().Be(("5", "2", "204", "", ""));
        facts.AuthBlock.Should().Be("dot1x system-auth-control");
    }

    [Fact]
    public void Parse_NoRunningConfig_StillOneInterfacePerStatusRow()
    {
        var facts = Parse(("show interfaces status", Raw("ntc/cisco_ios/show_interfaces_status/cisco_ios_show_interfaces_status_with_keywords_in_name.raw")));

        facts.Diagnostics.Should().BeEmpty();
        facts.Interfaces.Select(i => i.Port).Should().Equal("Fa0/1", "Fa0/2", "Fa0/3", "Fa0/4", "Fa0/5", "Fa0/6");
        facts.Interfaces[0].Name.Should().Be("*** connected to U");
        facts.Interfaces[5].Status.Should().Be("disabled");
        facts.Interfaces.Should().OnlyContain(i => i.AuthTemplate == "" && i.Config == "");
    }

    [Fact]
    public void Parse_MacTableLongAndShortNames_JoinLearnedMacs()
    {
        const string macs = """
                      Mac Address Table
            -------------------------------------------

            Vlan    Mac Address       Type        Ports
            ----    -----------       --------    -----
              20    0050.56aa.0001    DYNAMIC     Gi1/0/1
              20    0050.56aa.0002    DYNAMIC     GigabitEthernet1/0/1
              20    0050.56aa.0001    DYNAMIC     Gi1/0/1
               8    0050.56aa.0003    DYNAMIC     Gi1/0/2
            Total Mac Addresses for this criterion: 4
            """;

        var facts = Parse(
            ("sh int status", Raw("ntc/cisco_ios/show_interfaces_status/cisco_ios_show_interfaces_status.raw")),
            ("sh mac address-table", macs));

        facts.MacEntries.Should().HaveCount(4).And.Contain(new MacEntry("20", "0050.56aa.0002", "DYNAMIC", "Gi1/0/1"));
        Port(facts, "Gi1/0/1").Should().BeEquivalentTo(new { LearnedMacs = "0050.56aa.0001,0050.56aa.0002", InterfaceMac = "0050.56aa.0001", AuthVlan = "20" });
        Port(facts, "Gi1/0/2").LearnedMacs.Should().Be("0050.56aa.0003");
        Port(facts, "Gi1/0/3").LearnedMacs.Should().BeEmpty();
    }

    [Fact]
    public void Parse_AuthSessions_FirstSessionPerPortElseDefaults()
    {
        var facts = Parse(
            ("sh int status", Raw("ntc/cisco_ios/show_interfaces_status/cisco_ios_show_interfaces_status.raw")),
            ("show authentication sessions", Raw("ntc-more/cisco_ios/show_authentication_sessions/cisco_ios_show_authentication_sessions2.raw")));

        facts.Diagnostics.Should().BeEmpty();
        Port(facts, "Gi1/0/5").Should().BeEquivalentTo(new { AuthState = "Authorized", AuthMode = "mab", AuthClientMac = "848a.12cd.3636" });
        Port(facts, "Gi1/0/10").Should().BeEquivalentTo(new { AuthState = "Authorized", AuthMode = "dot1x", AuthClientMac = "c89a.12cd.3b74" });
        Port(facts, "Gi1/0/4").Should().BeEquivalentTo(new { AuthState = "Unknown", AuthMode = "unknown", AuthClientMac = "" });
    }

    [Fact]
    public void Parse_TablesCommands_FillNeighborsSpanningTreeAndVlans()
    {
        var facts = Parse(
            ("show cdp neighbors detail", Raw("ntc/cisco_ios/show_cdp_neighbors_detail/cisco_ios_show_cdp_neighbors_detail.raw")),
            ("show lldp neighbors detail", Raw("ntc/cisco_ios/show_lldp_neighbors_detail/cisco_ios_show_lldp_neighbors_detail4.raw")),
            ("show spanning-tree", Raw("ntc-more/cisco_ios/show_spanning-tree/cisco_ios_show_spanning_tree.raw")),
            ("show vlan", Raw("ntc-more/cisco_ios/show_vlan/cisco_ios_show_vlan.raw")));

        facts.Diagnostics.Should().BeEmpty();
        facts.Neighbors.Should().HaveCount(6);
        facts.Neighbors[0].Should().Be(new Neighbor("CDP", "Gi1/0/16", "desktop-switch", "GigabitEthernet0/1", "cisco WS-C2960-8TC-L", "10.1.1.2"));
        facts.Neighbors[5].Should().BeEquivalentTo(new { Protocol = "LLDP", LocalPort = "Te1/1/1", NeighborName = "dsw01", NeighborPort = "Te1/2/13", MgmtAddress = "172.16.0.10" });
        facts.SpanningTree.Should().HaveCount(3);
        facts.SpanningTree[0].Should().Be(new SpanEntry("VLAN0001", "fa16.3e57.336f", "GigabitEthernet0/3", "Root", "Gi0/3"));
        facts.Vlans.Should().HaveCount(8);
        facts.Vlans[2].Should().Be(new VlanEntry("50", "VLan50", "active"));
    }

    [Fact]
    public void Parse_UnreadableStatusRow_ReportsSliceLineAndKeepsTheRest()
    {
        var text = Session(
            ("show version", "Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E4, RELEASE SOFTWARE (fc2)"),
            ("show interfaces status", "Port      Name               Status       Vlan       Duplex  Speed Type\nGi1/0/1                      connected    1          a-full a-1000 10/100/1000BaseTX\n~~~"));

        var facts = new DeviceFacts();
        new CiscoIosParser().Parse(new CapturedSession(Host, text), facts);

        facts.Interfaces.Should().ContainSingle().Which.Port.Should().Be("Gi1/0/1");
        var diagnostic = facts.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Line.Should().Be(6);
        diagnostic.Host.Should().Be(Host);
        diagnostic.Reason.Should().Contain("show interfaces status");
    }

    [Fact]
    public void Parse_EmptyAndMissingBlocks_NoFailureNoFacts()
    {
        var facts = new DeviceFacts();
        new CiscoIosParser().Parse(new CapturedSession(Host, Host + "#show run\n" + Host + "#show interfaces status\n" + Host + "#\n"), facts);

        facts.Hostname.Should().Be(Host);
        facts.Interfaces.Should().BeEmpty();
        facts.Diagnostics.Should().BeEmpty();
    }

    private static string Raw(string fixture) => NtcOracle.ReadRaw(fixture);

    private static DeviceFacts Parse(params (string Command, string Output)[] blocks) =>
        ParsedFacts.Parse(new CiscoIosParser(), new CapturedSession(Host, Session(blocks)));

    private static string Session(params (string Command, string Output)[] blocks) => SessionLog.Session(Host + "#", blocks);
}
