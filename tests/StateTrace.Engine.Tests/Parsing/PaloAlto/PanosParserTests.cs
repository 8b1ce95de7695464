using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Detection;
using StateTrace.Engine.Parsing.PaloAlto;
using StateTrace.Engine.Tests.Support;
using static StateTrace.Engine.Tests.Parsing.ParsedFacts;

namespace StateTrace.Engine.Tests.Parsing.PaloAlto;

public class PanosParserTests
{
    private const string Firewall = "WLLS-FW-01";
    private const string Branch = "PA-3220";

    private const string MacTable = """

        maximum of entries supported :      1500
        default timeout :                   1800 seconds
        total MAC entries in table :        3
        total MAC entries shown :           3
        status: s - static, c - complete, i - incomplete

        vlan                hw address        interface         status   ttl
        --------------------------------------------------------------------------------
        Test                00:50:00:00:07:00 ethernet1/8.81      c      1778
        Test                00:50:00:00:08:00 ethernet1/19.5      c      1796
        Test                50:00:00:02:00:01 ethernet1/8.81      c      704
        """;

    // A firewall cabled to an EX switch learns the switch's banner over LLDP: "JUNOS" in PAN-OS output.
    private const string JuniperNeighbor = """
        Local information:
        Index 16
        Local interface: ethernet1/1
        Local Port ID: 1
        Neighbor information:

        Chassis type: MAC address
        Chassis ID: 2c:6b:f5:a1:c2:c0
        Port type: Interface name
        Port ID: ge-0/0/47
        Port description: to WLLS-FW-01
        TTL: 120
        System name: WLLS-A01-EX-01
        System description: Juniper Networks, Inc. ex4300-48p Ethernet Switch, kernel JUNOS 21.4R3-S5.4, Build date: 2023-10-04
        System capabilities:
        Supported: B, R,
        Enabled: B, R,
        Management address type: ipv4
        Management address: 10.1.1.2
        """;

