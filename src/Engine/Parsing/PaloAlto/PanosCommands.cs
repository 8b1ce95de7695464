namespace StateTrace.Engine.Parsing.PaloAlto;

/// <summary>
/// The PAN-OS command parsers by command name, for reading one capture on its own
/// (<c>statetrace parse --platform paloalto_panos --command "show interface all" file.raw</c>).
/// </summary>
internal static class PanosCommands
{
    /// <summary>Canonical names of the commands read, each once.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["show system info", "show config running", "show interface all", "show mac all", "show lldp neighbors all", "show routing route"];

    /// <summary>The records one capture holds, or null when <paramref name="command"/> is not a command read here.</summary>
    public static IReadOnlyList<object>? Parse(string command, ReadOnlySpan<char> text, long firstLine, ParseReport? report) =>
        CommandNames.Canonical(command) switch
        {
            "show system info" => [SystemInfo.Parse(text, firstLine, report)],
            "show config running" => ConfigRunning.Parse(text, firstLine, report),
            "show interface all" or "show interfaces all" => InterfaceAll.Parse(text, firstLine, report),
            "show mac all" => MacAll.Parse(text, firstLine, report),
            "show lldp neighbors all" => LldpNeighborsAll.Parse(text, firstLine, report),
            "show routing route" => RoutingRoute.Parse(text, firstLine, report),
            _ => null,
        };
}
