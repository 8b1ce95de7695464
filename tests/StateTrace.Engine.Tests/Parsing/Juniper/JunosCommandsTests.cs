using StateTrace.Engine.Parsing.Juniper;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Parsing.Juniper;

public class JunosCommandsTests
{
    public static TheoryData<string, string> FixturesWithCommand()
    {
        var data = new TheoryData<string, string>();
        (string Folder, string Command)[] folders =
        [
            ("ntc-more/juniper_junos/show_version", "show version"),
            ("ntc-more/juniper_junos/show_chassis_hardware", "show chassis hardware"),
            ("ntc-more/juniper_junos/show_system_uptime", "show system uptime"),
            ("ntc-more/juniper_junos/show_interfaces", "show interfaces"),
            ("ntc-more/juniper_junos/show_ethernet-switching_table", "show ethernet-switching table"),
            ("ntc-more/juniper_junos/show_lldp_neighbors", "show lldp neighbors"),
            ("ntc-more/juniper_junos/show_vlans", "show vlans"),
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

        var expected = JunosCommands.Parse(command, raw, 1, plain.Report);
        var actual = JunosCommands.Parse(command, command + "\n" + raw.TrimEnd() + "\n\n{master:0}\nadmin@WLLS-A01-EX-01> \n", 1, wrapped.Report);

        expected.Should().NotBeNull().And.NotBeEmpty();
        actual.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        plain.Items.Should().BeEmpty();
        wrapped.Items.Should().BeEmpty();
    }

    [Theory]
    [InlineData("show interfaces terse", typeof(TerseRow))]
    [InlineData("sh int terse", typeof(TerseRow))]
    [InlineData("show configuration | display set", typeof(JunosConfiguration))]
    [InlineData("show config", typeof(JunosConfiguration))]
    public void Parse_SpellingsOfACommand_ReachItsParser(string command, Type record)
    {
        var text = record == typeof(TerseRow) ? JunosSamples.InterfacesTerse : JunosSamples.SetConfiguration;

        JunosCommands.Parse(command, text, 1, null).Should().NotBeEmpty().And.AllBeOfType(record);
    }

    [Fact]
    public void Parse_UnknownCommand_ReturnsNull()
    {
        JunosCommands.Parse("show route", "inet.0: 3 destinations", 1, null).Should().BeNull();
    }

    [Fact]
    public void Parse_AnyCaptureWholeTruncatedOrMutated_NeverThrows()
    {
        var random = new Random(20260206);
        var files = Directory.GetFiles(RepoPaths.Fixtures, "*.raw", SearchOption.AllDirectories);
        files.Should().NotBeEmpty();
        string[] samples = [JunosSamples.InterfacesTerse, JunosSamples.BraceConfiguration, JunosSamples.SetConfiguration];
        var parsed = 0;
        foreach (var text in files.Select(File.ReadAllText).Concat(samples))
        {
            foreach (var command in JunosCommands.Names)
            {
                JunosCommands.Parse(command, text, 1, static (_, _) => { }).Should().NotBeNull();
                for (var round = 0; round < 4; round++)
                {
                    var end = random.Next(text.Length + 1);
                    var start = random.Next(end + 1);
                    JunosCommands.Parse(command, text.AsSpan(start, end - start), 1, static (_, _) => { });
                    JunosCommands.Parse(command, Fuzz.MutateLines(text, random), 1, static (_, _) => { });
                }

                parsed++;
            }
        }

        parsed.Should().Be((files.Length + samples.Length) * JunosCommands.Names.Count);
    }

    [Fact]
    public void Parse_HostileLines_NeverThrow()
    {
        string[] lines =
        [
            "{", "}", "{\n{\n}\n}\n}", ";", " ;", "set", "set interfaces", "set interfaces x description",
            "interfaces {\n x {\n description;\n", "protocols dot1x authenticator interface;", "vlans x vlan-id;",
            new string('{', 200) + "\n", string.Concat(Enumerable.Repeat("a {\n", 500)), "Physical interface:", "Logical interface ",
            "Physical interface: , , ,", "Item Version Part number Serial number Description\n x", "Local Interface\nx",
            "Routing instance\n  a", "Name Tag\n x", "Interface Admin Link\n  x", "System booted: (", "System booted: 2021 (x",
            " up 1 user, load averages: ", "JUNOS [", "JUNOS ]", "xx 00:00:00:00:00:00",
            "ge-0/0/0 " + new string('x', 70_000),
        ];

        foreach (var line in Fuzz.HostileLines(lines))
        {
            foreach (var command in JunosCommands.Names)
            {
                var act = () => JunosCommands.Parse(command, line, 1, static (_, _) => { });

                act.Should().NotThrow($"{command} on '{line[..Math.Min(line.Length, 40)]}'");
            }
        }
    }
}
