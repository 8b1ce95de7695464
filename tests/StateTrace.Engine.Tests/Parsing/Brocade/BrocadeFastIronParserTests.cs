using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Brocade;
using StateTrace.Engine.Parsing.Detection;
using static StateTrace.Engine.Tests.Parsing.ParsedFacts;

namespace StateTrace.Engine.Tests.Parsing.Brocade;

public class BrocadeFastIronParserTests
{
    private const string Icx = "WLLS-A01-AS-01";
    private const string Fcx = "WLLS-B02-AS-07";

    private const string OlderConfig = """
        Startup-config data location is flash memory
        !
        hostname WLLS-B02-AS-07
        snmp-server location HQ-2-115
        !
        interface ethernet 1/1/2
         port-name Printer
         dot1x port-control auto
         mac-authentication enable
        !
        interface ethernet 1/1/3
         mac-authentication enable
        !
        end
        """;

    [Fact]
    public void Parse_TwoHostsInterleavedInOneLog_EachDetectedAndJoinedPerPort()
    {
        var (icx, fcx) = SplitTwoHosts();

        icx.Diagnostics.Should().BeEmpty();
        fcx.Diagnostics.Should().BeEmpty();
        icx.Hostname.Should().Be(Icx);
        fcx.Hostname.Should().Be(Fcx);
        icx.Site.Should().Be("WLLS");
        icx.InterfaceCount.Should().Be(109);
        fcx.InterfaceCount.Should().Be(85);
    }

    [Fact]
    public void Parse_RuckusIcx_DeviceFactsFromVersionAndConfig()
    {
        var (icx, _) = SplitTwoHosts();

        icx.Should().BeEquivalentTo(new
        {
            Make = "Ruckus",
            Platform = "brocade_fastiron",
            Model = "ICX7150-48-POEF",
            Version = "08.0.90T211",
            Serial = "FEE3816Q018",
            Uptime = "24 day(s) 4 hour(s) 11 minute(s) 1 second(s)",
            Location = "Bldg_5_Floor_2_Room_204",
            Building = "5",
            Floor = "2",
            Room = "204",
            AuthDefaultVlan = "20",
        });
        icx.AuthBlock.Should().StartWith("auth-default-vlan 20\n");
    }

    [Fact]
    public void Parse_RuckusIcx_PortsJoinBriefConfigMacsAndSessions()
    {
        var (icx, _) = SplitTwoHosts();

        var p1 = Port(icx, "1/1/1");
        p1.Should().BeEquivalentTo(new
        {
            PortSort = PortSort.KeyOf("1/1/1"),
            Name = "Room 204 desk 1",
            Description = "Room 204 desk 1",
            Status = "Up",
            Vlan = "trunk",
            Duplex = "Full",
            Speed = "1G",
            InterfaceMac = "d4c1.9e8f.1108",
            AuthTemplate = "dot1x",
            AuthMode = "dot1x",
            AuthState = "Unknown",
        });
        p1.Config.Should().Be("interface ethernet 1/1/1\n port-name Room 204 desk 1\n inline power");
        p1.Vlan.Should().Be("trunk", "show vlan lists 1/1/1 tagged in VLANs 10, 11 and 12: the brief table's Pvid 5 is only its native VLAN");
        Port(icx, "1/1/2").AuthTemplate.Should().Be("flexible");
        Port(icx, "1/1/3").AuthTemplate.Should().Be("macauth");
        Port(icx, "1/1/4").Should().BeEquivalentTo(new { AuthTemplate = "flexible", Name = "Printer" });
        Port(icx, "1/1/5").Should().BeEquivalentTo(new { AuthTemplate = "open", AuthMode = "open", AuthState = "Open", Name = "", Config = "" });
        Port(icx, "1/1/6").Vlan.Should().Be("1");
        Port(icx, "mgmt1").Should().BeEquivalentTo(new { AuthTemplate = "", Vlan = "" });

        var macs = NtcOracle.Expected("ntc-more/ruckus_fastiron/show_mac-address/show_mac-address.raw")
            .Where(r => (string)r["port"]! == "1/1/2").Select(r => (string)r["mac_address"]!).Distinct().ToList();
        macs.Should().HaveCountGreaterThan(1);
        Port(icx, "1/1/2").LearnedMacs.Should().Be(string.Join(',', macs));
        icx.MacEntries.Should().HaveCount(93).And.Contain(new MacEntry("3", "70db.9895.73aa", "Dynamic", "1/2/1"));
    }

