using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Nxos;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Parsing.Nxos;

public class NxosCommandsTests
{
    public static TheoryData<string, string> FixturesWithCommand()
    {
        var data = new TheoryData<string, string>();
        (string Folder, string Command)[] folders =
        [
            ("ntc/cisco_nxos/show_interface_status", "show interface status"),
            ("ntc-more/cisco_nxos/show_version", "show version"),
            ("ntc-more/cisco_nxos/show_interface_brief", "show interface brief"),
            ("ntc-more/cisco_nxos/show_cdp_neighbors_detail", "show cdp neighbors detail"),
            ("ntc-more/cisco_nxos/show_lldp_neighbors_detail", "show lldp neighbors detail"),
            ("ntc-more/cisco_nxos/show_mac_address-table", "show mac address-table"),
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

        var expected = NxosCommands.Parse(command, raw, 1, null);
        var actual = NxosCommands.Parse(command, command + "\n" + raw.TrimEnd() + "\nDC1-LEAF-01# \n", 1, wrapped.Report);

        expected.Should().NotBeNull().And.NotBeEmpty();
        actual.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        wrapped.Items.Should().BeEmpty();
    }

    [Fact]
    public void Names_EveryName_IsCanonicalAndParsed()
    {
        foreach (var name in NxosCommands.Names)
        {
            CommandNames.Canonical(name).Should().Be(name);
            NxosCommands.Parse(name, "", 1, null).Should().NotBeNull(name);
        }
    }

    [Theory]
    [InlineData("sh int status")]
    [InlineData("show interface status")]
    [InlineData("show interfaces status | no-more")]
    public void Parse_AbbreviatedCommand_ReadsStatusTable(string command)
    {
        var records = NxosCommands.Parse(command, NtcOracle.ReadRaw("ntc/cisco_nxos/show_interface_status/cisco_nxos_show_interface_status1.raw"), 1, null);

        records.Should().HaveCount(9).And.AllBeOfType<NxosInterfaceStatusRow>();
    }

    [Fact]
    public void Parse_UnknownCommand_ReturnsNull()
    {
        NxosCommands.Parse("show clock", "12:00:00.000 UTC Mon Jan 01 2024", 1, null).Should().BeNull();
    }

    [Fact]
    public void Parse_AnyCaptureUnderAnyCommandWholeTruncatedAndMutated_NeverThrows()
    {
        var random = new Random(20240603);
        var files = Directory.GetFiles(RepoPaths.Fixtures, "*.raw", SearchOption.AllDirectories);
        files.Should().NotBeEmpty();
        var parsed = 0;
        foreach (var file in files)
        {
            var raw = File.ReadAllText(file);
            foreach (var command in NxosCommands.Names)
            {
                NxosCommands.Parse(command, raw, 1, static (_, _) => { }).Should().NotBeNull();
                for (var cut = 0; cut < 4; cut++)
                {
                    var end = random.Next(raw.Length + 1);
                    var start = random.Next(end + 1);
                    NxosCommands.Parse(command, raw.AsSpan(start, end - start), 1, static (_, _) => { });
                    NxosCommands.Parse(command, Fuzz.MutateLines(raw, random), 1, static (_, _) => { });
                }

                parsed++;
            }
        }

        parsed.Should().Be(files.Length * NxosCommands.Names.Count);
    }

    [Fact]
    public void Parse_HostileLines_NeverThrow()
    {
        string[] lines =
        [
            "interface", "interface ", "Port", "Port Name Status Vlan", "Port Name Status\nEth1/1 x",
            "Port Name Status\nfc1/1 is", "Port Name Status\nfc1/1 is up (", "Interface Name Status Reason\nTunnel1", "Interface Name Status Reason\nT x down",
            "Ethernet VLAN Type Mode Status Reason Speed Port", "Ethernet VLAN Type Mode Status Reason Speed Port\nEth1/1 a b c d e f g h i j",
            "Interface Status Peer IP Address VC ID\npw1 up", "Port Status IP Peer", "IP Status", "Port Status Peer",
            "Device ID:", "Device ID:x\nInterface:", "Device ID:x\nVersion:", "Device ID:x\nMgmt address(es):\n IPv4 Address:",
            "Chassis id:", "Chassis id:\nLocal Port id:", "Management Address:", "* 1 0000.0000.0000", "* 1 0000.0000.0000 dynamic",
            "0000.0000.0000 x y", "VLAN MAC Address Type", "VLAN MAC Address Type\n1 0000.0000.0000 s", "  NXOS: version", "  NXOS:",
            "Hardware\n  cisco ", "Hardware\n  cisco (x)", "Kernel uptime is ", "hostname", "switchname", "snmp-server location",
            "VLAN Name Status Ports", "Eth1/1 " + new string('x', 70_000),
            string.Join(' ', Enumerable.Repeat("full", 200)),
        ];

        foreach (var line in Fuzz.HostileLines(lines))
        {
            foreach (var command in NxosCommands.Names)
            {
                var act = () => NxosCommands.Parse(command, line, 1, static (_, _) => { });

                act.Should().NotThrow($"{command} on '{line[..Math.Min(line.Length, 40)]}'");
            }
        }
    }
}
