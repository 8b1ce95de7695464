using StateTrace.Engine.Sites;
using static StateTrace.Engine.Parsing.SessionBlocks;

namespace StateTrace.Engine.Parsing.Brocade;

/// <summary>
/// Brocade and Ruckus FastIron / ICX (<c>brocade_fastiron</c>): reads each captured command with its own parser and
/// joins them per port by the table form of the port (<c>1/1/1</c>). One interface per <c>show interfaces brief</c>
/// row; without that table, per <c>show interfaces</c> block, else per configured interface. Any block may be missing
/// or empty: less information, never a failure.
/// </summary>
internal sealed class BrocadeFastIronParser : IDeviceParser
{
    public string Platform => Platforms.BrocadeFastIron;

    public void Parse(CapturedSession session, DeviceFacts facts)
    {
        var diagnostics = facts.Diagnostics;
        ParseReport report = (line, reason) => diagnostics.Add(session.Report(line, reason));

        facts.Platform = Platforms.BrocadeFastIron;
        var version = Run(session.Find("show version"), ShowVersion.Parse, report);
        var config = Run(session.Find(BrocadeCommands.Config), RunningConfig.Parse, report);

        facts.Make = version?.Make ?? "Brocade";
        facts.Hostname = FirstOf(session.Hostname, config?.Hostname);
        facts.Site = SiteNames.SiteOf(facts.Hostname);
        if (version is not null)
        {
            facts.Model = version.Model;
            facts.Version = version.Version;
            facts.Serial = version.Serial.Count > 0 ? version.Serial[0] : "";
            facts.Uptime = version.Uptime;
        }

        if (config is not null)
        {
            facts.Location = config.Location;
            (facts.Building, facts.Floor, facts.Room, facts.Row, facts.Rack) = LocationParts.Parse(config.Location);
            facts.AuthDefaultVlan = config.AuthDefaultVlan;
            facts.AuthBlock = config.AuthBlock;
        }

        var brief = Run(session.Find(BrocadeCommands.Brief), InterfacesBrief.Parse, report);
        var details = Run(session.Find(BrocadeCommands.Interfaces), ShowInterfaces.Parse, report);
        var vlans = Run(session.Find("show vlan"), ShowVlan.Parse, report);
        var macs = Run(session.Find(BrocadeCommands.Macs), MacAddress.Parse, report);

        AddInterfaces(facts, brief, details, config);
        var ports = new PortIndex(facts.Interfaces);
        PortVlans.Fill(ports, details, vlans, config, macs);
        if (macs is not null)
        {
            AddMacs(facts, ports, macs);
        }

        ApplyAuth(facts, config, Sessions(session, report));
        AddNeighbors(facts, Run(session.Find("show lldp neighbors detail"), LldpNeighborsDetail.Parse, report));
        AddVlans(facts, vlans, config);
    }

    private static void AddInterfaces(
        DeviceFacts facts, List<InterfaceBriefRow>? brief, List<InterfaceDetailRow>? details, FastIronConfig? config)
    {
        var blocks = new Dictionary<string, FastIronInterfaceConfig>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in config?.Interfaces ?? [])
        {
            blocks.TryAdd(block.Port, block);
        }

