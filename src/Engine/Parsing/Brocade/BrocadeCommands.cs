namespace StateTrace.Engine.Parsing.Brocade;

/// <summary>
/// The FastIron/ICX command parsers by command name, for reading one capture on its own
/// (<c>statetrace parse --platform brocade_fastiron --command "show interfaces brief" file.raw</c>).
/// </summary>
internal static class BrocadeCommands
{
    /// <summary>Canonical names of the commands read, each once.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "show version", "show running-config", "show interfaces brief", "show interfaces", "show mac-address",
        "show lldp neighbors detail", "show vlan", "show authentication sessions all", "show dot1x sessions all",
        "show mac-authentication sessions all",
    ];

    /// <summary>The canonical names under which each command's block may be captured, most specific first.</summary>
    public static readonly string[] Config = ["show running-config", "show config", "show configuration"];
    public static readonly string[] Brief = ["show interfaces brief", "show interface brief"];
    public static readonly string[] Interfaces = ["show interfaces", "show interface"];
    public static readonly string[] Macs = ["show mac-address", "show mac-address-table", "show mac address-table"];
    public static readonly string[] Unified = ["show authentication sessions all", "show authentication sessions"];
    public static readonly string[] Dot1x = ["show dot1x sessions all", "show dot1x sessions"];
    public static readonly string[] MacAuth = ["show mac-authentication sessions all", "show mac-authentication sessions"];

    /// <summary>The records one capture holds, or null when <paramref name="command"/> is not a command read here.</summary>
    public static IReadOnlyList<object>? Parse(string command, ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var canonical = CommandNames.Canonical(command);
        if (canonical == "show version")
        {
            return [ShowVersion.Parse(text, firstLine, report)];
        }

        if (Is(canonical, Config))
        {
            return [RunningConfig.Parse(text, firstLine, report)];
        }

        if (Is(canonical, Brief))
        {
            return InterfacesBrief.Parse(text, firstLine, report);
        }

        if (Is(canonical, Interfaces))
        {
            return ShowInterfaces.Parse(text, firstLine, report);
        }

        if (Is(canonical, Macs))
        {
            return MacAddress.Parse(text, firstLine, report);
        }

        if (Is(canonical, Unified))
        {
            return AuthenticationSessions.Parse(text, firstLine, report);
        }

        if (Is(canonical, Dot1x))
        {
            return Dot1xSessions.Parse(text, firstLine, report);
        }

        if (Is(canonical, MacAuth))
        {
            return MacAuthSessions.Parse(text, firstLine, report);
        }

        return canonical switch
        {
            "show lldp neighbors detail" => LldpNeighborsDetail.Parse(text, firstLine, report),
            "show vlan" => ShowVlan.Parse(text, firstLine, report),
            _ => null,
        };
    }

    private static bool Is(string canonical, string[] names) => Array.IndexOf(names, canonical) >= 0;
}
