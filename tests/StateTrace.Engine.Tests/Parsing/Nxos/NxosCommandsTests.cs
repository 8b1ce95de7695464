using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Nxos;

namespace StateTrace.Engine.Tests.Parsing.Nxos;

public class NxosCommandsTests : CommandsRobustnessTests
{
    private protected override IReadOnlyList<string> Names => NxosCommands.Names;

    private protected override int Seed => 20240603;

    private protected override string Prompt => "DC1-LEAF-01# ";

    private protected override (string Command, string Output) Unread => ("show clock", "12:00:00.000 UTC Mon Jan 01 2024");

    private protected override string[] VendorHostileLines =>
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

    private protected override IReadOnlyList<object>? Parse(string command, ReadOnlySpan<char> text, long firstLine, ParseReport? report) =>
        NxosCommands.Parse(command, text, firstLine, report);

    private protected override (string Folder, string Command)[] CaptureFolders =>
    [
        ("ntc/cisco_nxos/show_interface_status", "show interface status"),
        ("ntc-more/cisco_nxos/show_version", "show version"),
        ("ntc-more/cisco_nxos/show_interface_brief", "show interface brief"),
        ("ntc-more/cisco_nxos/show_cdp_neighbors_detail", "show cdp neighbors detail"),
        ("ntc-more/cisco_nxos/show_lldp_neighbors_detail", "show lldp neighbors detail"),
        ("ntc-more/cisco_nxos/show_mac_address-table", "show mac address-table"),
    ];

    [Theory]
    [InlineData("sh int status")]
    [InlineData("show interface status")]
    [InlineData("show interfaces status | no-more")]
    public void Parse_AbbreviatedCommand_ReadsStatusTable(string command)
    {
        var records = NxosCommands.Parse(command, NtcOracle.ReadRaw("ntc/cisco_nxos/show_interface_status/cisco_nxos_show_interface_status1.raw"), 1, null);

        records.Should().HaveCount(9).And.AllBeOfType<NxosInterfaceStatusRow>();
    }
}
