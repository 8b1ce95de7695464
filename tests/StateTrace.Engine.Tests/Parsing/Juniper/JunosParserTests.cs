using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Detection;
using StateTrace.Engine.Parsing.Juniper;
using StateTrace.Engine.Tests.Support;
using static StateTrace.Engine.Tests.Parsing.ParsedFacts;

namespace StateTrace.Engine.Tests.Parsing.Juniper;

public class JunosParserTests
{
    private const string Access = "WLLS-A01-EX-01";
    private const string Router = "WLLS-B01-MX-01";
    private const string Branch = "WLLS-C01-NFX-01";

    private const string SwitchingTable = """

        MAC flags (S - static MAC, D - dynamic MAC, L - locally learned, P - Persistent static
                   SE - statistics enabled, NM - non configured MAC, R - remote PE MAC, O - ovsdb MAC)


        Ethernet switching table : 4 entries, 4 learned
        Routing instance : default-switch
            Vlan                MAC                 MAC         Age    Logical                NH        RTR
            name                address             flags              interface              Index     ID
            users               00:50:56:aa:00:01   D             -   ge-0/0/0.0             0         0
            users               00:50:56:aa:00:02   D             -   ge-0/0/1.0             0         0
            voice               00:50:56:aa:00:03   D             -   ge-0/0/1.0             0         0
            users               bc:ac:0a:ca:ca:30   DR            -   ae0.0                  0         0

        {master:0}
        """;

