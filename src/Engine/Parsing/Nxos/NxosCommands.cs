namespace StateTrace.Engine.Parsing.Nxos;

/// <summary>
/// The NX-OS command parsers by command name, for reading one capture on its own
/// (<c>statetrace parse --platform cisco_nxos --command "show interface status" file.raw</c>). Abbreviations are
/// expanded first; <c>show interface</c> and <c>show interfaces</c> are the same command on NX-OS.
/// </summary>
internal static class NxosCommands
{
    /// <summary>Canonical names of the commands read, each once.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "show version", "show running-config", "show interface status", "show interface brief", "show cdp neighbors detail",
        "show lldp neighbors detail", "show mac address-table", "show vlan brief",
    ];

    /// <summary>The records one capture holds, or null when <paramref name="command"/> is not a command read here.</summary>
    public static IReadOnlyList<object>? Parse(string command, ReadOnlySpan<char> text, long firstLine, ParseReport? report) =>
        CommandNames.Canonical(command) switch
        {
            "show version" => [ShowVersion.Parse(text, firstLine, report)],
            "show running-config" => [RunningConfigParser.Parse(text, firstLine, report)],
            "show interface status" or "show interfaces status" => ShowInterfaceStatus.Parse(text, firstLine, report),
            "show interface brief" or "show interfaces brief" => ShowInterfaceBrief.Parse(text, firstLine, report),
            "show cdp neighbors detail" => CdpNeighborsDetail.Parse(text, firstLine, report),
            "show lldp neighbors detail" => LldpNeighborsDetail.Parse(text, firstLine, report),
            "show mac address-table" or "show mac address-table dynamic" => MacAddressTable.Parse(text, firstLine, report),
            "show vlan brief" or "show vlan" => VlanBrief.Parse(text, firstLine, report),
            _ => null,
        };
}
