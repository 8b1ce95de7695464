using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Detection;
using StateTrace.Engine.Parsing.Procurve;
using static StateTrace.Engine.Tests.Parsing.ParsedFacts;

namespace StateTrace.Engine.Tests.Parsing.Procurve;

public class ProcurveParserTests
{
    private const string Aos = "WLLS-A01-AS-02";
    private const string K15 = "WLLS-B02-AS-09";

    private const string K15Version = """
        Image stamp:    /sw/code/build/bass(ppne_swt)
                        Feb  3 2012 10:42:38
                        K.15.06.0017
                        10
        Boot Image:     Primary
        """;

    private const string K15Config = """
        Running configuration:

        ; J9729A Configuration Editor; Created on release #WB.15.18.0013

        hostname "WLLS-B02-AS-09"
        interface A9
           name "AP-001 lobby"
        exit
        aaa port-access mac-based A1-A5
        """;

    [Fact]
    public void Parse_TwoHostsInterleavedInOneLog_EachDetectedAndParsed()
    {
        var (aos, k15) = SplitTwoHosts();

        aos.Diagnostics.Should().BeEmpty();
        k15.Diagnostics.Should().BeEmpty();
        (aos.Hostname, aos.Site, aos.Make, aos.Platform).Should().Be((Aos, "WLLS", "HP", "hp_procurve"));
        k15.Hostname.Should().Be(K15);
        aos.InterfaceCount.Should().Be(52);
        k15.InterfaceCount.Should().Be(15);
    }

    [Fact]
    public void Parse_Aos16_DeviceFactsFromVersionAndConfig()
    {
        var (aos, _) = SplitTwoHosts();

        aos.Should().BeEquivalentTo(new
        {
            Model = "J9772A",
            Version = "WC.16.10.0009",
            Serial = "",
            Location = "Bldg_5_Floor_2_Room_204",
            Building = "5",
            Floor = "2",
            Room = "204",
            AuthDefaultVlan = "20",
        });
        aos.AuthBlock.Should().StartWith("aaa authentication port-access eap-radius\n");
    }

    [Fact]
    public void Parse_Aos16_PortsJoinBriefConfigMacsAndClients()
    {
        var (aos, _) = SplitTwoHosts();

        Port(aos, "1").Should().BeEquivalentTo(new
        {
            PortSort = PortSort.KeyOf("1"),
            Name = "Room 204 desk 1",
            Description = "Room 204 desk 1",
            Status = "Up",
            Speed = "100",
            Duplex = "Full",
            Type = "10/100TX",
            Vlan = "20",
            AuthTemplate = "dot1x",
            AuthMode = "dot1x",
            AuthState = "Unknown",
            Config = "interface 1\n   name \"Room 204 desk 1\"",
        });
        Port(aos, "3").Should().BeEquivalentTo(new
        {
            Status = "Down",
            Vlan = "20",
            AuthTemplate = "flexible",
            AuthMode = "macauth",
            AuthState = "Authorized",
            AuthClientMac = "001517-581ec4",
            AuthVlan = "10",
        });
        Port(aos, "4").Should().BeEquivalentTo(new { AuthMode = "dot1x", AuthState = "Unauthorized" });
        Port(aos, "1").Vlan.Should().Be("20", "1 is untagged in VLAN 20 and tagged in VLAN 30 only: a phone port, as Cisco prints it");
        Port(aos, "5").Should().BeEquivalentTo(new { Status = "Disabled", Vlan = "trunk", AuthTemplate = "macauth", Name = "Printer" }, "5 is tagged in 40 and 41");
        Port(aos, "8").Should().BeEquivalentTo(new { Vlan = "1", AuthTemplate = "open", AuthMode = "open", AuthState = "Open", Config = "" });
        Port(aos, "51").Should().BeEquivalentTo(new { Speed = "", Duplex = "", Type = "" });
        Port(aos, "25").Should().BeEquivalentTo(new { LearnedMacs = "500000-b70008", InterfaceMac = "500000-b70008" });
        aos.MacEntries.Should().HaveCount(4).And.Contain(new MacEntry("17", "500000-260000", "", "Trk1"));
    }

