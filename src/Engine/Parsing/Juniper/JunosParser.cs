using StateTrace.Engine.Sites;
using static StateTrace.Engine.Parsing.SessionBlocks;

namespace StateTrace.Engine.Parsing.Juniper;

/// <summary>
/// Juniper Junos (<c>juniper_junos</c>): one interface per physical port of <c>show interfaces terse</c> or
/// <c>show interfaces</c> (<c>ge-0/0/0</c>, <c>xe-0/1/0</c>, <c>ae0</c>, <c>irb</c>; services and internal devices
/// left out), with its logical units (<c>ge-0/0/0.0</c>) folded into it: MACs learned on a unit, VLAN membership and
/// 802.1X configuration all join on the physical name.
/// </summary>
internal sealed class JunosParser : IDeviceParser
{
    public string Platform => Platforms.JuniperJunos;

    public void Parse(CapturedSession session, DeviceFacts facts)
    {
        var diagnostics = facts.Diagnostics;
        ParseReport report = (line, reason) => diagnostics.Add(session.Report(line, reason));

        facts.Make = "Juniper";
        facts.Platform = Platforms.JuniperJunos;

        var version = Run(session.Find("show version"), ShowVersion.Parse, report);
        var hardware = Run(session.Find("show chassis hardware"), ChassisHardware.Parse, report);
        var uptime = Run(session.Find("show system uptime"), SystemUptime.Parse, report);
        var config = Run(session.Find("show configuration", "show config"), Configuration.Parse, report);

        ChassisItem? chassis = null;
        foreach (var item in hardware ?? [])
        {
            if (item.Item == "Chassis")
            {
                chassis = item;
                break;
            }
        }

        facts.Hostname = FirstOf(session.Hostname, version?.Hostname, config?.Hostname);
        facts.Site = SiteNames.SiteOf(facts.Hostname);
        facts.Model = FirstOf(version?.Model, chassis?.Description);
        facts.Version = version?.Version ?? "";
        facts.Serial = FirstOf(chassis?.SerialNumber, version?.Serial);
        facts.Uptime = uptime?.Uptime ?? "";
        facts.Location = config?.Location ?? "";
        (facts.Building, facts.Floor, facts.Room, facts.Row, facts.Rack) = LocationParts.Parse(facts.Location);
        facts.AuthDefaultVlan = config?.AuthDefaultVlan ?? "";
        facts.AuthBlock = config?.AuthBlock ?? "";

        var terse = Run(session.Find("show interfaces terse"), InterfacesTerse.Parse, report);
        var detail = Detail(session, report);
        var vlans = Run(session.Find("show vlans"), Vlans.Parse, report);
        AddInterfaces(facts, terse, detail);
        ApplyConfig(facts, config, vlans, Routed(terse, detail));

        var macs = Run(session.Find("show ethernet-switching table"), EthernetSwitchingTable.Parse, report);
        AddMacs(facts, macs);

        foreach (var n in Run(session.Find("show lldp neighbors"), LldpNeighbors.Parse, report) ?? [])
        {
            facts.Neighbors.Add(new Neighbor("LLDP", n.LocalInterface, n.NeighborName, n.NeighborPortId, "", ""));
        }

        if (vlans is not null)
        {
            foreach (var vlan in vlans)
            {
                facts.Vlans.Add(new VlanEntry(vlan.Tag, vlan.Name, ""));
            }
        }
        else
        {
            foreach (var vlan in config?.Vlans ?? [])
            {
                facts.Vlans.Add(new VlanEntry(vlan.Id, vlan.Name, ""));
            }
        }
    }

    /// <summary>
    /// <c>show interfaces</c> in its default, <c>detail</c> or <c>extensive</c> form, and per-port captures such as
    /// <c>show interfaces ge-0/0/0</c>: all print the same <c>Physical interface:</c> blocks.
    /// </summary>
    private static List<JunosInterface>? Detail(CapturedSession session, ParseReport report)
    {
        List<JunosInterface>? rows = null;
        foreach (var block in session.Blocks)
        {
            var name = block.Canonical.AsSpan();
            if (!name.StartsWith("show interfaces", StringComparison.Ordinal))
            {
                continue;
            }

            var rest = name["show interfaces".Length..].Trim();
            var argument = DeviceText.FirstToken(rest);
            var detailForm = rest.IsEmpty || argument.SequenceEqual("detail") || argument.SequenceEqual("extensive")
                || JunosText.IsPort(JunosText.Physical(argument)) || argument.Contains('-');
            if (detailForm && !argument.SequenceEqual("terse") && !argument.SequenceEqual("descriptions"))
            {
                (rows ??= []).AddRange(ShowInterfaces.Parse(block.Text.Span, block.FirstLine, report));
            }
        }

        return rows;
    }

    private static string Status(string admin, string link) =>
        admin.Equals("down", StringComparison.OrdinalIgnoreCase) || admin.StartsWith("Administratively", StringComparison.OrdinalIgnoreCase)
            ? "disabled"
            : link.ToLowerInvariant();