    [Fact]
    public void Parse_SessionLogOfThreeDevices_DetectsJunosAndJoinsPerPortFacts()
    {
        var sessions = Split(
            (Access, "show version", Raw("show_version/juniper_junos_show_version_ex.raw")),
            (Access, "show chassis hardware", Raw("show_chassis_hardware/juniper_junos_show_chassis_hardware_dac_no_revision.raw")),
            (Access, "show system uptime", Raw("show_system_uptime/juniper_junos_show_system_uptime.raw")),
            (Access, "show interfaces terse", JunosSamples.InterfacesTerse),
            (Access, "show interfaces xe-0/1/0", Raw("show_interfaces/juniper_junos_show_interfaces2.raw")),
            (Access, "show ethernet-switching table", SwitchingTable),
            (Access, "show lldp neighbors", Raw("show_lldp_neighbors/juniper_junos_show_lldp_neighbors.raw")),
            (Access, "show vlans", Raw("show_vlans/juniper_junos_show_vlans.raw")),
            (Access, "show configuration | no-more", JunosSamples.BraceConfiguration),
            (Router, "show version", Raw("show_version/juniper_junos_show_version.raw")),
            (Router, "show chassis hardware", Raw("show_chassis_hardware/juniper_junos_show_chassis_hardware.raw")),
            (Router, "show interfaces", Raw("show_interfaces/juniper_junos_show_interfaces.raw")),
            (Router, "show lldp neighbors", Raw("show_lldp_neighbors/juniper_junos_show_lldp_neighbors_ae7.raw")),
            (Router, "show configuration | display set", JunosSamples.SetConfiguration),
            (Branch, "show version", Raw("show_version/juniper_junos_show_version_vmhost.raw")));

        sessions.Keys.Should().BeEquivalentTo([Access, Router, Branch]);
        foreach (var session in sessions.Values)
        {
            VendorDetector.Detect(session).Platform.Should().Be(Platforms.JuniperJunos, session.Hostname);
        }

        var access = Parse(sessions[Access]);
        access.Diagnostics.Should().BeEmpty();
        access.Should().BeEquivalentTo(new
        {
            Hostname = Access,
            Site = "WLLS",
            Make = "Juniper",
            Platform = "juniper_junos",
            Model = "ex4550-32f",
            Version = "13.2X51-D35.3",
            Serial = "XH3123120000",
            Uptime = "22w0d 19:16",
            Location = "Bldg_5_Floor_2_Room_204",
            Building = "5",
            Room = "204",
            AuthDefaultVlan = "99",
        });
        access.Interfaces.Select(i => i.Port).Should().Equal(
            "ge-0/0/0", "ge-0/0/1", "ge-0/0/2", "ge-0/0/3", "xe-0/1/0", "ae0", "irb", "lo0", "me0", "vme");
        Port(access, "ge-0/0/0").Should().BeEquivalentTo(new
        {
            Name = "Room 204 desk 1",
            Status = "up",
            Vlan = "20",
            AuthTemplate = "flexible",
            LearnedMacs = "00:50:56:aa:00:01",
            PortSort = PortSort.KeyOf("ge-0/0/0"),
            AuthState = "",
            AuthMode = "",
        });
        Port(access, "ge-0/0/0").Config.Should().StartWith("    ge-0/0/0 {\n        description \"Room 204 desk 1\";").And.EndWith("\n    }");
        Port(access, "ge-0/0/1").Should().BeEquivalentTo(new
        {
            Name = "AP; ceiling",
            Vlan = "trunk",
            AuthTemplate = "dot1x",
            LearnedMacs = "00:50:56:aa:00:02,00:50:56:aa:00:03",
            InterfaceMac = "00:50:56:aa:00:02",
        });
        Port(access, "ge-0/0/2").Should().BeEquivalentTo(new { Name = "ge-0/0/2", Status = "disabled", Vlan = "20", AuthTemplate = "macauth" });
        Port(access, "xe-0/1/0").Should().BeEquivalentTo(new
        {
            Name = "### My description - remote host - remote location - feature codes - info here ###",
            Speed = "10Gbps",
            InterfaceMac = "0a:aa:aa:aa:aa:aa",
            AuthTemplate = "open",
        });
        Port(access, "ae0").Should().BeEquivalentTo(new { Vlan = "trunk", LearnedMacs = "bc:ac:0a:ca:ca:30" });
        Port(access, "lo0").Should().BeEquivalentTo(new { Vlan = "routed", Config = "", AuthTemplate = "" });
        access.MacEntries.Should().HaveCount(4).And.Contain(new MacEntry("voice", "00:50:56:aa:00:03", "D", "ge-0/0/1.0"));
        access.Neighbors.Should().Equal(
            new Neighbor("LLDP", "ge-0/0/1", "vmx2", "ge-0/0/1", "", ""), new Neighbor("LLDP", "ge-0/0/0", "vmx3", "ge-0/0/0", "", ""));
        access.Vlans.Should().Equal(
            new VlanEntry("100", "v100-Control", ""), new VlanEntry("1005", "v1005-HelpDesk", ""), new VlanEntry("109", "v109-TEMP-Project-Data", ""));

        var router = Parse(sessions[Router]);
        router.Diagnostics.Should().BeEmpty();
        router.Should().BeEquivalentTo(new { Model = "mx240", Version = "13.3R1.4", Serial = "A1111", InterfaceCount = 1 });
        router.Interfaces[0].Should().BeEquivalentTo(new
        {
            Port = "ge-0/0/0",
            Name = "Test",
            Status = "up",
            Speed = "1000mbps",
            Duplex = "Half",
            InterfaceMac = "00:0c:29:5e:2c:1a",
            Vlan = "20",
            AuthTemplate = "flexible",
        });
        router.Interfaces[0].Config.Should().StartWith("set interfaces ge-0/0/0 description");
        router.Neighbors.Should().HaveCount(4).And.OnlyContain(n => n.NeighborName == "core01.sjc01");
        router.Neighbors[0].Should().Be(new Neighbor("LLDP", "xe-0/1/1", "core01.sjc01", "Ethernet3/29/1", "", ""));
        router.Vlans.Should().Equal(new VlanEntry("99", "guest", ""), new VlanEntry("20", "users", ""), new VlanEntry("30", "voice", ""));

        var branch = Parse(sessions[Branch]);
        branch.Should().BeEquivalentTo(new { Hostname = Branch, Model = "nfx250_att_s1_10_t", Version = "", InterfaceCount = 0 });
        branch.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Parse_DetailWithoutTerseOrConfig_RoutedFromUnitAddress()
    {
        var facts = Parse(new CapturedSession(Router, Log((Router, "show interfaces", Raw("show_interfaces/juniper_junos_show_interfaces.raw")))));

        facts.Interfaces.Should().ContainSingle().Which.Vlan.Should().Be("routed", "ge-0/0/0.2036 has local address 10.10.199.180");
    }

    [Fact]
    public void Parse_UnreadableLine_ReportsInputFileAndLineAndKeepsTheRest()
    {
        using var temp = new TempDirectory();
        var log = temp.File("junos.log", Log(
            (Access, "show version", Raw("show_version/juniper_junos_show_version_ex.raw")),
            (Access, "show interfaces terse", "Interface Admin Link Proto Local Remote\nge-0/0/0 up up\n~~~ torn\nge-0/0/1 up down\n")));
        var sessions = SessionLog.Split(temp, log);

        var facts = Parse(sessions[Access]);

        facts.Interfaces.Select(i => i.Port).Should().Equal("ge-0/0/0", "ge-0/0/1");
        var diagnostic = facts.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.File.Should().Be(log);
        diagnostic.Line.Should().Be(26, "prompt on line 1, 22 lines of show version, the next prompt on line 24, then two lines");
        diagnostic.Reason.Should().Contain("show interfaces terse");
    }

    [Fact]
    public void Parse_EmptyBlocks_NoFailureNoFacts()
    {
        var facts = Parse(new CapturedSession(Access, "admin@" + Access + "> show interfaces terse\nadmin@" + Access + "> show configuration\nadmin@" + Access + "> \n"));

        facts.Hostname.Should().Be(Access);
        facts.Interfaces.Should().BeEmpty();
        facts.Diagnostics.Should().BeEmpty();
    }

    private static string Raw(string relative) => NtcOracle.ReadRaw("ntc-more/juniper_junos/" + relative);

    private static DeviceFacts Parse(CapturedSession session) => ParsedFacts.Parse(new JunosParser(), session);

    private static OrderedDictionary<string, CapturedSession> Split(params (string Host, string Command, string Output)[] blocks) => SessionLog.Split(Log(blocks));

    // "admin@host> command" prompts as Junos prints them in operational mode, a closing prompt per host.
    private static string Log(params (string Host, string Command, string Output)[] blocks) =>
        SessionLog.Log(static host => "admin@" + host + "> ", blocks);
}