    [Fact]
    public void Parse_Aos16_NeighborsAndVlans()
    {
        var (aos, _) = SplitTwoHosts();

        aos.Neighbors.Should().HaveCount(8);
        aos.Neighbors[0].Should().Be(new Neighbor(
            "LLDP", "1", "65432p-swi006-abcd-srvroom-4asd", "1", "Aruba JL357A 2540-48G-PoE+-4SFP+ Switch, revision YC.16.0...", "192.168.130.100"));
        aos.Neighbors[1].NeighborPort.Should().Be("3c e1 a1 22 18 f0", "a MAC-address Port ID without a port description is all there is");
        aos.Vlans.Should().Equal(new VlanEntry("1", "DEFAULT_VLAN", "Port-based"), new VlanEntry("10", "Router Vlan", "Port-based"), new VlanEntry("50", "Voice", "Port-based"));
    }

    [Fact]
    public void Parse_K15_SystemAndStatusTable()
    {
        var (_, k15) = SplitTwoHosts();

        k15.Should().BeEquivalentTo(new
        {
            Model = "J9729A",
            Version = "K.15.06.0017",
            Serial = "AB12CDE3FG",
            Uptime = "15 days",
            Location = "Downtown DC2",
            Building = "",
        });
        Port(k15, "A1").Should().BeEquivalentTo(new
        {
            Status = "Up",
            Vlan = "10",
            Speed = "1000",
            Duplex = "Full",
            Type = "100/1000T",
            AuthTemplate = "macauth",
            AuthMode = "macauth",
        });
        Port(k15, "A9").Should().BeEquivalentTo(new { Name = "AP-001 lobby", Description = "AP-001 lobby", Vlan = "2", AuthTemplate = "open" });
        Port(k15, "A10").Name.Should().Be("AP-002-...", "without a configured name the status table's (cut) name is all there is");
        Port(k15, "A24").Vlan.Should().Be("trunk");
        Port(k15, "D1").Should().BeEquivalentTo(new { Speed = "", Vlan = "10" });
        k15.Neighbors.Should().HaveCount(5);
        k15.Neighbors[1].Should().BeEquivalentTo(new { LocalPort = "A8", NeighborName = "Generic-AP-1", NeighborPort = "bond0" });
        k15.Neighbors[2].NeighborPort.Should().Be("1/1/12");
        k15.Vlans.Should().HaveCount(5);
    }

    [Fact]
    public void Parse_NoConfiguration_NoTemplateAndUnknownAuth()
    {
        var facts = Parse(Aos, ("show interfaces brief", Raw("ntc/hp_procurve/show_interfaces_brief/show_interfaces_brief_note.raw")));

        facts.Diagnostics.Should().BeEmpty();
        facts.Interfaces.Should().HaveCount(17).And.OnlyContain(i => i.AuthTemplate == "" && i.AuthMode == "unknown" && i.AuthState == "Unknown");
        Port(facts, "A8").Should().BeEquivalentTo(new { Speed = "10G", Duplex = "Full", Type = "SFP+SR" });
        Port(facts, "D1").Status.Should().Be("Up");
        Port(facts, "D5").Status.Should().Be("Disabled");
    }

    [Fact]
    public void Parse_OnlyConfiguration_OneInterfacePerBlock()
    {
        var facts = Parse(Aos, ("show running-config", RunningConfigTests.Aos16));

        facts.Interfaces.Select(i => i.Port).Should().Equal("1", "5", "7");
        Port(facts, "7").Vlan.Should().Be("1");
        facts.Vlans.Should().HaveCount(6);
    }

    [Fact]
    public void Parse_StatusTable_PhonePortIsItsDataVlanAndMultiOrTaggedOnlyIsATrunk()
    {
        var status = """

              Port     Name       Status  Config-mode   Speed    Type       Tagged Untagged
              -------- ---------- ------- ------------- -------- ---------- ------ --------
              1        Desk 1     Up      Auto          1000FDx  100/1000T  30     20
              2        Printer    Up      Auto          100FDx   100/1000T  No     20
              3        AP lobby   Up      Auto          1000FDx  100/1000T  multi  60
              4        Camera     Up      Auto          100FDx   100/1000T  704    No
              25-Trk1  Uplink     Up      Auto          10GigFD  SFP+SR     multi  No
            """;

        var facts = Parse(Aos, ("show interfaces status", status));

        facts.Diagnostics.Should().BeEmpty();
        facts.Interfaces.Select(i => (i.Port, i.Vlan)).Should().Equal(("1", "20"), ("2", "20"), ("3", "trunk"), ("4", "trunk"), ("25", "trunk"));
    }

