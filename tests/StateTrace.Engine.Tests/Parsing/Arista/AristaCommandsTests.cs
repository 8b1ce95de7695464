using StateTrace.Engine.Parsing.Arista;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Parsing.Arista;

public class AristaCommandsTests
{
    public static TheoryData<string, string> FixturesWithCommand()
    {
        var data = new TheoryData<string, string>();
        (string Folder, string Command)[] folders =
        [
            ("ntc/arista_eos/show_version", "show version"),
            ("ntc/arista_eos/show_interfaces_status", "show interfaces status"),
            ("ntc-more/arista_eos/show_interfaces", "show interfaces"),
            ("ntc-more/arista_eos/show_inventory", "show inventory"),
            ("ntc-more/arista_eos/show_lldp_neighbors_detail", "show lldp neighbors detail"),
            ("ntc-more/arista_eos/show_mac_address-table", "show mac address-table"),
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
        var wrapped = new ReportCollector();

        var expected = AristaCommands.Parse(command, raw, 1, null);
        var actual = AristaCommands.Parse(command, command + "\n" + raw.TrimEnd() + "\nNYC-LEAF-01#\n", 1, wrapped.Report);

        expected.Should().NotBeNull().And.NotBeEmpty();
        actual.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        wrapped.Items.Should().BeEmpty();
    }

    [Fact]
    public void Names_EveryName_IsCanonicalAndParsed()
    {
        foreach (var name in AristaCommands.Names)
        {
            StateTrace.Engine.Parsing.CommandNames.Canonical(name).Should().Be(name);
            AristaCommands.Parse(name, "", 1, null).Should().NotBeNull(name);
        }
    }

    [Theory]
    [InlineData("sh int status")]
    [InlineData("show interface status")]
    [InlineData("show interfaces status | exclude notconnect")]
    public void Parse_AbbreviatedCommand_ReadsStatusTable(string command)
    {
        var records = AristaCommands.Parse(command, NtcOracle.ReadRaw("ntc/arista_eos/show_interfaces_status/arista_eos_show_interfaces_status.raw"), 1, null);

        records.Should().HaveCount(6).And.AllBeOfType<AristaInterfaceStatusRow>();
    }

    [Fact]
    public void Parse_DotOneXHostSpellings_ReadHostsTable()
    {
        AristaCommands.Parse("show dot1x host", Dot1xHostsTests.Hosts, 1, null).Should().HaveCount(4);
        AristaCommands.Parse("show dot1x hosts", Dot1xHostsTests.Hosts, 1, null).Should().HaveCount(4);
    }

    [Fact]
    public void Parse_UnknownCommand_ReturnsNull()
    {
        AristaCommands.Parse("show clock", "Mon Jan 1 12:00:00 2024", 1, null).Should().BeNull();
    }

    [Fact]
    public void Parse_AnyCaptureUnderAnyCommandWholeTruncatedAndMutated_NeverThrows()
    {
        var random = new Random(20240602);
        var files = Directory.GetFiles(RepoPaths.Fixtures, "*.raw", SearchOption.AllDirectories);
        files.Should().NotBeEmpty();
        var parsed = 0;
        foreach (var file in files)
        {
            var raw = File.ReadAllText(file);
            foreach (var command in AristaCommands.Names)
            {
                AristaCommands.Parse(command, raw, 1, static (_, _) => { }).Should().NotBeNull();
                for (var cut = 0; cut < 4; cut++)
                {
                    var end = random.Next(raw.Length + 1);
                    var start = random.Next(end + 1);
                    AristaCommands.Parse(command, raw.AsSpan(start, end - start), 1, static (_, _) => { });
                    AristaCommands.Parse(command, Fuzz.MutateLines(raw, random), 1, static (_, _) => { });
                }

                parsed++;
            }
        }

        parsed.Should().Be(files.Length * AristaCommands.Names.Count);
    }

    [Fact]
    public void Parse_HostileLines_NeverThrow()
    {
        string[] lines =
        [
            "interface", "interface ", "Port", "Port Name Status Vlan", "Port Name Status Vlan\nEt1 in",
            "Port Name Status Vlan\nEt1 x in Po", " is ", "is is is", ", line protocol is ", "Et1 is up, line protocol is up\n  Hardware is ",
            "  IP MTU", "  MTU bytes", "  Full-duplex,", "System information", "System information\n x", "System has 1 transceiver slots\n 1 a b",
            "Interface Ethernet1 detected 1 LLDP neighbors:\n  Neighbor ", "  Neighbor /", "Neighbor 0000.0000.0001/\"x\", age ",
            "  - Port ID :", "- :", "1 0000.0000.0000", "1 0000.0000.0000 STATIC", "Vlan Mac Address Type Ports",
            "Multicast Mac Address Table\n1 0000.0000.0000 STATIC", "Port Supplicant MAC", "Port Supplicant\nEt1 0000.0000.0001",
            "dot1x", "dot1x\n   x", "hostname", "snmp-server location", "Software image version:", "Arista ", "VLAN Name Status Ports",
            "Et1 " + new string('x', 70_000),
            string.Join(' ', Enumerable.Repeat("full", 200)),
        ];

        foreach (var line in Fuzz.HostileLines(lines))
        {
            foreach (var command in AristaCommands.Names)
            {
                var act = () => AristaCommands.Parse(command, line, 1, static (_, _) => { });

                act.Should().NotThrow($"{command} on '{line[..Math.Min(line.Length, 40)]}'");
            }
        }
    }
}