    [Fact]
    public void Parse_RuckusIcx_UnifiedSessionsPreferDot1xPerPort()
    {
        var (icx, _) = SplitTwoHosts();

        Port(icx, "2/1/25").Should().BeEquivalentTo(new { AuthMode = "dot1x", AuthState = "Authorized", AuthClientMac = "00aa.aaaa.0001", AuthVlan = "130" });
        Port(icx, "1/1/10").Should().BeEquivalentTo(new { AuthMode = "macauth", AuthState = "Unauthorized", AuthClientMac = "0010.9400.1101" });
    }

    [Fact]
    public void Parse_RuckusIcx_NeighborsAndVlans()
    {
        var (icx, _) = SplitTwoHosts();

        icx.Neighbors.Should().HaveCount(7);
        icx.Neighbors[0].Should().Be(new Neighbor("LLDP", "1/1/2", "CLMAMOXR-TA5000B", "Gigabit-Ethernet 1/A/1", "", "10.255.5.98"));
        icx.Neighbors[1].Should().Be(new Neighbor("LLDP", "1/1/24", "switch2.clmamoxi", "GigabitEthernet2/1/1", "", "10.255.13.22"));
        icx.Vlans.Should().HaveCount(10);
        icx.Vlans[0].Should().Be(new VlanEntry("1", "OPS", ""));
    }

    [Fact]
    public void Parse_OlderBrocadeStack_DetailsFillNamesAndTypes()
    {
        var (_, fcx) = SplitTwoHosts();

        fcx.Should().BeEquivalentTo(new
        {
            Make = "Brocade",
            Model = "ICX6450-48-HPOE",
            Version = "08.0.30hT311",
            Serial = "BZT3217M025",
            Location = "HQ-2-115",
            Building = "",
        });
        Port(fcx, "1/1/1").Should().BeEquivalentTo(new
        {
            Name = "to switch1a-xr e8",
            Description = "to switch1a-xr e8",
            Status = "Disable",
            Type = "GigabitEthernet",
            Vlan = "1",
            AuthTemplate = "open",
        });
        Port(fcx, "1/1/24").Vlan.Should().Be("trunk");
        Port(fcx, "1/2/1").Should().BeEquivalentTo(new { Type = "40GigabitEthernet", Vlan = "", Speed = "40G" });
        Port(fcx, "1/3/8").Name.Should().BeEmpty();
    }

    [Fact]
    public void Parse_OlderBrocadeStack_Dot1xWinsOverMacAuthenticationSession()
    {
        var (_, fcx) = SplitTwoHosts();

        Port(fcx, "1/1/1").Should().BeEquivalentTo(new { AuthMode = "dot1x", AuthState = "Authorized", AuthClientMac = "0050.5692.85e5", AuthVlan = "20" });
        Port(fcx, "1/1/2").Should().BeEquivalentTo(new { AuthTemplate = "flexible", AuthMode = "dot1x", AuthState = "Authenticating", Name = "Printer" });
        Port(fcx, "1/1/3").Should().BeEquivalentTo(new { AuthTemplate = "macauth", AuthMode = "macauth", AuthState = "Authorized", AuthClientMac = "0011.2233.4455" });
    }