    [Fact]
    public void Parse_ConfigurationAlone_PhonePortIsItsDataVlanAndSeveralTaggedVlansATrunk()
    {
        var config = """
            Running configuration:

            ; J9772A Configuration Editor; Created on release #YA.16.10.0009
            hostname "WLLS-A01-AS-02"
            vlan 20
               name "Users"
               untagged 1-2
               tagged 3-4
               exit
            vlan 30
               name "Voice"
               tagged 1,3-4
               voice
               exit
            vlan 40
               name "Wireless"
               untagged 4
               exit
            interface 1
               name "Desk 1"
               exit
            interface 2
               name "Printer"
               exit
            interface 3
               name "Uplink"
               exit
            interface 4
               name "AP lobby"
               exit
            """;

        var facts = Parse(Aos, ("show running-config", config));

        facts.Interfaces.Select(i => (i.Port, i.Vlan)).Should().Equal(("1", "20"), ("2", "20"), ("3", "trunk"), ("4", "trunk"));
    }

    [Fact]
    public void Parse_UnreadableRow_ReportsSliceLineAndKeepsTheRest()
    {
        var text = Session(Aos,
            ("show version", ShowVersionTests.Aos),
            ("show vlans", "  VLAN ID Name     | Status\n  ------- -------- + ----------\n  1       DEFAULT  | Port-based\n  ~~~"));
        var facts = new DeviceFacts();

        new ProcurveParser().Parse(new CapturedSession(Aos, text), facts);

        facts.Vlans.Should().ContainSingle();
        var diagnostic = facts.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Line.Should().Be(text.Split('\n').ToList().IndexOf("  ~~~") + 1);
        diagnostic.Reason.Should().Contain("show vlans");
    }

    [Fact]
    public void Parse_EmptyAndMissingBlocks_NoFailureNoFacts()
    {
        var facts = Parse(Aos, ("show running-config", ""), ("show interfaces brief", ""), ("show port-access clients", ""));

        facts.Hostname.Should().Be(Aos);
        facts.Interfaces.Should().BeEmpty();
        facts.Diagnostics.Should().BeEmpty();
    }

    private static (DeviceFacts Aos, DeviceFacts K15) SplitTwoHosts()
    {
        var aos = Session(Aos,
            ("no page", ""),
            ("show version", ShowVersionTests.Aos),
            ("show running-config", RunningConfigTests.Aos16),
            ("show interfaces brief", Raw("ntc/hp_procurve/show_interfaces_brief/show_interfaces_brief.raw")),
            ("show mac-address", Raw("ntc-more/hp_procurve/show_mac-address/hp_procurve_show_mac-address.raw")),
            ("show port-access clients", PortAccessClientsTests.WithStatus),
            ("show lldp info remote-device detail", Raw("ntc-more/hp_procurve/show_lldp_info_remote-device_detail/hp_procurve_show_lldp_info_remote-device_detail.raw")),
            ("show vlans", Raw("ntc-more/hp_procurve/show_vlans/hp_procurve_show_vlans2.raw")));
        var k15 = Session(K15,
            ("show version", K15Version),
            ("show system", Raw("ntc-more/hp_procurve/show_system/hp_procurve_show_system.raw")),
            ("sh run", K15Config),
            ("show interfaces status", Raw("ntc-more/hp_procurve/show_interfaces_status/show_interfaces_status4.raw")),
            ("show lldp info remote-device detail", Raw("ntc-more/hp_procurve/show_lldp_info_remote-device_detail/hp_procurve_show_lldp_info_remote-device_detail2.raw")),
            ("show vlans", Raw("ntc-more/hp_procurve/show_vlans/hp_procurve_show_vlans4.raw")));

        var sessions = SessionLog.Split(Interleave(aos, k15));
        sessions.Keys.Should().Equal(Aos, K15);

        var facts = new List<DeviceFacts>();
        foreach (var session in sessions.Values)
        {
            VendorDetector.Detect(session).Platform.Should().Be("hp_procurve");
            facts.Add(ParsedFacts.Parse(new ProcurveParser(), session));
        }

        return (facts[0], facts[1]);
    }

    // Command by command, alternating hosts, as when two sessions are logged into one file.
    private static string Interleave(string first, string second) => SessionLog.Interleave(first, second, Aos + "# ", K15 + "# ");

    private static string Raw(string fixture) => NtcOracle.ReadRaw(fixture);

    private static DeviceFacts Parse(string host, params (string Command, string Output)[] blocks) =>
        ParsedFacts.Parse(new ProcurveParser(), new CapturedSession(host, Session(host, blocks)));

    // AOS-Switch prompts end in "# " and the command follows the space.
    private static string Session(string host, params (string Command, string Output)[] blocks) => SessionLog.Session(host + "# ", blocks);
}
