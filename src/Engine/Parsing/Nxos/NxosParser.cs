using StateTrace.Engine.Sites;
using static StateTrace.Engine.Parsing.SessionBlocks;

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

        PortJoin.AddVlans(facts, Run(session.Find("show vlan brief", "show vlan"), VlanBrief.Parse, report));
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
        var port = PortJoin.Port(portName, tableName, block?.Description ?? "");
        (port.AuthTemplate, port.Config) = (block?.AuthTemplate ?? "", block?.Config ?? "");
        facts.Interfaces.Add(port);
        return port;
    }

    private static void AddMacs(DeviceFacts facts, List<NxosMacRow> rows)
    {
        var learned = new PortJoin.LearnedMacs();
        foreach (var row in rows)
        {
            learned.Add(facts, row.Vlan, row.Mac, row.Type, PortNames.Short(row.Ports));
        }

        learned.ApplyTo(facts, PortNames.Short);
    }
}
