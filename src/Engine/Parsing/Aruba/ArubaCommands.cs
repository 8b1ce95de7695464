namespace StateTrace.Engine.Parsing.Aruba;

/// <summary>
/// The AOS-CX command parsers by command name, for reading one capture on its own
/// (<c>statetrace parse --platform aruba_aoscx --command "show interface" file.raw</c>). Abbreviations are expanded
/// first; both <c>neighbor-info</c> (what the CLI takes) and <c>neighbors-info</c> are accepted.
/// </summary>
internal static class ArubaCommands
{
    /// <summary>Canonical names of the commands read, each once (<c>neighbors-info</c> as ntc names it; the CLI types <c>neighbor-info</c>).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "show system", "show version", "show interface", "show interface brief", "show mac-address-table", "show vlan",
        "show lldp neighbors-info detail", "show aaa authentication port-access interface all client-status", "show running-config",
    ];

    /// <summary>The records one capture holds, or null when <paramref name="command"/> is not a command read here.</summary>
    public static IReadOnlyList<object>? Parse(string command, ReadOnlySpan<char> text, long firstLine, ParseReport? report) =>
        CommandNames.Canonical(command) switch
        {
            "show system" => [ShowSystem.Parse(text, firstLine, report)],
            "show version" => [ShowVersion.Parse(text, firstLine, report)],
            "show interface" or "show interfaces" => ShowInterface.Parse(text, firstLine, report),
            "show interface brief" or "show interfaces brief" => ShowInterfaceBrief.Parse(text, firstLine, report),
            "show mac-address-table" or "show mac address-table" => MacAddressTable.Parse(text, firstLine, report),
            "show vlan" or "show vlans" => VlanTable.Parse(text, firstLine, report),
            "show lldp neighbor-info detail" or "show lldp neighbors-info detail" => LldpNeighborInfo.Parse(text, firstLine, report),
            "show aaa authentication port-access interface all client-status" => PortAccessClients.Parse(text, firstLine, report),
            "show running-config" => [RunningConfig.Parse(text, firstLine, report)],
            _ => null,
        };
}
