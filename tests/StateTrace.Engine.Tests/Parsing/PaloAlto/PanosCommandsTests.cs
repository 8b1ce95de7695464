using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.PaloAlto;

namespace StateTrace.Engine.Tests.Parsing.PaloAlto;

public class PanosCommandsTests : CommandsRobustnessTests
{
    private protected override IReadOnlyList<string> Names => PanosCommands.Names;

    private protected override int Seed => 20260207;

    private protected override string Prompt => "admin@PA-3220> ";

    private protected override (string Command, string Output) Unread => ("show high-availability all", "HA not enabled");

    private protected override string[] VendorHostileLines =>
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

    private protected override IReadOnlyList<object>? Parse(string command, ReadOnlySpan<char> text, long firstLine, ParseReport? report) =>
        PanosCommands.Parse(command, text, firstLine, report);

    // PAN-OS pads its output with a blank line after the echoed command and before the prompt.
    private protected override string Echoed(string command, string output) => command + "\n\n" + output.TrimEnd() + "\n\n" + Prompt + "\n";

    private protected override (string Folder, string Command)[] CaptureFolders =>
    [
        ("ntc-more/paloalto_panos/show_system_info", "show system info"),
        ("ntc-more/paloalto_panos/show_interface_all", "show interface all"),
        ("ntc-more/paloalto_panos/show_mac_all", "show mac all"),
        ("ntc-more/paloalto_panos/show_lldp_neighbors_all", "show lldp neighbors all"),
        ("ntc-more/paloalto_panos/show_routing_route", "show routing route"),
    ];

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
}
