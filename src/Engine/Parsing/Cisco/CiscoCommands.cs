namespace StateTrace.Engine.Parsing.Cisco;

/// <summary>
/// The command parsers by command name, for reading one capture on its own
/// (<c>statetrace parse --platform cisco_ios --command "show interfaces status" file.raw</c>). Abbreviations are
/// expanded first, so <c>sh int status</c> works too.
/// </summary>
internal static class CiscoCommands
{
    /// <summary>Canonical names of the commands read, each once.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "show version", "show running-config", "show interfaces status", "show mac address-table",
        "show authentication sessions", "show access-session", "show cdp neighbors detail", "show lldp neighbors detail",
        "show spanning-tree", "show vlan brief", "show vlan", "show interfaces",
    ];

    /// <summary>The records one capture holds, or null when <paramref name="command"/> is not a command read here.</summary>
    public static IReadOnlyList<object>? Parse(string command, ReadOnlySpan<char> text, long firstLine, ParseReport? report) =>
        CommandNames.Canonical(command) switch
        {
            "show version" => [ShowVersion.Parse(text, firstLine, report)],
            "show running-config" => [RunningConfigParser.Parse(text, firstLine, report)],
            "show interfaces status" or "show interface status" => ShowInterfacesStatus.Parse(text, firstLine, report),
            "show mac address-table" or "show mac-address-table" => MacAddressTable.Parse(text, firstLine, report),
            "show authentication sessions" or "show authentication session" or "show access-session" =>
                AuthSessions.Parse(text, firstLine, report),
            "show cdp neighbors detail" => CdpNeighborsDetail.Parse(text, firstLine, report),
            "show lldp neighbors detail" => LldpNeighborsDetail.Parse(text, firstLine, report),
            "show spanning-tree" => SpanningTree.Parse(text, firstLine, report),
            "show vlan brief" or "show vlan" => VlanBrief.Parse(text, firstLine, report),
            "show interfaces" or "show interface" => ShowInterfaces.Parse(text, firstLine, report),
            _ => null,
        };
}