    [Fact]
    public void Parse_NoConfiguration_NoTemplateAndUnknownAuth()
    {
        var facts = Parse(Icx, ("show interfaces brief", Raw("ntc/brocade_fastiron/show_interfaces_brief/brocade_fastiron_show_interfaces_brief.raw")));

        facts.Diagnostics.Should().BeEmpty();
        facts.Make.Should().Be("Brocade");
        facts.Interfaces.Should().HaveCount(24).And.OnlyContain(i => i.AuthTemplate == "" && i.AuthMode == "unknown" && i.AuthState == "Unknown");
        Port(facts, "1").Should().BeEquivalentTo(new { Name = "to MLX1-", Vlan = "trunk", InterfaceMac = "001b.ed6b.2000" });
        Port(facts, "4").Vlan.Should().Be("2033");
    }

    [Fact]
    public void Parse_OnlyConfiguration_OneInterfacePerBlock()
    {
        var facts = Parse(Icx, ("show running-config", RunningConfigTests.Icx));

        facts.Interfaces.Select(i => i.Port).Should().Equal("1/1/1", "1/1/4", "1/2/1", "ve1");
        Port(facts, "1/1/1").Vlan.Should().Be("20", "1/1/1 is untagged in VLAN 20 and tagged in voice VLAN 30: a phone port, as Cisco prints it");
        Port(facts, "ve1").AuthTemplate.Should().BeEmpty();
        facts.Vlans.Should().HaveCount(3);
    }

    // 1/1/1 is a phone port (data VLAN 20 untagged, voice VLAN 30 tagged), 1/1/2 an uplink tagged only, 1/1/3 an
    // access port, 1/1/4 an access point's port: native VLAN 1, tagged in 20 and 30.
    private const string PhoneBrief = """
        Port       Link    State   Dupl Speed Trunk Tag Pvid Pri MAC             Name
        1/1/1      Up      Forward Full 1G    None  Yes 20   0   d4c1.9e8f.1108  Desk 1
        1/1/2      Up      Forward Full 10G   None  Yes N/A  0   d4c1.9e8f.1109  Uplink
        1/1/3      Up      Forward Full 1G    None  No  20   0   d4c1.9e8f.110a  Printer
        1/1/4      Up      Forward Full 1G    None  Yes 1    0   d4c1.9e8f.110b  AP lobby
        """;

    private const string PhoneVlans = """
        Total PORT-VLAN entries: 3
        Maximum PORT-VLAN entries: 1024

        Legend: [Stk=Stack-Id, S=Slot]

        PORT-VLAN 1, Name DEFAULT-VLAN, Priority level0, Spanning tree On
         Untagged Ports: (U1/M1)   4
           Tagged Ports: None
        PORT-VLAN 20, Name DATA, Priority level0, Spanning tree On
         Untagged Ports: (U1/M1)   1   3
           Tagged Ports: (U1/M1)   2   4
        PORT-VLAN 30, Name VOICE, Priority level0, Spanning tree On
         Untagged Ports: None
           Tagged Ports: (U1/M1)   1   2   4
        """;

    [Fact]
    public void Parse_PhonePortTaggedInTheVoiceVlan_IsItsDataVlanAsCiscoPrintsIt()
    {
        var facts = Parse(Icx, ("show interfaces brief", PhoneBrief), ("show vlan", PhoneVlans));

        facts.Diagnostics.Should().BeEmpty();
        facts.Interfaces.Select(i => (i.Port, i.Vlan)).Should().Equal(("1/1/1", "20"), ("1/1/2", "trunk"), ("1/1/3", "20"), ("1/1/4", "trunk"));
    }

    [Fact]
    public void Parse_BriefTableAlone_TaggedWithAPvidIsThePvidAndTaggedOnlyIsATrunk()
    {
        var facts = Parse(Icx, ("show interfaces brief", PhoneBrief));

        Port(facts, "1/1/1").Vlan.Should().Be("20");
        Port(facts, "1/1/2").Vlan.Should().Be("trunk", "Pvid N/A: tagged, with no untagged VLAN");
        Port(facts, "1/1/4").Vlan.Should().Be("1", "without show vlan or the configuration nothing tells its native VLAN from a data VLAN");
    }