    [Fact]
    public void Parse_SessionLogOfTwoFirewalls_DetectsPanosAndJoinsPerPortFacts()
    {
        var sessions = Split(
            (Firewall, "show system info", Raw("show_system_info/paloalto_panos_show_system_info.raw")),
            (Firewall, "show interface all", Raw("show_interface_all/paloalto_panos_show_interface_all.raw")),
            (Firewall, "show mac all", MacTable),
            (Firewall, "show lldp neighbors all", Raw("show_lldp_neighbors_all/paloalto_panos_show_lldp_neighbors_all.raw")),
            (Firewall, "show routing route", Raw("show_routing_route/paloalto_panos_show_routing_route.raw")),
            (Branch, "show system info", Raw("show_system_info/paloalto_panos_show_system_info.raw")),
            (Branch, "show lldp neighbors all", Raw("show_lldp_neighbors_all/paloalto_panos_show_lldp_neighbors_all4.raw")));

        sessions.Keys.Should().BeEquivalentTo([Firewall, Branch]);
        foreach (var session in sessions.Values)
        {
            VendorDetector.Detect(session).Platform.Should().Be(Platforms.PaloAltoPanos, session.Hostname);
        }

        var firewall = Parse(sessions[Firewall]);
        firewall.Diagnostics.Should().BeEmpty();
        firewall.Should().BeEquivalentTo(new
        {
            Hostname = Firewall,
            Site = "WLLS",
            Make = "Palo Alto Networks",
            Platform = "paloalto_panos",
            Model = "PA-VM",
            Version = "7.0.1",
            Serial = "unknown",
            Uptime = "2 days, 2:38:49",
            InterfaceCount = 17,
        });
        firewall.Interfaces.Select(i => i.Port).Should().Equal(
            "ethernet1/8", "ethernet1/13", "ethernet1/14", "ethernet1/19", "ae1", "ae2", "ha1-a", "ha1-b", "vlan", "loopback", "tunnel",
            "hsci", "ethernet1/8.81", "ethernet1/13.388", "ae1.99", "ae5", "loopback.99");
        Port(firewall, "ethernet1/8").Should().BeEquivalentTo(new
        {
            Name = "ethernet1/8",
            Status = "up",
            Speed = "1000",
            Duplex = "full",
            InterfaceMac = "00:1b:17:aa:bb:01",
            Vlan = "routed",
            LearnedMacs = "",
            PortSort = PortSort.KeyOf("ethernet1/8"),
        });
        Port(firewall, "ethernet1/8.81").Should().BeEquivalentTo(new { Vlan = "81", LearnedMacs = "00:50:00:00:07:00,50:00:00:02:00:01", Status = "" });
        Port(firewall, "ethernet1/19").LearnedMacs.Should().Be("00:50:00:00:08:00", "ethernet1/19.5 has no row of its own");
        Port(firewall, "ae1").Should().BeEquivalentTo(new { Status = "up", Speed = "", Duplex = "", Vlan = "" });
        Port(firewall, "ha1-b").Should().BeEquivalentTo(new { Status = "down", Speed = "" });
        Port(firewall, "loopback.99").Vlan.Should().Be("routed");
        firewall.MacEntries.Should().HaveCount(3).And.Contain(new MacEntry("Test", "00:50:00:00:08:00", "c", "ethernet1/19.5"));
        firewall.Neighbors.Should().HaveCount(12);
        firewall.Neighbors[2].Should().Be(new Neighbor("LLDP", "ethernet1/15", "SWITCH-1", "1/1/4", "Aruba JL635A  GL.10.13.1050", "192.0.2.10"));
        firewall.Vlans.Should().BeEmpty();
        firewall.SpanningTree.Should().BeEmpty();

        var branch = Parse(sessions[Branch]);
        branch.Should().BeEquivalentTo(new { Hostname = Branch, Site = "PA", Model = "PA-VM", InterfaceCount = 0 });
        branch.Neighbors.Should().BeEmpty("all4 lists local interfaces without neighbours");
        branch.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Parse_RunningConfiguration_GivesEachListedPortItsCommentAsDescriptionAndItsBlock()
    {
        var config = """
            config {
              devices {
                localhost.localdomain {
                  network {
                    interface {
                      ethernet {
                        ethernet1/8 {
                          layer3 {
                            units {
                              ethernet1/8.81 {
                                tag 81;
                                comment "Guest wireless";
                              }
                            }
                          }
                          comment "Uplink to core";
                        }
                        ethernet1/13 {
                          layer3 {
                            lldp {
                              enable no;
                            }
                          }
                        }
                        ethernet1/20 {
                          comment "Spare, not in show interface all";
                        }
                      }
                    }
                  }
                }
              }
            }
            """;
        var sessions = Split(
            (Firewall, "show system info", Raw("show_system_info/paloalto_panos_show_system_info.raw")),
            (Firewall, "show config running", config),
            (Firewall, "show interface all", Raw("show_interface_all/paloalto_panos_show_interface_all.raw")));

        var facts = Parse(sessions[Firewall]);

        facts.Diagnostics.Should().BeEmpty();
        facts.InterfaceCount.Should().Be(17, "show interface all lists the ports; a configured port it lacks is not added");
        Port(facts, "ethernet1/8").Should().BeEquivalentTo(new { Description = "Uplink to core", Name = "Uplink to core", Vlan = "routed", Status = "up" });
        Port(facts, "ethernet1/8").Config.Should().StartWith("            ethernet1/8 {\n").And.EndWith("comment \"Uplink to core\";\n            }");
        Port(facts, "ethernet1/8.81").Should().BeEquivalentTo(new { Description = "Guest wireless", Name = "Guest wireless", Vlan = "81" });
        Port(facts, "ethernet1/13").Should().BeEquivalentTo(new { Description = "", Name = "ethernet1/13" });
        Port(facts, "ethernet1/13").Config.Should().Contain("enable no;");
        Port(facts, "ae1").Should().BeEquivalentTo(new { Description = "", Name = "ae1", Config = "" });
    }

    [Fact]
    public void Parse_RunningConfigurationAlone_ListsTheConfiguredInterfaces()
    {
        var sessions = Split((Firewall, "show config running", ConfigRunningTests.Set));

        var facts = Parse(sessions[Firewall]);

        facts.Diagnostics.Should().BeEmpty();
        facts.Interfaces.Select(i => (i.Port, i.Name)).Should().Equal(
            ("ethernet1/1", "Uplink to ISP-A {circuit 1234}; primary"), ("ethernet1/2", "Trunk to core"), ("ethernet1/2.10", "Guest"),
            ("ethernet1/3", "ethernet1/3"), ("ae1", "LACP to dist"), ("loopback.1", "router id"));
        Port(facts, "ethernet1/3").PortSort.Should().Be(PortSort.KeyOf("ethernet1/3"));
    }

    [Fact]
    public void Detect_PanosWithJuniperNeighbor_StillPanosNotJuniper()
    {
        var sessions = Split(
            (Firewall, "show system info", Raw("show_system_info/paloalto_panos_show_system_info.raw")),
            (Firewall, "show lldp neighbors all", JuniperNeighbor));

        VendorDetector.Detect(sessions[Firewall]).Platform.Should().Be(Platforms.PaloAltoPanos);
        Parse(sessions[Firewall]).Neighbors.Should().ContainSingle().Which.NeighborName.Should().Be("WLLS-A01-EX-01");
    }

    [Fact]
    public void Parse_UnreadableLine_ReportsInputFileAndLineAndKeepsTheRest()
    {
        using var temp = new TempDirectory();
        var log = temp.File("panos.log", Log(
            (Firewall, "show system info", Raw("show_system_info/paloalto_panos_show_system_info.raw")),
            (Firewall, "show interface all", "name                    id    speed/duplex/state/fec        mac address\n"
                + "ethernet1/1             16    1000/full/up/auto             00:1b:17:00:01:10\n"
                + "~~~ torn\n"
                + "ethernet1/2             17    1000/full/up/auto             00:1b:17:00:01:11\n")));
        var sessions = SessionLog.Split(temp, log);

        var facts = Parse(sessions[Firewall]);

        facts.Interfaces.Select(i => i.Port).Should().Equal("ethernet1/1", "ethernet1/2");
        var diagnostic = facts.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.File.Should().Be(log);
        diagnostic.Line.Should().Be(45, "prompt on line 1, 40 lines of system info (its trailing blank line trimmed), the next prompt on line 42, then three lines");
        diagnostic.Reason.Should().Contain("show interface all");
    }

    private static string Raw(string relative) => NtcOracle.ReadRaw("ntc-more/paloalto_panos/" + relative);

    private static DeviceFacts Parse(CapturedSession session) => ParsedFacts.Parse(new PanosParser(), session);

    private static OrderedDictionary<string, CapturedSession> Split(params (string Host, string Command, string Output)[] blocks) => SessionLog.Split(Log(blocks));

    // "admin@host> command" prompts as PAN-OS prints them, a closing prompt per host.
    private static string Log(params (string Host, string Command, string Output)[] blocks) =>
        SessionLog.Log(static host => "admin@" + host + "> ", blocks);
}
