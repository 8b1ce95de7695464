using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Aruba;
using StateTrace.Engine.Parsing.Detection;
using StateTrace.Engine.Tests.Support;
using static StateTrace.Engine.Tests.Parsing.ParsedFacts;

namespace StateTrace.Engine.Tests.Parsing.Aruba;

public class ArubaCxParserTests
{
    private const string Access = "WLLS-A01-AS-02";
    private const string Distribution = "WLLS-B02-AS-07";
    private const string Bare = "WLLS-C03-AS-01";

    private const string MacTable = """
        MAC age-time            : 300 seconds
        Number of MAC addresses : 4

        MAC Address          VLAN     Type                      Port
        --------------------------------------------------------------
        20:a6:cd:cf:6d:16    20       port-access-security      1/1/1
        00:11:22:33:44:55    1        dynamic                   1/1/1
        90:4c:81:cf:1c:7e    15       port-access-security      1/1/2
        88:3a:30:a3:86:80    1        dynamic                   1/1/49
        """;

    [Fact]
    public void Parse_SessionLogOfThreeSwitches_DetectsArubaAndJoinsPerPortFacts()
    {
        var sessions = Split(
            (Access, "show system", Raw("show_system/show_system.raw")),
            (Access, "show interface", Raw("show_interface/show_interface3.raw")),
            (Access, "show running-config", ArubaSamples.RunningConfig),
            (Access, "show mac-address-table", MacTable),
            (Access, "show aaa authentication port-access interface all client-status",
                Raw("show_aaa_authentication_port-access_interface_all_client-status/show_aaa_authentication_port-access_interface_all_client-status.raw")),
            (Access, "show lldp neighbor-info detail", Raw("show_lldp_neighbors-info_detail/show_lldp_neighbors-info_detail_issue1453.raw")),
            (Access, "show vlan", Raw("show_vlan/show_vlan.raw")),
            (Distribution, "show system", Raw("show_system/show_system5.raw")),
            (Distribution, "show version", ArubaSamples.ShowVersion),
            (Distribution, "sh int br", ArubaSamples.InterfaceBrief),
            (Distribution, "show mac-address-table", Raw("show_mac-address-table/show_mac-address-table.raw")),
            (Bare, "show system", Raw("show_system/show_system4.raw")));

        sessions.Keys.Should().BeEquivalentTo([Access, Distribution, Bare]);
        foreach (var session in sessions.Values)
        {
            VendorDetector.Detect(session).Platform.Should().Be(Platforms.ArubaAosCx, session.Hostname);
        }

        var access = Parse(sessions[Access]);
        access.Diagnostics.Should().BeEmpty();
        access.Should().BeEquivalentTo(new
        {
            Hostname = Access,
            Site = "WLLS",
            Make = "Aruba",
            Platform = "aruba_aoscx",
            Model = "JL665A 6300F 48G CL4 PoE 4SFP56 Sw",
            Serial = "XXXXXXXXXX",
            Version = "FL.10.11.1021",
            Uptime = "12 minutes",
            Location = "Bldg_5_Floor_2_Room_204",
            Building = "5",
            Floor = "2",
            Room = "204",
            InterfaceCount = 6,
        });
        access.AuthBlock.Should().StartWith("aaa authentication port-access dot1x authenticator\n");

        Port(access, "1/1/1").Should().BeEquivalentTo(new
        {
            Name = "Room 204 desk 1 (config)",
            Description = "Room 204 desk 1 (config)",
            Status = "down",
            Vlan = "trunk",
            Duplex = "Full",
            Speed = "0 Mb/s",
            Type = "5G-SmartRate",
            InterfaceMac = "b8:d4:e7:04:c6:3f",
            LearnedMacs = "20:a6:cd:cf:6d:16,00:11:22:33:44:55",
            AuthState = "Authorized",
            AuthMode = "macauth",
            AuthClientMac = "20:a6:cd:cf:6d:16",
            AuthVlan = "20",
            AuthTemplate = "flexible",
            PortSort = PortSort.KeyOf("1/1/1"),
        });
        Port(access, "1/1/1").Config.Should().StartWith("interface 1/1/1\n").And.Contain("\n    vlan access 20\n");
        Port(access, "1/1/2").Should().BeEquivalentTo(new { Name = "Algo Sip Alerter", Status = "up", Vlan = "15", AuthTemplate = "dot1x", AuthClientMac = "90:4c:81:cf:1c:7e" });
        Port(access, "1/1/5").Should().BeEquivalentTo(new { Name = "1/1/5", Vlan = "1", AuthTemplate = "", Config = "", AuthState = "Authorized", LearnedMacs = "" });
        Port(access, "1/1/49").Should().BeEquivalentTo(new { Type = "1G-SX / J4858A-TOP", AuthTemplate = "open", AuthState = "Unknown", AuthMode = "unknown" });
        access.Interfaces.Should().NotContain(i => i.Port == "1/1/3" || i.Port == "lag1", "configured but not in show interface, like Cisco's Po2");
        access.MacEntries.Should().HaveCount(4).And.Contain(new MacEntry("15", "90:4c:81:cf:1c:7e", "port-access-security", "1/1/2"));
        access.Neighbors.Should().HaveCount(3);
        access.Neighbors[2].Should().Be(new Neighbor(
            "LLDP", "1/1/12", "SYSNAME_TEXT", "106",
            "HP J9851A Switch 5412Rzl2, revision KB.16.10.0020, ROM KB.16.01.0009 (/ws/swbuildm/rel_ajanta_qaoff/code/build/bom(swbuildm_rel_ajanta_qaoff_rel_ajanta))",
            "123.123.123.123"));
        access.Vlans.Should().Equal(new VlanEntry("1", "DEFAULT_VLAN_1", "up"), new VlanEntry("3072", "mgmt", "up"));

        var distribution = Parse(sessions[Distribution]);
        distribution.Diagnostics.Should().BeEmpty();
        distribution.Version.Should().Be("PL.10.15.1030", "show system is preferred to show version");
        distribution.Interfaces.Select(i => i.Port).Should().Equal("1/1/1", "1/1/2", "1/1/3", "1/1/49", "lag1", "vlan20");
        Port(distribution, "1/1/1").Should().BeEquivalentTo(new { Name = "Room 204 desk 1", Vlan = "20", Speed = "1000", Type = "1GbT", AuthTemplate = "" });
        Port(distribution, "1/1/2").Should().BeEquivalentTo(new { Name = "1/1/2", Status = "down", Speed = "", Description = "" });
        Port(distribution, "1/1/3").Status.Should().Be("disabled");
        Port(distribution, "lag1").Should().BeEquivalentTo(new { Vlan = "trunk", Type = "" });
        Port(distribution, "vlan20").Should().BeEquivalentTo(new { Vlan = "", Name = "users" });
        distribution.MacEntries.Should().HaveCount(6);

        var bare = Parse(sessions[Bare]);
        bare.Should().BeEquivalentTo(new { Hostname = Bare, Model = "JL664A 6300M 24G 4SFP56 Swch", Uptime = "12 weeks, 13 days, 14 hours, under a minute", InterfaceCount = 0 });
        bare.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Parse_MacLearnedTwiceOnTrunk_ListedOnce()
    {
        var facts = Parse(Session(
            Distribution,
            ("show interface brief", ArubaSamples.InterfaceBrief.Replace("lag1      1       trunk", "lag100    1       trunk", StringComparison.Ordinal)),
            ("show mac-address-table", Raw("show_mac-address-table/show_mac-address-table.raw"))));

        Port(facts, "lag100").LearnedMacs.Should().Be("88:3a:30:a3:86:80,90:e2:ba:28:0d:f1,00:01:2e:82:0f:7b,90:e2:ba:28:0d:f0");
        Port(facts, "lag100").InterfaceMac.Should().Be("88:3a:30:a3:86:80", "without show interface the first learned MAC stands in, as for Cisco");
    }

    [Fact]
    public void Parse_UnreadableLine_ReportsInputFileAndLineAndKeepsTheRest()
    {
        using var temp = new TempDirectory();
        var log = temp.File("aruba.log", Log(
            (Access, "show system", Raw("show_system/show_system.raw")),
            (Access, "show interface", "Interface 1/1/1 is up\n Admin state is up\n~~~ torn pager line\nInterface 1/1/2 is down\n")));
        var sessions = SessionLog.Split(temp, log);

        var facts = Parse(sessions[Access]);

        facts.Interfaces.Select(i => i.Port).Should().Equal("1/1/1", "1/1/2");
        var diagnostic = facts.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.File.Should().Be(log);
        diagnostic.Line.Should().Be(21, "prompt on line 1, 16 lines of show system, the next prompt on line 18, then two lines");
        diagnostic.Reason.Should().Contain("show interface");
    }

    [Fact]
    public void Parse_EmptyBlocksAndNoCommands_NoFailureNoFacts()
    {
        var facts = Parse(new CapturedSession(Access, Access + "# show interface\n" + Access + "# show running-config\n" + Access + "#\n"));

        facts.Hostname.Should().Be(Access);
        facts.Interfaces.Should().BeEmpty();
        facts.Diagnostics.Should().BeEmpty();
    }

    private static string Raw(string relative) => NtcOracle.ReadRaw("ntc-more/aruba_aoscx/" + relative);

    private static DeviceFacts Parse(CapturedSession session) => ParsedFacts.Parse(new ArubaCxParser(), session);

    private static CapturedSession Session(string host, params (string Command, string Output)[] blocks)
    {
        var entries = new (string, string, string)[blocks.Length];
        for (var i = 0; i < blocks.Length; i++)
        {
            entries[i] = (host, blocks[i].Command, blocks[i].Output);
        }

        return new CapturedSession(host, Log(entries));
    }

    private static OrderedDictionary<string, CapturedSession> Split(params (string Host, string Command, string Output)[] blocks) => SessionLog.Split(Log(blocks));

    // "host# command" prompts as AOS-CX prints them, output with CRLF turned to LF, a closing prompt per host.
    // The fixtures' own echo lines ("SWITCH-NAME# show lldp …") would start another host, so they are left out.
    private static string Log(params (string Host, string Command, string Output)[] blocks) =>
        SessionLog.Log(static host => host + "# ", blocks, static line => !DeviceText.IsPrompt(line));
}