        var detailByPort = new Dictionary<string, InterfaceDetailRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var detail in details ?? [])
        {
            detailByPort.TryAdd(detail.Port, detail);
        }

        if (brief is { Count: > 0 })
        {
            foreach (var row in brief)
            {
                var port = Add(facts, row.Port, blocks, detailByPort);
                port.Status = row.Status;
                port.Duplex = row.Duplex;
                port.Speed = row.Speed;
                port.InterfaceMac = row.Mac;
                port.Vlan = PortVlans.Of(row);
                if (port.Description.Length == 0)
                {
                    port.Name = row.Name;
                }
            }
        }
        else if (details is { Count: > 0 })
        {
            foreach (var detail in details)
            {
                var port = Add(facts, detail.Port, blocks, detailByPort);
                port.Status = detail.LinkStatus;
                port.Duplex = detail.Duplex;
                port.Speed = detail.Speed;
                port.InterfaceMac = detail.MacAddress;
            }
        }
        else if (config is not null)
        {
            foreach (var block in config.Interfaces)
            {
                Add(facts, block.Port, blocks, detailByPort);
            }
        }
    }

    private static InterfaceFacts Add(
        DeviceFacts facts, string name, Dictionary<string, FastIronInterfaceConfig> blocks, Dictionary<string, InterfaceDetailRow> details)
    {
        blocks.TryGetValue(name, out var block);
        details.TryGetValue(name, out var detail);
        var description = block is { Description.Length: > 0 } ? block.Description : detail?.Description ?? "";
        var port = new InterfaceFacts
        {
            Port = name,
            PortSort = PortSort.KeyOf(name),
            Name = description,
            Description = description,
            Type = detail?.HardwareType ?? "",
            Config = block?.Config ?? "",
        };
        facts.Interfaces.Add(port);
        return port;
    }

    private static void AddMacs(DeviceFacts facts, PortIndex ports, List<FastIronMacRow> rows)
    {
        var learned = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            foreach (var port in row.Ports)
            {
                facts.MacEntries.Add(new MacEntry(row.Vlan, row.Mac, row.Type, port));
                if (!learned.TryGetValue(port, out var list))
                {
                    learned[port] = list = [];
                }

                if (!list.Contains(row.Mac))
                {
                    list.Add(row.Mac);
                }
            }
        }

        foreach (var (name, list) in learned)
        {
            if (ports.Find(name) is { } port)
            {
                port.LearnedMacs = string.Join(',', list);
            }
        }
    }

    /// <summary>
    /// The unified table when captured (08.0.90 and later), else the 802.1X and MAC-authentication tables together;
    /// a port's 802.1X session is listed first, so it wins over its MAC-authentication session.
    /// </summary>
    private static List<FastIronAuthSession>? Sessions(CapturedSession session, ParseReport report)
    {
        var unified = Run(session.Find(BrocadeCommands.Unified), AuthenticationSessions.Parse, report);
        if (unified is { Count: > 0 })
        {
            return unified;
        }

        var dot1x = Run(session.Find(BrocadeCommands.Dot1x), Dot1xSessions.Parse, report);
        var macAuth = Run(session.Find(BrocadeCommands.MacAuth), MacAuthSessions.Parse, report);
        if (dot1x is null && macAuth is null)
        {
            return unified;
        }

        var all = new List<FastIronAuthSession>();
        all.AddRange(dot1x ?? []);
        all.AddRange(macAuth ?? []);
        return all;
    }

    private static void ApplyAuth(DeviceFacts facts, FastIronConfig? config, List<FastIronAuthSession>? sessions)
    {
        var first = new Dictionary<string, FastIronAuthSession>(StringComparer.OrdinalIgnoreCase);
        foreach (var session in sessions ?? [])
        {
            if (!first.TryGetValue(session.Port, out var seen) || (seen.Method == "macauth" && session.Method == "dot1x"))
            {
                first[session.Port] = session;
            }
        }

        var dot1x = new HashSet<string>(config?.Dot1xPorts ?? [], StringComparer.OrdinalIgnoreCase);
        var macAuth = new HashSet<string>(config?.MacAuthPorts ?? [], StringComparer.OrdinalIgnoreCase);
        foreach (var port in facts.Interfaces)
        {
            var physical = port.Port.Length > 0 && char.IsAsciiDigit(port.Port[0]);
            var isDot1x = dot1x.Contains(port.Port);
            var isMacAuth = macAuth.Contains(port.Port);
            if (config is not null && physical)
            {
                port.AuthTemplate = PortJoin.AuthTemplate(isDot1x, isMacAuth);
            }

            if (first.TryGetValue(port.Port, out var session))
            {
                port.AuthState = session.AuthState;
                port.AuthMode = session.Method;
                port.AuthClientMac = session.Mac;
                port.AuthVlan = session.Vlan;
            }
            else
            {
                // Configured for authentication (or configuration not captured), or open, with no session seen.
                PortJoin.NoAuthSession(port, isDot1x, isMacAuth);
            }
        }
    }

    // A neighbour's Port ID is its MAC address on FastIron and many others; the port description names the port then.
    private static void AddNeighbors(DeviceFacts facts, List<FastIronLldpRow>? rows)
    {
        foreach (var n in rows ?? [])
        {
            var port = DeviceText.IsDottedMac(n.NeighborPortId) && n.PortDescription.Length > 0 ? n.PortDescription : n.NeighborPortId;
            facts.Neighbors.Add(new Neighbor("LLDP", n.LocalInterface, n.NeighborName, port, n.SystemDescription, n.MgmtAddress));
        }
    }

    private static void AddVlans(DeviceFacts facts, List<FastIronVlanRow>? vlans, FastIronConfig? config)
    {
        if (vlans is { Count: > 0 })
        {
            foreach (var vlan in vlans)
            {
                facts.Vlans.Add(new VlanEntry(vlan.VlanId, vlan.Name, ""));
            }

            return;
        }

        foreach (var vlan in config?.Vlans ?? [])
        {
            facts.Vlans.Add(new VlanEntry(vlan.VlanId, vlan.Name, ""));
        }
    }
}
