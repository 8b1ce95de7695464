namespace StateTrace.Engine.Parsing.Procurve;

/// <summary>
/// The ProCurve / AOS-Switch command parsers by command name, for reading one capture on its own
/// (<c>statetrace parse --platform hp_procurve --command "show interfaces brief" file.raw</c>).
/// </summary>
internal static class ProcurveCommands
{
    /// <summary>Canonical names of the commands read, each once.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "show version", "show system", "show running-config", "show interfaces brief", "show interfaces status", "show mac-address",
        "show vlans", "show lldp info remote-device detail", "show port-access clients",
    ];

    public static readonly string[] Config = ["show running-config", "show config", "show configuration"];
    public static readonly string[] Brief = ["show interfaces brief", "show interface brief"];
    public static readonly string[] Status = ["show interfaces status", "show interface status"];
    public static readonly string[] Macs = ["show mac-address", "show mac-address-table"];
    public static readonly string[] Vlans = ["show vlans", "show vlan"];
    public static readonly string[] System = ["show system", "show system information", "show system info"];

    /// <summary>The records one capture holds, or null when <paramref name="command"/> is not a command read here.</summary>
    public static IReadOnlyList<object>? Parse(string command, ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var canonical = CommandNames.Canonical(command);
        if (canonical == "show version")
        {
            return [ShowVersion.Parse(text, firstLine, report)];
        }

        if (Is(canonical, System))
        {
            return [ShowSystem.Parse(text, firstLine, report)];
        }

        if (Is(canonical, Config))
        {
            return [RunningConfig.Parse(text, firstLine, report)];
        }

        if (Is(canonical, Brief))
        {
            return InterfacesBrief.Parse(text, firstLine, report);
        }

        if (Is(canonical, Status))
        {
            return InterfacesStatus.Parse(text, firstLine, report);
        }

        if (Is(canonical, Macs))
        {
            return MacAddress.Parse(text, firstLine, report);
        }

        if (Is(canonical, Vlans))
        {
            return ShowVlans.Parse(text, firstLine, report);
        }

        return canonical switch
        {
            "show lldp info remote-device detail" => LldpRemoteDevice.Parse(text, firstLine, report),
            "show port-access clients" => PortAccessClients.Parse(text, firstLine, report),
            _ => null,
        };
    }

    private static bool Is(string canonical, string[] names) => Array.IndexOf(names, canonical) >= 0;
}