    private static void AddInterfaces(DeviceFacts facts, List<TerseRow>? terse, List<JunosInterface>? detail)
    {
        var byPort = new Dictionary<string, InterfaceFacts>(StringComparer.Ordinal);
        foreach (var row in terse ?? [])
        {
            if (row.Interface.Contains('.') || !JunosText.IsPort(row.Interface) || byPort.ContainsKey(row.Interface))
            {
                continue;
            }

            Add(facts, byPort, row.Interface).Status = Status(row.Admin, row.Link);
        }

        foreach (var row in detail ?? [])
        {
            if (row.Interface.Contains('.') || !JunosText.IsPort(row.Interface))
            {
                continue;
            }

            if (!byPort.TryGetValue(row.Interface, out var port))
            {
                port = Add(facts, byPort, row.Interface);
                port.Status = Status(row.AdminState, row.LinkStatus);
            }

            port.Description = row.Description;
            port.Speed = row.Speed;
            port.Duplex = row.Duplex;
            port.InterfaceMac = row.MacAddress;
        }
    }

    private static InterfaceFacts Add(DeviceFacts facts, Dictionary<string, InterfaceFacts> byPort, string name)
    {
        var port = new InterfaceFacts { Port = name, PortSort = PortSort.KeyOf(name) };
        byPort[name] = port;
        facts.Interfaces.Add(port);
        return port;
    }

    // A port with an address on one of its units is routed: terse shows the inet family, detail the unit's address.
    private static HashSet<string> Routed(List<TerseRow>? terse, List<JunosInterface>? detail)
    {
        var routed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in terse ?? [])
        {
            if (row.Proto is "inet" or "inet6" && row.Interface.Contains('.'))
            {
                routed.Add(JunosText.Physical(row.Interface).ToString());
            }
        }

        foreach (var row in detail ?? [])
        {
            if (row.Local.Length > 0 && row.Interface.Contains('.'))
            {
                routed.Add(JunosText.Physical(row.Interface).ToString());
            }
        }

        return routed;
    }

    private static void ApplyConfig(DeviceFacts facts, JunosConfiguration? config, List<JunosVlan>? vlans, HashSet<string> routed)
    {
        var blocks = new Dictionary<string, JunosInterfaceConfig>(StringComparer.Ordinal);
        foreach (var block in config?.Interfaces ?? [])
        {
            blocks.TryAdd(block.Interface, block);
        }

        // Without configuration, the VLAN comes from show vlans membership: one VLAN is the access VLAN, more a trunk.
        var memberOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var vlan in vlans ?? [])
        {
            foreach (var member in vlan.Interfaces)
            {
                var physical = JunosText.Physical(member.AsSpan().TrimEnd('*')).ToString();
                if (!memberOf.TryGetValue(physical, out var tags))
                {
                    memberOf[physical] = tags = [];
                }

                tags.Add(vlan.Tag.Length > 0 ? vlan.Tag : vlan.Name);
            }
        }

        foreach (var port in facts.Interfaces)
        {
            if (blocks.TryGetValue(port.Port, out var block))
            {
                port.Config = block.Config;
                port.AuthTemplate = block.AuthTemplate;
                port.Vlan = block.Vlan;
                if (port.Description.Length == 0)
                {
                    port.Description = block.Description;
                }
            }

            if (port.Vlan.Length == 0 && memberOf.TryGetValue(port.Port, out var tags))
            {
                port.Vlan = tags.Count == 1 ? tags[0] : "trunk";
            }

            if (port.Vlan.Length == 0 && routed.Contains(port.Port))
            {
                port.Vlan = "routed";
            }

            port.Name = port.Description.Length > 0 ? port.Description : port.Port;
        }
    }

    private static void AddMacs(DeviceFacts facts, List<SwitchingTableRow>? rows)
    {
        if (rows is null)
        {
            return;
        }

        var learned = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var port in row.Ports)
            {
                facts.MacEntries.Add(new MacEntry(row.Vlan, row.Mac, row.Type, port));
                var physical = JunosText.Physical(port).ToString();
                if (!learned.TryGetValue(physical, out var list))
                {
                    learned[physical] = list = [];
                }

                list.Add(row.Mac);
            }
        }

        foreach (var port in facts.Interfaces)
        {
            if (learned.TryGetValue(port.Port, out var list))
            {
                port.LearnedMacs = JoinDistinct(list);
                if (port.InterfaceMac.Length == 0)
                {
                    port.InterfaceMac = list[0]; // the original's rule when the port's own address was not captured
                }
            }
        }
    }

    // A MAC learned on two units of one port (ge-0/0/0.0 and ge-0/0/0.100) is listed once.
    private static string JoinDistinct(List<string> macs)
    {
        if (macs.Count == 1)
        {
            return macs[0];
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var distinct = new List<string>(macs.Count);
        foreach (var mac in macs)
        {
            if (seen.Add(mac))
            {
                distinct.Add(mac);
            }
        }

        return string.Join(',', distinct);
    }
}
