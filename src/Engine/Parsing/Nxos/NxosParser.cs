using StateTrace.Engine.Sites;

namespace StateTrace.Engine.Parsing.Nxos;

/// <summary>
/// Cisco NX-OS (<c>cisco_nxos</c>): reads each captured command with its own parser and joins them per port by the
/// port's short name (<c>Ethernet1/1</c> and <c>Eth1/1</c> are one port). One interface per
/// <c>show interface status</c> row, or per <c>show interface brief</c> row when the status table was not captured.
/// NX-OS prints <c>--</c> for "none"; in the facts that is an empty value.
/// </summary>
internal sealed class NxosParser : IDeviceParser
{
    public string Platform => Platforms.CiscoNxos;

    public void Parse(CapturedSession session, DeviceFacts facts)
    {
        var diagnostics = facts.Diagnostics;
        ParseReport report = (line, reason) => diagnostics.Add(session.Report(line, reason));

        facts.Make = "Cisco";
        facts.Platform = Platforms.CiscoNxos;

        var version = Run(session.Find("show version"), ShowVersion.Parse, report);
        var config = Run(session.Find("show running-config"), RunningConfigParser.Parse, report);

        facts.Hostname = FirstOf(session.Hostname, version?.Hostname, config?.Hostname);
        facts.Site = SiteNames.SiteOf(facts.Hostname);
        if (version is not null)
        {
            (facts.Version, facts.Model, facts.Serial, facts.Uptime) = (version.Version, version.Model, version.Serial, version.Uptime);
        }

        if (config is not null)
        {
            facts.Location = config.Location;
            (facts.Building, facts.Floor, facts.Room, facts.Row, facts.Rack) = LocationParts.Parse(config.Location);
            facts.AuthBlock = config.AuthBlock;
        }

        var status = Run(session.Find("show interface status", "show interfaces status"), ShowInterfaceStatus.Parse, report);
        var brief = Run(session.Find("show interface brief", "show interfaces brief"), ShowInterfaceBrief.Parse, report);
        AddInterfaces(facts, status, brief, config);

        var macs = Run(session.Find("show mac address-table", "show mac address-table dynamic"), MacAddressTable.Parse, report);
        if (macs is not null)
        {
            AddMacs(facts, macs);
        }

        foreach (var n in Run(session.Find("show cdp neighbors detail"), CdpNeighborsDetail.Parse, report) ?? [])
        {
            facts.Neighbors.Add(new Neighbor(
                "CDP", PortNames.Short(n.LocalInterface), n.NeighborName.Length > 0 ? n.NeighborName : n.ChassisId, n.NeighborInterface,
                n.Platform, n.MgmtAddress.Length > 0 ? n.MgmtAddress : n.InterfaceAddress));
        }

        foreach (var n in Run(session.Find("show lldp neighbors detail"), LldpNeighborsDetail.Parse, report) ?? [])
        {
            facts.Neighbors.Add(new Neighbor(
                "LLDP", PortNames.Short(n.LocalInterface), n.NeighborName.Length > 0 ? n.NeighborName : n.ChassisId, n.NeighborPortId,
                n.SystemDescription, n.MgmtAddress));
        }

        foreach (var vlan in Run(session.Find("show vlan brief", "show vlan"), VlanBrief.Parse, report) ?? [])
        {
            facts.Vlans.Add(new VlanEntry(vlan.VlanId, vlan.Name, vlan.Status));
        }
    }

    private delegate T BlockParser<out T>(ReadOnlySpan<char> text, long firstLine, ParseReport? report);

    private static T? Run<T>(CommandBlock? block, BlockParser<T> parser, ParseReport report)
        where T : class =>
        block is null ? null : parser(block.Text.Span, block.FirstLine, report);

    private static string FirstOf(params ReadOnlySpan<string?> values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }

        return "";
    }

    private static string Value(string printed) => printed == "--" ? "" : printed;

    private static void AddInterfaces(DeviceFacts facts, List<NxosInterfaceStatusRow>? rows, List<NxosInterfaceBriefRow>? brief, NxosRunningConfig? config)
    {
        var blocks = new Dictionary<string, NxosInterfaceConfig>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in config?.Interfaces ?? [])
        {
            blocks.TryAdd(PortNames.Short(block.Interface), block);
        }

        if (rows is not null)
        {
            foreach (var row in rows)
            {
                var port = Add(facts, row.Port, Value(row.Name), blocks);
                (port.Status, port.Vlan, port.Duplex, port.Speed, port.Type) =
                    (row.Status, Value(row.Vlan), Value(row.Duplex), Value(row.Speed), Value(row.Type));
            }

            return;
        }

        foreach (var row in brief ?? [])
        {
            var port = Add(facts, row.Interface, Value(row.Description), blocks);
            port.Status = row.Status;
            port.Speed = Value(row.Speed);
            port.Vlan = row.Mode is "routed" or "trunk" ? row.Mode : Value(row.Vlan);
        }
    }

    private static InterfaceFacts Add(DeviceFacts facts, string portName, string tableName, Dictionary<string, NxosInterfaceConfig> blocks)
    {
        blocks.TryGetValue(PortNames.Short(portName), out var block);
        var description = block?.Description ?? "";
        var port = new InterfaceFacts
        {
            Port = portName,
            PortSort = PortSort.KeyOf(portName),
            Name = description.Length > 0 ? description : tableName,
            Description = description,
            AuthTemplate = block?.AuthTemplate ?? "",
            Config = block?.Config ?? "",
        };
        facts.Interfaces.Add(port);
        return port;
    }

    private static void AddMacs(DeviceFacts facts, List<NxosMacRow> rows)
    {
        var learned = new Dictionary<string, List<NxosMacRow>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var key = PortNames.Short(row.Ports);
            facts.MacEntries.Add(new MacEntry(row.Vlan, row.Mac, row.Type, key));
            if (!learned.TryGetValue(key, out var list))
            {
                learned[key] = list = [];
            }

            list.Add(row);
        }

        foreach (var port in facts.Interfaces)
        {
            if (!learned.TryGetValue(PortNames.Short(port.Port), out var list))
            {
                continue;
            }

            port.InterfaceMac = list[0].Mac;
            port.AuthVlan = list[0].Vlan;
            port.LearnedMacs = JoinDistinct(list);
        }
    }

    private static string JoinDistinct(List<NxosMacRow> rows)
    {
        if (rows.Count == 1)
        {
            return rows[0].Mac;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var macs = new List<string>(rows.Count);
        foreach (var row in rows)
        {
            if (seen.Add(row.Mac))
            {
                macs.Add(row.Mac);
            }
        }

        return string.Join(',', macs);
    }
}
