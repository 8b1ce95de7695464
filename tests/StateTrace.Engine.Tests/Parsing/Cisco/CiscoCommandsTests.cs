using StateTrace.Engine.Parsing.Cisco;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Parsing.Cisco;

public class CiscoCommandsTests
{
    public static TheoryData<string, string> FixturesWithCommand()
    {
        var data = new TheoryData<string, string>();
        (string Folder, string Command)[] folders =
        [
            ("ntc/cisco_ios/show_version", "show version"),
            ("ntc/cisco_ios/show_interfaces_status", "show interfaces status"),
            ("ntc/cisco_ios/show_mac-address-table", "show mac address-table"),
            ("ntc/cisco_ios/show_interfaces", "show interfaces"),
            ("ntc/cisco_ios/show_cdp_neighbors_detail", "show cdp neighbors detail"),
            ("ntc/cisco_ios/show_lldp_neighbors_detail", "show lldp neighbors detail"),
            ("ntc-more/cisco_ios/show_authentication_sessions", "show authentication sessions"),
            ("ntc-more/cisco_ios/show_access-session", "show access-session"),
            ("ntc-more/cisco_ios/show_spanning-tree", "show spanning-tree"),
            ("ntc-more/cisco_ios/show_vlan", "show vlan"),
        ];

        foreach (var (folder, command) in folders)
        {
            foreach (var file in NtcOracle.Files(folder))
            {
                data.Add(file, command);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FixturesWithCommand))]
    public void Parse_EchoedCommandAndTrailingPrompt_SameRecordsNoReports(string fixture, string command)
    {
        var raw = NtcOracle.ReadRaw(fixture);
        var plain = new ReportCollector();
        var wrapped = new ReportCollector();

        var expected = CiscoCommands.Parse(command, raw, 1, plain.Report);
        var actual = CiscoCommands.Parse(command, command + "\n" + raw.TrimEnd() + "\nWLLS-A01-AS-01#\n", 1, wrapped.Report);

        expected.Should().NotBeNull().And.NotBeEmpty();
        actual.Should().HaveSameCount(expected);
        wrapped.Items.Should().BeEmpty();
    }

    [Theory]
    [InlineData("sh int status")]
    [InlineData("show interface status")]
    [InlineData("show interfaces status | exclude notconnect")]
    public void Parse_AbbreviatedCommand_ReadsStatusTable(string command)
    {
        var records = CiscoCommands.Parse(command, NtcOracle.ReadRaw("ntc/cisco_ios/show_interfaces_status/cisco_ios_show_interfaces_status.raw"), 1, null);

        records.Should().HaveCount(25).And.AllBeOfType<InterfaceStatusRow>();
    }

    [Fact]
    public void Parse_UnknownCommand_ReturnsNull()
    {
        CiscoCommands.Parse("show clock", "12:00:00.000 UTC Mon Jan 1 2024", 1, null).Should().BeNull();
    }

    [Fact]
    public void Parse_AnyCaptureUnderAnyCommandTruncatedAndMutated_NeverThrows()
    {
        var random = new Random(20240601);
        var files = Directory.GetFiles(RepoPaths.Fixtures, "*.raw", SearchOption.AllDirectories);
        files.Should().NotBeEmpty();
        var parsed = 0;
        foreach (var file in files)
        {
            var raw = File.ReadAllText(file);
            foreach (var command in CiscoCommands.Names)
            {
                CiscoCommands.Parse(command, raw, 1, static (_, _) => { }).Should().NotBeNull();
                for (var cut = 0; cut < 4; cut++)
                {
                    var end = random.Next(raw.Length + 1);
                    var start = random.Next(end + 1);
                    CiscoCommands.Parse(command, raw.AsSpan(start, end - start), 1, static (_, _) => { });
                    CiscoCommands.Parse(command, Fuzz.MutateLines(raw, random), 1, static (_, _) => { });
                }

                parsed++;
            }
        }

        parsed.Should().Be(files.Length * CiscoCommands.Names.Count);
    }

    [Fact]
    public void Parse_HostileLines_NeverThrow()
    {
        string[] lines =
        [
            "interface", "interface ", "Port", "Port Name Status", " is ", "is is is",
            "VLAN", "VLAN0001", "MST", "Device ID:", "Local Intf:", "Chassis id:", "Interface Role Sts", "0000.0000.0000",
            " 1 0000.0000.0000", "Gi1/0/1 is", ", line protocol is ", "x is up, line protocol is up\n  Hardware is ",
            "Port      Name               Status\nGi1/0/1 connected:",
            "Interface MAC Address Method Domain Status Fg Session ID\nGi1/0/1 a b c", "Version ", "cisco ",
            "Model Number :", "Processor board ID", "Gi1/0/1 " + new string('x', 70_000),
        ];

        foreach (var line in Fuzz.HostileLines(lines))
        {
            foreach (var command in CiscoCommands.Names)
            {
                var act = () => CiscoCommands.Parse(command, line, 1, static (_, _) => { });

                act.Should().NotThrow($"{command} on '{line[..Math.Min(line.Length, 40)]}'");
            }
        }
    }
}
