using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Juniper;

namespace StateTrace.Engine.Tests.Parsing.Juniper;

public class JunosCommandsTests : CommandsRobustnessTests
{
    private protected override IReadOnlyList<string> Names => JunosCommands.Names;

    private protected override int Seed => 20260206;

    // A virtual-chassis member prints its role on a line of its own before the prompt.
    private protected override string Prompt => "\n{master:0}\nadmin@WLLS-A01-EX-01> ";

    private protected override (string Command, string Output) Unread => ("show route", "inet.0: 3 destinations");

    private protected override string[] ExtraCaptures => [JunosSamples.InterfacesTerse, JunosSamples.BraceConfiguration, JunosSamples.SetConfiguration];

    private protected override string[] VendorHostileLines =>
    [
        "{", "}", "{\n{\n}\n}\n}", ";", " ;", "set", "set interfaces", "set interfaces x description",
        "interfaces {\n x {\n description;\n", "protocols dot1x authenticator interface;", "vlans x vlan-id;",
        new string('{', 200) + "\n", string.Concat(Enumerable.Repeat("a {\n", 500)), "Physical interface:", "Logical interface ",
        "Physical interface: , , ,", "Item Version Part number Serial number Description\n x", "Local Interface\nx",
        "Routing instance\n  a", "Name Tag\n x", "Interface Admin Link\n  x", "System booted: (", "System booted: 2021 (x",
        " up 1 user, load averages: ", "JUNOS [", "JUNOS ]", "xx 00:00:00:00:00:00",
        "ge-0/0/0 " + new string('x', 70_000),
    ];

    private protected override IReadOnlyList<object>? Parse(string command, ReadOnlySpan<char> text, long firstLine, ParseReport? report) =>
        JunosCommands.Parse(command, text, firstLine, report);

    private protected override (string Folder, string Command)[] CaptureFolders =>
    [
        ("ntc-more/juniper_junos/show_version", "show version"),
        ("ntc-more/juniper_junos/show_chassis_hardware", "show chassis hardware"),
        ("ntc-more/juniper_junos/show_system_uptime", "show system uptime"),
        ("ntc-more/juniper_junos/show_interfaces", "show interfaces"),
        ("ntc-more/juniper_junos/show_ethernet-switching_table", "show ethernet-switching table"),
        ("ntc-more/juniper_junos/show_lldp_neighbors", "show lldp neighbors"),
        ("ntc-more/juniper_junos/show_vlans", "show vlans"),
    ];

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
}
