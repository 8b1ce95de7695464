using StateTrace.Engine.Sites;
using static StateTrace.Engine.Parsing.SessionBlocks;

namespace StateTrace.Engine.Parsing.Arista;

/// <summary>
/// Arista EOS (<c>arista_eos</c>): reads each captured command with its own parser and joins them per port by the
/// port's short name (<c>Ethernet1</c> and <c>Et1</c> are one port). One interface per <c>show interfaces status</c>
/// row, or per physical interface of <c>show interfaces</c> when the status table was not captured. An empty or
/// missing block is less information, never a failure (the original crashed on empty sections).
/// </summary>
internal sealed class AristaEosParser : IDeviceParser
{
    public string Platform => Platforms.AristaEos;

    public void Parse(CapturedSession session, DeviceFacts facts)
    {
        var diagnostics = facts.Diagnostics;
        ParseReport report = (line, reason) => diagnostics.Add(session.Report(line, reason));

        facts.Make = "Arista";
        facts.Platform = Platforms.AristaEos;

        var version = Run(session.Find("show version"), ShowVersion.Parse, report);
        var config = Run(session.Find("show running-config"), RunningConfigParser.Parse, report);
        var inventory = Run(session.Find("show inventory"), Inventory.Parse, report);
        var system = SystemItem(inventory);

        facts.Hostname = FirstOf(session.Hostname, config?.Hostname);
        facts.Site = SiteNames.SiteOf(facts.Hostname);
        facts.Model = FirstOf(version?.Model, system?.Model);
        facts.Serial = FirstOf(version?.Serial, system?.Serial);
        facts.Version = version?.Version ?? "";
        facts.Uptime = version?.Uptime ?? "";
        if (config is not null)
        {
            facts.Location = config.Location;
            (facts.Building, facts.Floor, facts.Room, facts.Row, facts.Rack) = LocationParts.Parse(config.Location);
            facts.AuthDefaultVlan = config.AuthDefaultVlan;
            facts.AuthBlock = config.AuthBlock;
        }

        var status = Run(session.Find("show interfaces status", "show interface status"), ShowInterfacesStatus.Parse, report);
        var counters = Run(session.Find("show interfaces", "show interface"), ShowInterfaces.Parse, report);
        AddInterfaces(facts, status, config, counters);

        var macs = Run(session.Find("show mac address-table", "show mac address-table dynamic"), MacAddressTable.Parse, report);
        if (macs is not null)
        {
            AddMacs(facts, macs);
        }

        var hosts = Run(session.Find("show dot1x hosts", "show dot1x host"), Dot1xHosts.Parse, report);
        if (hosts is not null)
        {
            ApplyDot1xHosts(facts, hosts);
        }

        foreach (var n in Run(session.Find("show lldp neighbors detail"), LldpNeighborsDetail.Parse, report) ?? [])
        {
            facts.Neighbors.Add(new Neighbor(
                "LLDP", PortNames.Short(n.LocalInterface), n.NeighborName.Length > 0 ? n.NeighborName : n.ChassisId, n.NeighborPortId,
                n.SystemDescription, n.MgmtAddress));
        }

        PortJoin.AddVlans(facts, Run(session.Find("show vlan", "show vlan brief"), VlanBrief.Parse, report));
    }

    private static AristaInventoryItem? SystemItem(List<AristaInventoryItem>? inventory)
    {
        foreach (var item in inventory ?? [])
        {
            if (item.Kind == AristaInventoryKind.System)
            {
                return item;
            }
        }

        return null;
    }

    private static void AddInterfaces(
        DeviceFacts facts, List<AristaInterfaceStatusRow>? rows, AristaRunningConfig? config, List<AristaInterfaceRow>? counters)
    {
        var blocks = new Dictionary<string, AristaInterfaceConfig>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in config?.Interfaces ?? [])
        {
            blocks.TryAdd(PortNames.Short(block.Interface), block);
        }

        var details = new Dictionary<string, AristaInterfaceRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var counter in counters ?? [])
        {
            details.TryAdd(PortNames.Short(counter.Interface), counter);
        }

        if (rows is not null)
        {
            foreach (var row in rows)
            {
                var port = Add(facts, row.Port, blocks, details, row.Name);
                (port.Status, port.Vlan, port.Duplex, port.Speed, port.Type) = (row.Status, row.Vlan, row.Duplex, row.Speed, row.Type);
            }

            return;
        }

        // No status table: the ports of show interfaces that the status table would have listed.
        foreach (var counter in counters ?? [])
        {
            var name = PortNames.Short(counter.Interface);
            if (!IsSwitchPort(name))
            {
                continue;
            }

            var port = Add(facts, name, blocks, details, "");
            port.Status = StatusWord(counter);
            (port.Duplex, port.Speed) = (counter.Duplex, counter.Speed);
        }
    }

    private static InterfaceFacts Add(
        DeviceFacts facts, string portName, Dictionary<string, AristaInterfaceConfig> blocks, Dictionary<string, AristaInterfaceRow> details, string tableName)
    {
        var key = PortNames.Short(portName);
        blocks.TryGetValue(key, out var block);
        var description = block?.Description ?? "";
        if (description.Length == 0 && details.TryGetValue(key, out var detail))
        {
            description = detail.Description;
        }

        var port = PortJoin.Port(portName, tableName, description);
        (port.AuthTemplate, port.Config) = (block?.AuthTemplate ?? "", block?.Config ?? "");
        facts.Interfaces.Add(port);
        return port;
    }

    private static bool IsSwitchPort(string shortName) =>
        shortName.StartsWith("Et", StringComparison.Ordinal) || shortName.StartsWith("Po", StringComparison.Ordinal)
        || shortName.StartsWith("Ma", StringComparison.Ordinal);

    // "up (connected)" → connected, the word the status table prints; else the link state.
    private static string StatusWord(AristaInterfaceRow row)
    {
        var protocol = row.ProtocolStatus.AsSpan();
        var open = protocol.IndexOf('(');
        var close = protocol.LastIndexOf(')');
        return open >= 0 && close > open + 1 ? protocol[(open + 1)..close].ToString() : row.LinkStatus;
    }

    private static void AddMacs(DeviceFacts facts, List<AristaMacRow> rows)
    {
        var learned = new PortJoin.LearnedMacs();
        foreach (var row in rows)
        {
            // Multicast rows are flood lists, not addresses learned on a port.
            if (row.Multicast)
            {
                continue;
            }

            foreach (var port in row.Ports)
            {
                learned.Add(facts, row.Vlan, row.Mac, row.Type, PortNames.Short(port));
            }
        }

        learned.ApplyTo(facts, PortNames.Short);
    }

    // The first supplicant per port; ports without one keep empty auth fields (nothing was captured about them).
    private static void ApplyDot1xHosts(DeviceFacts facts, List<AristaDot1xHostRow> rows)
    {
        var first = new Dictionary<string, AristaDot1xHostRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            first.TryAdd(PortNames.Short(row.Port), row);
        }

        foreach (var port in facts.Interfaces)
        {
            if (first.TryGetValue(PortNames.Short(port.Port), out var host))
            {
                port.AuthState = host.AuthState;
                port.AuthMode = host.AuthMode;
                port.AuthClientMac = host.SupplicantMac;
                if (host.Vlan.Length > 0)
                {
                    port.AuthVlan = host.Vlan;
                }
            }
        }
    }
}