    [Fact]
    public void Parse_ConfigurationAlone_PhonePortIsItsDataVlanAndSeveralTaggedVlansATrunk()
    {
        var config = """
            vlan 20 name DATA by port
             tagged ethe 1/1/2 ethe 1/1/4
             untagged ethe 1/1/1 ethe 1/1/3
            !
            vlan 30 name VOICE by port
             tagged ethe 1/1/1 to 1/1/2 ethe 1/1/4
            !
            interface ethernet 1/1/1
             port-name Desk 1
            !
            interface ethernet 1/1/2
             port-name Uplink
            !
            interface ethernet 1/1/3
             port-name Printer
            !
            interface ethernet 1/1/4
             port-name AP lobby
            !
            end
            """;

        var facts = Parse(Icx, ("show running-config", config));

        facts.Interfaces.Select(i => (i.Port, i.Vlan)).Should().Equal(("1/1/1", "20"), ("1/1/2", "trunk"), ("1/1/3", "20"), ("1/1/4", "trunk"));
    }

    [Fact]
    public void Parse_BriefWithShowInterfaces_DualModeInManyVlansIsATrunkWhateverItsPvid()
    {
        var facts = Parse(Icx,
            ("show interfaces brief", Raw("ntc/brocade_fastiron/show_interfaces_brief/brocade_fastiron_show_interfaces_brief.raw")),
            ("show interfaces", Raw("ntc-more/brocade_fastiron/show_interfaces/brocade_fastiron_show_interfaces.raw")));

        // 2, 11 and 23 print "Tag Yes, Pvid 1"; show interfaces says "Member of 102 L2 VLANs, port is dual mode in Vlan 1".
        foreach (var trunk in new[] { "1", "2", "7", "11", "19", "22", "23" })
        {
            Port(facts, trunk).Vlan.Should().Be("trunk", $"port {trunk} is tagged in one VLAN or more with no data VLAN, or dual-mode in many");
        }

        Port(facts, "4").Vlan.Should().Be("2033");
        Port(facts, "9").Vlan.Should().Be("450");
    }

    [Fact]
    public void Parse_ShowInterfacesAlone_DualModeInTwoVlansIsThePhonePortsDataVlan()
    {
        var details = """
            GigabitEthernet1/1/1 is up, line protocol is up
              Hardware is GigabitEthernet, address is d4c1.9e8f.1108 (bia d4c1.9e8f.1108)
              Member of 2 L2 VLANs, port is dual mode in Vlan 20, port state is FORWARDING
              Port name is Desk 1
            GigabitEthernet1/1/2 is up, line protocol is up
              Hardware is GigabitEthernet, address is d4c1.9e8f.1109 (bia d4c1.9e8f.1109)
              Member of 3 L2 VLANs, port is dual mode in Vlan 20, port state is FORWARDING
            GigabitEthernet1/1/3 is up, line protocol is up
              Hardware is GigabitEthernet, address is d4c1.9e8f.110a (bia d4c1.9e8f.110a)
              Member of 1 L2 VLANs, port is tagged, port state is FORWARDING
            """;

        var facts = Parse(Icx, ("show interfaces", details));

        facts.Interfaces.Select(i => (i.Port, i.Vlan)).Should().Equal(("1/1/1", "20"), ("1/1/2", "trunk"), ("1/1/3", "trunk"));
    }

