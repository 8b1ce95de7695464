using StateTrace.Engine.Parsing.PaloAlto;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Parsing.PaloAlto;

public class PanosCommandsTests
{
    public static TheoryData<string, string> FixturesWithCommand()
    {
        var data = new TheoryData<string, string>();
        (string Folder, string Command)[] folders =
        [
            ("ntc-more/paloalto_panos/show_system_info", "show system info"),
            ("ntc-more/paloalto_panos/show_interface_all", "show interface all"),
            ("ntc-more/paloalto_panos/show_mac_all", "show mac all"),
            ("ntc-more/paloalto_panos/show_lldp_neighbors_all", "show lldp neighbors all"),
            ("ntc-more/paloalto_panos/show_routing_route", "show routing route"),
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

        var expected = PanosCommands.Parse(command, raw, 1, plain.Report);
        var actual = PanosCommands.Parse(command, command + "\n\n" + raw.TrimEnd() + "\n\nadmin@PA-3220> \n", 1, wrapped.Report);

        expected.Should().NotBeNull().And.NotBeEmpty();
        actual.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        plain.Items.Should().BeEmpty();
        wrapped.Items.Should().BeEmpty();
    }

    [Theory]
    [InlineData("sh sys info", typeof(PanosSystemInfo))]
    [InlineData("show system info | match version", typeof(PanosSystemInfo))]
    [InlineData("sh int all", typeof(PanosInterface))]
    public void Parse_SpellingsOfACommand_ReachItsParser(string command, Type record)
    {
        var text = record == typeof(PanosSystemInfo)
            ? NtcOracle.ReadRaw("ntc-more/paloalto_panos/show_system_info/paloalto_panos_show_system_info.raw")
            : NtcOracle.ReadRaw("ntc-more/paloalto_panos/show_interface_all/paloalto_panos_show_interface_all.raw");

        PanosCommands.Parse(command, text, 1, null).Should().NotBeEmpty().And.AllBeOfType(record);
    }

    [Fact]
    public void Parse_UnknownCommand_ReturnsNull()
    {
        PanosCommands.Parse("show high-availability all", "HA not enabled", 1, null).Should().BeNull();
    }

    [Fact]
    public void Parse_AnyCaptureWholeTruncatedOrMutated_NeverThrows()
    {
        var random = new Random(20260207);
        var files = Directory.GetFiles(RepoPaths.Fixtures, "*.raw", SearchOption.AllDirectories);
        files.Should().NotBeEmpty();
        var parsed = 0;
        foreach (var file in files)
        {
            var raw = File.ReadAllText(file);
            foreach (var command in PanosCommands.Names)
            {
                PanosCommands.Parse(command, raw, 1, static (_, _) => { }).Should().NotBeNull();
                for (var round = 0; round < 4; round++)
                {
                    var end = random.Next(raw.Length + 1);
                    var start = random.Next(end + 1);
                    PanosCommands.Parse(command, raw.AsSpan(start, end - start), 1, static (_, _) => { });
                    PanosCommands.Parse(command, Fuzz.MutateLines(raw, random), 1, static (_, _) => { });
                }

                parsed++;
            }
        }

        parsed.Should().Be(files.Length * PanosCommands.Names.Count);
    }

    [Fact]
    public void Parse_HostileLines_NeverThrow()
    {
        string[] lines =
        [
            ":", "hostname:", "name id", "name id speed/duplex/state mac address\nx 1 [[[//// 00:00:00:00:00:00",
            "name id vsys zone forwarding tag address\n  x", "name id vsys zone forwarding tag address\nx", "x 00:00:00:00:00:00",
            "Local information:", "Local information:\nLocal interface:", "VIRTUAL ROUTER:", "VIRTUAL ROUTER: (",
            "destination nexthop metric flags age interface next-AS\n/", "destination nexthop metric flags age interface next-AS\n  x/1",
            "ethernet1/1 " + new string('x', 70_000), "config {", "}", "};};", "network {\ninterface {\nethernet {\nethernet1/1 {\ncomment \"x",
            "network { interface { ethernet { ethernet1/1 { comment; } } } }", "comment \"x\";", "set network interface", "set network interface ethernet",
            "set network interface ethernet ethernet1/1 comment", "set network interface loopback units", " network interface  units  units",
            new string('}', 3000), new string('"', 3000), string.Concat(Enumerable.Repeat("ae1 {\n", 500)),
        ];

        foreach (var line in Fuzz.HostileLines(lines))
        {
            foreach (var command in PanosCommands.Names)
            {
                var act = () => PanosCommands.Parse(command, line, 1, static (_, _) => { });

                act.Should().NotThrow($"{command} on '{line[..Math.Min(line.Length, 40)]}'");
            }
        }
    }
}
