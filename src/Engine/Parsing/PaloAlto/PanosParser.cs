using StateTrace.Engine.Sites;
using static StateTrace.Engine.Parsing.SessionBlocks;

namespace StateTrace.Engine.Parsing.PaloAlto;

/// <summary>
/// Palo Alto Networks PAN-OS (<c>paloalto_panos</c>): one interface per row of <c>show interface all</c>, the
/// hardware table first (<c>ethernet1/1</c>, <c>ae1</c>, <c>ha1-a</c>, <c>loopback</c>) then the logical-only ones
/// (<c>ethernet1/8.81</c>, <c>loopback.99</c>, <c>tunnel.1</c>). A logical row gives its port the VLAN tag, or
/// <c>routed</c> when it holds an address. The running configuration (<c>show config running</c>) gives each interface
/// its description (the interface <c>comment</c>, the only place PAN-OS keeps one) and its configuration; without
/// <c>show interface all</c> it lists the interfaces itself. Routes (<c>show routing route</c>) are read by the
/// command parser but are not device facts.
/// </summary>
internal sealed class PanosParser : IDeviceParser
{
    public string Platform => Platforms.PaloAltoPanos;

    public void Parse(CapturedSession session, DeviceFacts facts)
    {
        var diagnostics = facts.Diagnostics;
        ParseReport report = (line, reason) => diagnostics.Add(session.Report(line, reason));

        facts.Make = "Palo Alto Networks";
        facts.Platform = Platforms.PaloAltoPanos;

        var info = Run(session.Find("show system info"), SystemInfo.Parse, report);
        facts.Hostname = FirstOf(session.Hostname, info?.Hostname);
        facts.Site = SiteNames.SiteOf(facts.Hostname);
        if (info is not null)
        {
            facts.Model = info.Model;
            facts.Version = info.Version;
            facts.Serial = info.Serial;
            facts.Uptime = info.Uptime;
            facts.Location = info.Location;
            (facts.Building, facts.Floor, facts.Room, facts.Row, facts.Rack) = LocationParts.Parse(info.Location);
        }

        AddInterfaces(facts, Run(session.Find("show interface all", "show interfaces all"), InterfaceAll.Parse, report));
        ApplyConfig(facts, Run(session.Find("show config running"), ConfigRunning.Parse, report));
        AddMacs(facts, Run(session.Find("show mac all"), MacAll.Parse, report));

        foreach (var n in Run(session.Find("show lldp neighbors all"), LldpNeighborsAll.Parse, report) ?? [])
        {
            if (n.ChassisId.Length > 0)
            {
                facts.Neighbors.Add(new Neighbor("LLDP", n.LocalInterface, n.NeighborName, n.NeighborPortId, n.SystemDescription, n.MgmtAddress));
            }
        }
    }

    // "[n/a]" (aggregates, loopbacks) and "ukn" (no link) say there is no value.
    private static string Value(string printed) => printed is "[n/a]" or "ukn" or "N/A" ? "" : printed;

    private static void AddInterfaces(DeviceFacts facts, List<PanosInterface>? rows)
    {
        var byPort = new Dictionary<string, InterfaceFacts>(StringComparer.Ordinal);
        foreach (var row in rows ?? [])
        {
            var hardware = row.MacAddress.Length > 0;
            if (!byPort.TryGetValue(row.Interface, out var port))
            {
                port = new InterfaceFacts { Port = row.Interface, PortSort = PortSort.KeyOf(row.Interface), Name = row.Interface };
                byPort[row.Interface] = port;
                facts.Interfaces.Add(port);
            }

            if (hardware)
            {
                var paren = row.State.IndexOf('(', StringComparison.Ordinal);
                port.Status = paren > 0 ? row.State[..paren] : row.State; // "down((autoneg))"
                port.Speed = Value(row.Speed);
                port.Duplex = Value(row.Duplex);
                port.InterfaceMac = row.MacAddress;
                continue;
            }

            if (row.Tag.Length > 0 && row.Tag != "0")
            {
                port.Vlan = row.Tag;
            }
            else if (row.Addresses.Count > 0 && Value(row.Addresses[0]).Length > 0)
            {
                port.Vlan = "routed";
            }
        }
    }

    private static void ApplyConfig(DeviceFacts facts, List<PanosInterfaceConfig>? configured)
    {
        if (configured is null)
        {
            return;
        }

        var listed = facts.Interfaces.Count > 0;
        var byPort = new Dictionary<string, InterfaceFacts>(StringComparer.Ordinal);
        foreach (var port in facts.Interfaces)
        {
            byPort.TryAdd(port.Port, port);
        }

        foreach (var entry in configured)
        {
            if (!byPort.TryGetValue(entry.Interface, out var port))
            {
                if (listed)
                {
                    continue; // show interface all is the list of ports; a configured one it lacks is not in service
                }

                port = new InterfaceFacts { Port = entry.Interface, PortSort = PortSort.KeyOf(entry.Interface) };
                byPort[entry.Interface] = port;
                facts.Interfaces.Add(port);
            }

            port.Description = entry.Comment;
            port.Config = entry.Config;
        }

        foreach (var port in facts.Interfaces)
        {
            port.Name = port.Description.Length > 0 ? port.Description : port.Port;
        }
    }

    private static void AddMacs(DeviceFacts facts, List<PanosMacRow>? rows)
    {
        if (rows is null)
        {
            return;
        }

        var byPort = new Dictionary<string, InterfaceFacts>(StringComparer.Ordinal);
        foreach (var port in facts.Interfaces)
        {
            byPort.TryAdd(port.Port, port);
        }

        var learned = new Dictionary<InterfaceFacts, List<string>>();
        foreach (var row in rows)
        {
            foreach (var name in row.Ports)
            {
                facts.MacEntries.Add(new MacEntry(row.Vlan, row.Mac, row.Status, name));

                // A subinterface without a row of its own counts for its parent (ethernet1/2.110 → ethernet1/2).
                if (!byPort.TryGetValue(name, out var port))
                {
                    var dot = name.LastIndexOf('.');
                    if (dot <= 0 || !byPort.TryGetValue(name[..dot], out port))
                    {
                        continue;
                    }
                }

                if (!learned.TryGetValue(port, out var macs))
                {
                    learned[port] = macs = [];
                }

                if (!macs.Contains(row.Mac))
                {
                    macs.Add(row.Mac);
                }
            }
        }

        foreach (var (port, macs) in learned)
        {
            port.LearnedMacs = string.Join(',', macs);
        }
    }
}
