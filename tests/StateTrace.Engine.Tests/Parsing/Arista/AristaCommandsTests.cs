using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Arista;

namespace StateTrace.Engine.Tests.Parsing.Arista;

public class AristaCommandsTests : CommandsRobustnessTests
{
    private protected override IReadOnlyList<string> Names => AristaCommands.Names;

    private protected override int Seed => 20240602;

    private protected override string Prompt => "NYC-LEAF-01#";

    private protected override (string Command, string Output) Unread => ("show clock", "Mon Jan 1 12:00:00 2024");

    private protected override string[] VendorHostileLines =>
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

    private protected override IReadOnlyList<object>? Parse(string command, ReadOnlySpan<char> text, long firstLine, ParseReport? report) =>
        AristaCommands.Parse(command, text, firstLine, report);

    private protected override (string Folder, string Command)[] CaptureFolders =>
    [
        ("ntc/arista_eos/show_version", "show version"),
        ("ntc/arista_eos/show_interfaces_status", "show interfaces status"),
        ("ntc-more/arista_eos/show_interfaces", "show interfaces"),
        ("ntc-more/arista_eos/show_inventory", "show inventory"),
        ("ntc-more/arista_eos/show_lldp_neighbors_detail", "show lldp neighbors detail"),
        ("ntc-more/arista_eos/show_mac_address-table", "show mac address-table"),
    ];

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
}