    [Fact]
    public void Parse_UnreadableBriefRow_ReportsSliceLineAndKeepsTheRest()
    {
        var text = Session(Icx,
            ("show version", Raw("ntc-more/ruckus_fastiron/show_version/show_version.raw")),
            ("show interfaces brief", "Port    Link    State   Dupl Speed Trunk Tag Pvid Pri MAC            Name\n1/1/1   Up      Forward Full 1G    None  No  1    0   001b.ed6b.2000\n~~~"));
        var facts = new DeviceFacts();

        new BrocadeFastIronParser().Parse(new CapturedSession(Icx, text), facts);

        facts.Interfaces.Should().ContainSingle().Which.Port.Should().Be("1/1/1");
        var diagnostic = facts.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Line.Should().Be(text.Split('\n').ToList().IndexOf("~~~") + 1);
        diagnostic.Host.Should().Be(Icx);
        diagnostic.Reason.Should().Contain("show interfaces brief");
    }

    [Fact]
    public void Parse_EmptyAndMissingBlocks_NoFailureNoFacts()
    {
        var facts = Parse(Icx, ("show running-config", ""), ("show interfaces brief", ""), ("show mac-address", ""), ("show authentication sessions all", ""));

        facts.Hostname.Should().Be(Icx);
        facts.Interfaces.Should().BeEmpty();
        facts.Diagnostics.Should().BeEmpty();
    }

    private static (DeviceFacts Icx, DeviceFacts Fcx) SplitTwoHosts()
    {
        var icx = Session(Icx,
            ("skip-page", ""),
            ("show version", Raw("ntc-more/ruckus_fastiron/show_version/show_version.raw")),
            ("show running-config", RunningConfigTests.Icx),
            ("show interfaces brief", Raw("ntc-more/ruckus_fastiron/show_interfaces_brief/show_interfaces_brief.raw")),
            ("show mac-address", Raw("ntc-more/ruckus_fastiron/show_mac-address/show_mac-address.raw")),
            ("show authentication sessions all", AuthSessionsTests.Unified),
            ("show lldp neighbors detail", Raw("ntc-more/brocade_fastiron/show_lldp_neighbors_detail/brocade_fastiron_show_lldp_neighbors_detail1.raw")),
            ("show vlan", Raw("ntc-more/ruckus_fastiron/show_vlan/show_vlan.raw")));
        var fcx = Session(Fcx,
            ("show version", Raw("ntc-more/brocade_fastiron/show_version/brocade_fastiron_show_version.raw")),
            ("sh int br", Raw("ntc/brocade_fastiron/show_interfaces_brief/brocade_fastiron_show_interfaces_brief1.raw")),
            ("show interfaces", Raw("ntc-more/brocade_fastiron/show_interfaces/brocade_fastiron_show_interfaces1.raw")),
            ("show config", OlderConfig),
            ("show dot1x sessions all", AuthSessionsTests.Dot1x),
            ("show mac-authentication sessions all", AuthSessionsTests.MacAuth));

        var sessions = SessionLog.Split(Interleave(icx, fcx));
        sessions.Keys.Should().Equal(Icx, Fcx);

        var facts = new List<DeviceFacts>();
        foreach (var session in sessions.Values)
        {
            VendorDetector.Detect(session).Platform.Should().Be("brocade_fastiron");
            facts.Add(ParsedFacts.Parse(new BrocadeFastIronParser(), session));
        }

        return (facts[0], facts[1]);
    }

    // Command by command, alternating hosts, as when two sessions are logged into one file.
    private static string Interleave(string first, string second) => SessionLog.Interleave(first, second, "SSH@", "telnet@");

    private static string Raw(string fixture) => NtcOracle.ReadRaw(fixture);

    private static DeviceFacts Parse(string host, params (string Command, string Output)[] blocks) =>
        ParsedFacts.Parse(new BrocadeFastIronParser(), new CapturedSession(host, Session(host, blocks)));

    // ICX sessions over SSH prompt "SSH@host#"; older captures over telnet "telnet@host#".
    private static string Session(string host, params (string Command, string Output)[] blocks) =>
        SessionLog.Session((host == Icx ? "SSH@" : "telnet@") + host + "#", blocks);
}
