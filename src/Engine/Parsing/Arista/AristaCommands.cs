namespace StateTrace.Engine.Parsing.Arista;

/// <summary>
/// The EOS command parsers by command name, for reading one capture on its own
/// (<c>statetrace parse --platform arista_eos --command "show interfaces status" file.raw</c>). Abbreviations are
/// expanded first, so <c>sh int status</c> works too.
/// </summary>
internal static class AristaCommands
{
    /// <summary>Canonical names of the commands read, each once.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "show version", "show running-config", "show interfaces status", "show interfaces", "show inventory",
        "show lldp neighbors detail", "show mac address-table", "show dot1x hosts", "show vlan",
    ];

    /// <summary>The records one capture holds, or null when <paramref name="command"/> is not a command read here.</summary>
    public static IReadOnlyList<object>? Parse(string command, ReadOnlySpan<char> text, long firstLine, ParseReport? report) =>
        CommandNames.Canonical(command) switch
        {
            "show version" => [ShowVersion.Parse(text, firstLine, report)],
            "show running-config" => [RunningConfigParser.Parse(text, firstLine, report)],
            "show interfaces status" or "show interface status" => ShowInterfacesStatus.Parse(text, firstLine, report),
            "show interfaces" or "show interface" => ShowInterfaces.Parse(text, firstLine, report),
            "show inventory" => Inventory.Parse(text, firstLine, report),
            "show lldp neighbors detail" => LldpNeighborsDetail.Parse(text, firstLine, report),
            "show mac address-table" or "show mac address-table dynamic" => MacAddressTable.Parse(text, firstLine, report),
            "show dot1x hosts" or "show dot1x host" => Dot1xHosts.Parse(text, firstLine, report),
            "show vlan" or "show vlan brief" => VlanBrief.Parse(text, firstLine, report),
            _ => null,
        };
}
