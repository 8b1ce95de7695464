using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Cisco;

namespace StateTrace.Engine.Tests.Parsing.Cisco;

public class CiscoCommandsTests : CommandsRobustnessTests
{
    private protected override IReadOnlyList<string> Names => CiscoCommands.Names;

    private protected override int Seed => 20240601;

    private protected override string Prompt => "WLLS-A01-AS-01#";

    private protected override (string Command, string Output) Unread => ("show clock", "12:00:00.000 UTC Mon Jan 1 2024");

    private protected override string[] VendorHostileLines =>
    [
        "interface", "interface ", "Port", "Port Name Status", " is ", "is is is",
        "VLAN", "VLAN0001", "MST", "Device ID:", "Local Intf:", "Chassis id:", "Interface Role Sts", "0000.0000.0000",
        " 1 0000.0000.0000", "Gi1/0/1 is", ", line protocol is ", "x is up, line protocol is up\n  Hardware is ",
        "Port      Name               Status\nGi1/0/1 connected:",
        "Interface MAC Address Method Domain Status Fg Session ID\nGi1/0/1 a b c", "Version ", "cisco ",
        "Model Number :", "Processor board ID", "Gi1/0/1 " + new string('x', 70_000),
    ];

    private protected override IReadOnlyList<object>? Parse(string command, ReadOnlySpan<char> text, long firstLine, ParseReport? report) =>
        CiscoCommands.Parse(command, text, firstLine, report);

    private protected override (string Folder, string Command)[] CaptureFolders =>
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

    [Theory]
    [InlineData("sh int status")]
    [InlineData("show interface status")]
    [InlineData("show interfaces status | exclude notconnect")]
    public void Parse_AbbreviatedCommand_ReadsStatusTable(string command)
    {
        var records = CiscoCommands.Parse(command, NtcOracle.ReadRaw("ntc/cisco_ios/show_interfaces_status/cisco_ios_show_interfaces_status.raw"), 1, null);

        records.Should().HaveCount(25).And.AllBeOfType<InterfaceStatusRow>();
    }
}
