using StateTrace.Engine.Parsing.Brocade;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Parsing.Brocade;

public class BrocadeCommandsTests
{
    public static TheoryData<string, string> FixturesWithCommand()
    {
        var data = new TheoryData<string, string>();
        (string Folder, string Command)[] folders =
        [
            ("ntc/brocade_fastiron/show_interfaces_brief", "show interfaces brief"),
            ("ntc-more/ruckus_fastiron/show_interfaces_brief", "show interfaces brief"),
            ("ntc-more/brocade_fastiron/show_version", "show version"),
            ("ntc-more/ruckus_fastiron/show_version", "show version"),
            ("ntc-more/brocade_fastiron/show_interfaces", "show interfaces"),
            ("ntc-more/brocade_fastiron/show_mac-address", "show mac-address"),
            ("ntc-more/ruckus_fastiron/show_mac-address", "show mac-address"),
            ("ntc-more/brocade_fastiron/show_lldp_neighbors_detail", "show lldp neighbors detail"),
            ("ntc-more/ruckus_fastiron/show_vlan", "show vlan"),
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
        var all = NtcOracle.Files(
            "ntc/brocade_fastiron/show_interfaces_brief", "ntc-more/brocade_fastiron/show_version", "ntc-more/brocade_fastiron/show_interfaces",
            "ntc-more/brocade_fastiron/show_mac-address", "ntc-more/brocade_fastiron/show_lldp_neighbors_detail",
            "ntc-more/ruckus_fastiron/show_interfaces_brief", "ntc-more/ruckus_fastiron/show_version", "ntc-more/ruckus_fastiron/show_mac-address",
            "ntc-more/ruckus_fastiron/show_vlan");
        var onDisk = Directory.GetFiles(Path.Combine(RepoPaths.Fixtures, "ntc", "brocade_fastiron"), "*.raw", SearchOption.AllDirectories).Length
            + Directory.GetFiles(Path.Combine(RepoPaths.Fixtures, "ntc-more", "brocade_fastiron"), "*.raw", SearchOption.AllDirectories).Length
            + Directory.GetFiles(Path.Combine(RepoPaths.Fixtures, "ntc-more", "ruckus_fastiron"), "*.raw", SearchOption.AllDirectories).Length;

        all.Should().HaveCount(onDisk).And.HaveCount(FixturesWithCommand().Count);
    }

    [Theory]
    [MemberData(nameof(FixturesWithCommand))]
    public void Parse_EchoedCommandAndTrailingPrompt_SameRecordsNoReports(string fixture, string command)
    {
        var raw = NtcOracle.ReadRaw(fixture);
        var plain = new ReportCollector();
        var wrapped = new ReportCollector();

        var expected = BrocadeCommands.Parse(command, raw, 1, plain.Report);
        var actual = BrocadeCommands.Parse(command, command + "\n" + raw.TrimEnd() + "\nSSH@WLLS-A01-AS-01#\n", 1, wrapped.Report);

        expected.Should().NotBeNull().And.NotBeEmpty();
        plain.Items.Should().BeEmpty();
        actual.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        wrapped.Items.Should().BeEmpty();
    }

    [Theory]
    [InlineData("sh int br", typeof(InterfaceBriefRow))]
    [InlineData("show interface brief | include Up", typeof(InterfaceBriefRow))]
    [InlineData("sh mac-address", typeof(FastIronMacRow))]
    public void Parse_AbbreviatedCommand_Dispatches(string command, Type record)
    {
        var text = record == typeof(InterfaceBriefRow)
            ? NtcOracle.ReadRaw("ntc/brocade_fastiron/show_interfaces_brief/brocade_fastiron_show_interfaces_brief.raw")
            : NtcOracle.ReadRaw("ntc-more/ruckus_fastiron/show_mac-address/show_mac-address.raw");

        var records = BrocadeCommands.Parse(command, text, 1, null);

        records.Should().NotBeNullOrEmpty().And.AllBeOfType(record);
    }

    [Theory]
    [InlineData("show running-config")]
    [InlineData("show config")]
    [InlineData("show conf")]
    public void Parse_ConfigurationSpellings_ReadTheConfiguration(string command)
    {
        BrocadeCommands.Parse(command, RunningConfigTests.Icx, 1, null).Should().ContainSingle().Which.Should().BeOfType<FastIronConfig>();
    }

    [Fact]
    public void Parse_UnknownCommand_ReturnsNull()
    {
        BrocadeCommands.Parse("show clock", "12:00:00 GMT+00 Mon Jan 01 2024", 1, null).Should().BeNull();
    }

    [Fact]
    public void Names_EveryName_Dispatches()
    {
        foreach (var name in BrocadeCommands.Names)
        {
            BrocadeCommands.Parse(name, "", 1, null).Should().NotBeNull(name);
        }
    }

    [Fact]
    public void Parse_AnyCaptureUnderAnyCommandTruncatedAndMutated_NeverThrows()
    {
        var random = new Random(20240602);
        var captures = Directory.GetFiles(RepoPaths.Fixtures, "*.raw", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        captures.Should().NotBeEmpty();
        captures.AddRange([RunningConfigTests.Icx, AuthSessionsTests.Unified, AuthSessionsTests.Dot1x, AuthSessionsTests.MacAuth]);
        var parsed = 0;
        foreach (var raw in captures)
        {
            foreach (var command in BrocadeCommands.Names)
            {
                BrocadeCommands.Parse(command, raw, 1, static (_, _) => { }).Should().NotBeNull();
                for (var cut = 0; cut < 4; cut++)
                {
                    var end = random.Next(raw.Length + 1);
                    var start = random.Next(end + 1);
                    BrocadeCommands.Parse(command, raw.AsSpan(start, end - start), 1, static (_, _) => { });
                }

                BrocadeCommands.Parse(command, Fuzz.MutateLines(raw, random), 1, static (_, _) => { });
                parsed++;
            }
        }

        parsed.Should().Be(captures.Count * BrocadeCommands.Names.Count);
    }

    [Fact]
    public void Parse_HostileLines_NeverThrow()
    {
        string[] lines =
        [
            "interface", "interface ", "interface ethernet", "vlan", "vlan x name", "authentication",
            " dot1x port-control auto ethe 1/1/1 to", " untagged ethe to to to 1/1/1", "Port Link", "Port    Link    State",
            "1/1/1 Up Forward Full 1G None No 1 0 0000.0000.0000", "MAC Address Port", "0000.0000.0000", "Local port:", "  + :", "+ Port ID:\\",
            "PORT-VLAN", "PORT-VLAN x", "PORT-VLAN 1, Name", " Untagged Ports: (U1/M1", " Tagged Ports: (LAG) 1 (U) 2 () 3", "SW: Version",
            "HW:", "Serial #:", " is , line protocol is ", "x is up, line protocol is up\n  Member of L2 VLAN ID", "  Configured speed ,,,,",
            "1/1/1 0000.0000.0000 MAUTH", "1/1/1 0000.0000.0000 x 1 Yes", "1/1/1 0000.0000.0000 a b c d e f g",
            "1/1/1 " + new string('x', 70_000),
            " Untagged Ports: (U1/M1) " + new string('9', 70_000), "ethe 1/1/1 to 1/1/" + new string('9', 400),
        ];

        foreach (var line in Fuzz.HostileLines(lines))
        {
            foreach (var command in BrocadeCommands.Names)
            {
                var act = () => BrocadeCommands.Parse(command, line, 1, static (_, _) => { });

                act.Should().NotThrow($"{command} on '{line[..Math.Min(line.Length, 40)]}'");
            }
        }
    }
}
