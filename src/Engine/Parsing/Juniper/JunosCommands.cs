namespace StateTrace.Engine.Parsing.Juniper;

/// <summary>
/// The Junos command parsers by command name, for reading one capture on its own
/// (<c>statetrace parse --platform juniper_junos --command "show interfaces terse" file.raw</c>). Abbreviations are
/// expanded first; output filters (<c>| display set</c>, <c>| no-more</c>) are dropped.
/// </summary>
internal static class JunosCommands
{
    /// <summary>Canonical names of the commands read, each once.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "show version", "show chassis hardware", "show system uptime", "show interfaces terse", "show interfaces",
        "show ethernet-switching table", "show lldp neighbors", "show vlans", "show configuration",
    ];

    /// <summary>The records one capture holds, or null when <paramref name="command"/> is not a command read here.</summary>
    public static IReadOnlyList<object>? Parse(string command, ReadOnlySpan<char> text, long firstLine, ParseReport? report) =>
        CommandNames.Canonical(command) switch
        {
            "show version" => [ShowVersion.Parse(text, firstLine, report)],
            "show chassis hardware" => ChassisHardware.Parse(text, firstLine, report),
            "show system uptime" => [SystemUptime.Parse(text, firstLine, report)],
            "show interfaces terse" => InterfacesTerse.Parse(text, firstLine, report),
            "show interfaces" or "show interfaces detail" or "show interfaces extensive" => ShowInterfaces.Parse(text, firstLine, report),
            "show ethernet-switching table" => EthernetSwitchingTable.Parse(text, firstLine, report),
            "show lldp neighbors" => LldpNeighbors.Parse(text, firstLine, report),
            "show vlans" => Vlans.Parse(text, firstLine, report),
            "show configuration" or "show config" => [Configuration.Parse(text, firstLine, report)],
            _ => null,
        };
}
