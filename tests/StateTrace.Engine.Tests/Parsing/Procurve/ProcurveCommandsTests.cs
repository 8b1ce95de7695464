using StateTrace.Engine.Parsing.Procurve;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Parsing.Procurve;

public class ProcurveCommandsTests
{
    public static TheoryData<string, string> FixturesWithCommand()
    {
        var data = new TheoryData<string, string>();
        (string Folder, string Command)[] folders =
        [
            ("ntc/hp_procurve/show_interfaces_brief", "show interfaces brief"),
            ("ntc-more/hp_procurve/show_interfaces_status", "show interfaces status"),
            ("ntc-more/hp_procurve/show_version", "show version"),
            ("ntc-more/hp_procurve/show_system", "show system"),
            ("ntc-more/hp_procurve/show_mac-address", "show mac-address"),
            ("ntc-more/hp_procurve/show_vlans", "show vlans"),
            ("ntc-more/hp_procurve/show_lldp_info_remote-device_detail", "show lldp info remote-device detail"),
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

    [Fact]
    public void FixturesWithCommand_CoverEveryCaptureOfThePlatform()
    {
        var onDisk = Directory.GetFiles(Path.Combine(RepoPaths.Fixtures, "ntc", "hp_procurve"), "*.raw", SearchOption.AllDirectories).Length
            + Directory.GetFiles(Path.Combine(RepoPaths.Fixtures, "ntc-more", "hp_procurve"), "*.raw", SearchOption.AllDirectories).Length;

        FixturesWithCommand().Count.Should().Be(onDisk);
    }

    [Theory]
    [MemberData(nameof(FixturesWithCommand))]
    public void Parse_EchoedCommandAndTrailingPrompt_SameRecordsNoReports(string fixture, string command)
    {
        var raw = NtcOracle.ReadRaw(fixture);
        var plain = new ReportCollector();
        var wrapped = new ReportCollector();

        var expected = ProcurveCommands.Parse(command, raw, 1, plain.Report);
        var actual = ProcurveCommands.Parse(command, command + "\n" + raw.TrimEnd() + "\nWLLS-A01-AS-02# \n", 1, wrapped.Report);

        expected.Should().NotBeNull().And.NotBeEmpty();
        plain.Items.Should().BeEmpty();
        actual.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        wrapped.Items.Should().BeEmpty();
    }

    [Theory]
    [InlineData("sh int br", typeof(ProcurveBriefRow))]
    [InlineData("show interface brief | include Up", typeof(ProcurveBriefRow))]
    [InlineData("sh int status", typeof(ProcurveStatusRow))]
    public void Parse_AbbreviatedCommand_Dispatches(string command, Type record)
    {
        var text = record == typeof(ProcurveBriefRow)
            ? NtcOracle.ReadRaw("ntc/hp_procurve/show_interfaces_brief/show_interfaces_brief.raw")
            : NtcOracle.ReadRaw("ntc-more/hp_procurve/show_interfaces_status/show_interfaces_status.raw");

        ProcurveCommands.Parse(command, text, 1, null).Should().NotBeNullOrEmpty().And.AllBeOfType(record);
    }

    [Fact]
    public void Parse_UnknownCommand_ReturnsNull()
    {
        ProcurveCommands.Parse("show time", "Mon Jan  1 12:00:00 2024", 1, null).Should().BeNull();
    }

    [Fact]
    public void Names_EveryName_Dispatches()
    {
        foreach (var name in ProcurveCommands.Names)
        {
            ProcurveCommands.Parse(name, "", 1, null).Should().NotBeNull(name);
        }
    }

    [Fact]
    public void Parse_AnyCaptureUnderAnyCommandTruncatedAndMutated_NeverThrows()
    {
        var random = new Random(20240603);
        var captures = Directory.GetFiles(RepoPaths.Fixtures, "*.raw", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        captures.Should().NotBeEmpty();
        captures.AddRange([RunningConfigTests.Aos16, PortAccessClientsTests.Clients, PortAccessClientsTests.WithStatus, ShowVersionTests.Aos]);
        var parsed = 0;
        foreach (var raw in captures)
        {
            foreach (var command in ProcurveCommands.Names)
            {
                ProcurveCommands.Parse(command, raw, 1, static (_, _) => { }).Should().NotBeNull();
                for (var cut = 0; cut < 4; cut++)
                {
                    var end = random.Next(raw.Length + 1);
                    var start = random.Next(end + 1);
                    ProcurveCommands.Parse(command, raw.AsSpan(start, end - start), 1, static (_, _) => { });
                }

                ProcurveCommands.Parse(command, Fuzz.MutateLines(raw, random), 1, static (_, _) => { });
                parsed++;
            }
        }

        parsed.Should().Be(captures.Count * ProcurveCommands.Names.Count);
    }

    [Fact]
    public void Parse_HostileLines_NeverThrow()
    {
        string[] lines =
        [
            "interface", "interface 1", "vlan", "vlan 1 untagged", "vlan x", " untagged vlan 1-99999999",
            "aaa port-access authenticator 1-", "aaa port-access mac-based -,-", "---", "- -", "--\n1", " | \n ---- + ----\n x | y",
            "Image stamp:", "Image stamp: K.", "ArubaOS (MODEL:", "ArubaOS )MODEL: (", ": : :", "  Up Time  :  a  b  :  c  :", "Local Port :",
            "  Type : ipv4\n  Address : 1", "  ----- ------\n       1, 2", "; Configuration Editor", "; x Configuration Editor; release #",
            "1 " + new string('x', 70_000),
            "  ----\n  " + new string('9', 70_000), "  ----- -----\n  A1-" + new string('9', 300),
        ];

        foreach (var line in Fuzz.HostileLines(lines))
        {
            foreach (var command in ProcurveCommands.Names)
            {
                var act = () => ProcurveCommands.Parse(command, line, 1, static (_, _) => { });

                act.Should().NotThrow($"{command} on '{line[..Math.Min(line.Length, 40)]}'");
            }
        }
    }
}
