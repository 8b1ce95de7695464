using StateTrace.Engine.Parsing.Aruba;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Parsing.Aruba;

public class ArubaCommandsTests
{
    public static TheoryData<string, string> FixturesWithCommand()
    {
        var data = new TheoryData<string, string>();
        (string Folder, string Command)[] folders =
        [
            ("ntc-more/aruba_aoscx/show_system", "show system"),
            ("ntc-more/aruba_aoscx/show_interface", "show interface"),
            ("ntc-more/aruba_aoscx/show_mac-address-table", "show mac-address-table"),
            ("ntc-more/aruba_aoscx/show_vlan", "show vlan"),
            ("ntc-more/aruba_aoscx/show_lldp_neighbors-info_detail", "show lldp neighbor-info detail"),
            ("ntc-more/aruba_aoscx/show_aaa_authentication_port-access_interface_all_client-status",
                "show aaa authentication port-access interface all client-status"),
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

        var expected = ArubaCommands.Parse(command, raw, 1, plain.Report);
        var actual = ArubaCommands.Parse(command, command + "\n" + raw.TrimEnd() + "\nWLLS-A01-AS-02# \n", 1, wrapped.Report);

        expected.Should().NotBeNull().And.NotBeEmpty();
        actual.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        plain.Items.Should().BeEmpty();
        wrapped.Items.Should().BeEmpty();
    }

    [Theory]
    [InlineData("sh int", typeof(CxInterface))]
    [InlineData("show interface", typeof(CxInterface))]
    [InlineData("sh int brief", typeof(CxInterfaceBriefRow))]
    [InlineData("show lldp neighbors-info detail", typeof(CxLldpNeighbor))]
    [InlineData("show lldp neighbor-info detail | no-more", typeof(CxLldpNeighbor))]
    [InlineData("sh run", typeof(CxRunningConfig))]
    public void Parse_SpellingsOfACommand_ReachItsParser(string command, Type record)
    {
        var text = record == typeof(CxInterfaceBriefRow) ? ArubaSamples.InterfaceBrief
            : record == typeof(CxRunningConfig) ? ArubaSamples.RunningConfig
            : record == typeof(CxLldpNeighbor) ? NtcOracle.ReadRaw("ntc-more/aruba_aoscx/show_lldp_neighbors-info_detail/show_lldp_neighbors-info_detail.raw")
            : NtcOracle.ReadRaw("ntc-more/aruba_aoscx/show_interface/show_interface1.raw");

        ArubaCommands.Parse(command, text, 1, null).Should().NotBeEmpty().And.AllBeOfType(record);
    }

    [Fact]
    public void Parse_UnknownCommand_ReturnsNull()
    {
        ArubaCommands.Parse("show clock", "Thu Feb 05 12:00:00 UTC 2026", 1, null).Should().BeNull();
    }

    [Fact]
    public void Parse_AnyCaptureWholeTruncatedOrMutated_NeverThrows()
    {
        var random = new Random(20260205);
        var files = Directory.GetFiles(RepoPaths.Fixtures, "*.raw", SearchOption.AllDirectories);
        files.Should().NotBeEmpty();
        var parsed = 0;
        foreach (var file in files)
        {
            var raw = File.ReadAllText(file);
            foreach (var command in ArubaCommands.Names)
            {
                ArubaCommands.Parse(command, raw, 1, static (_, _) => { }).Should().NotBeNull();
                for (var round = 0; round < 4; round++)
                {
                    var end = random.Next(raw.Length + 1);
                    var start = random.Next(end + 1);
                    ArubaCommands.Parse(command, raw.AsSpan(start, end - start), 1, static (_, _) => { });
                    ArubaCommands.Parse(command, Fuzz.MutateLines(raw, random), 1, static (_, _) => { });
                }

                parsed++;
            }
        }

        parsed.Should().Be(files.Length * ArubaCommands.Names.Count);
    }

    [Fact]
    public void Parse_HostileLines_NeverThrow()
    {
        string[] lines =
        [
            "Interface", "Interface  is ", "Interface x is", "Aggregate", " :", ":", "Port :",
            "Client", "Client ,", "Client 00:00:00:00:00:00,", "interface", "interface ", "interface lag", "    enable", "    exit",
            "VLAN Name Status\n1", "VLAN Name Status\n1 a up", "Port Native Mode Type Enabled Status\n1/1/1 1 a b c d",
            "MAC Address VLAN Type Port\n00:00:00:00:00:00", "Up Time : 1 , , weeks",
            "1/1/1 " + new string('x', 70_000),
        ];

        foreach (var line in Fuzz.HostileLines(lines))
        {
            foreach (var command in ArubaCommands.Names)
            {
                var act = () => ArubaCommands.Parse(command, line, 1, static (_, _) => { });

                act.Should().NotThrow($"{command} on '{line[..Math.Min(line.Length, 40)]}'");
            }
        }
    }
}
