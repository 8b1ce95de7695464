using StateTrace.Engine.Sites;
using static StateTrace.Engine.Parsing.SessionBlocks;

namespace StateTrace.Engine.Parsing.Cisco;

/// <summary>
/// Cisco IOS and IOS-XE (<c>cisco_ios</c>): reads each captured command with its own parser and joins them per port
/// by the port's short name. One interface per <c>show interfaces status</c> row; a port that is configured but not
/// in the table (<c>Po1</c>), or a capture without running-config, is simply less information, never a failure.
/// </summary>
internal sealed class CiscoIosParser : IDeviceParser
{
    public string Platform => Platforms.CiscoIos;

    public void Parse(CapturedSession session, DeviceFacts facts)
    {
        var diagnostics = facts.Diagnostics;
        ParseReport report = (line, reason) => diagnostics.Add(session.Report(line, reason));

        facts.Make = "Cisco";
        facts.Platform = Platforms.CiscoIos;

        var version = Run(session.Find("show version"), ShowVersion.Parse, report);
        var config = Run(session.Find("show running-config"), RunningConfigParser.Parse, report);

        facts.Hostname = FirstOf(session.Hostname, version?.Hostname, config?.Hostname);
        facts.Site = SiteNames.SiteOf(facts.Hostname);
        if (version is not null)
        {
            facts.Version = version.Version;
            facts.Model = version.Model.Count > 0 ? version.Model[0] : "";
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

        var status = Run(session.Find("show interfaces status", "show interface status"), ShowInterfacesStatus.Parse, report);
        var counters = Run(session.Find("show interfaces"), ShowInterfaces.Parse, report);
        AddInterfaces(facts, status, config, counters);

        var macs = Run(session.Find("show mac address-table", "show mac-address-table"), MacAddressTable.Parse, report);
        if (macs is not null)
        {
            AddMacs(facts, macs);
        }

        var sessions = Run(
            session.Find("show authentication sessions", "show authentication session", "show access-session"), AuthSessions.Parse, report);
        ApplySessions(facts, sessions);

        AddNeighbors(
            facts,
            Run(session.Find("show cdp neighbors detail"), CdpNeighborsDetail.Parse, report),
            Run(session.Find("show lldp neighbors detail"), LldpNeighborsDetail.Parse, report));

        var spanning = Run(session.Find("show spanning-tree"), SpanningTree.Parse, report);
        if (spanning is not null)
        {
            AddSpanningTree(facts, spanning);
        }

        PortJoin.AddVlans(facts, Run(session.Find("show vlan brief", "show vlan"), VlanBrief.Parse, report));
    }

    private static void AddInterfaces(
        DeviceFacts facts, List<InterfaceStatusRow>? rows, RunningConfig? config, List<InterfaceCountersRow>? counters)
    {
        if (rows is null)
        {
            return;
        }

        var blocks = new Dictionary<string, InterfaceConfig>(StringComparer.OrdinalIgnoreCase);
        if (config is not null)
        {
            foreach (var block in config.Interfaces)
            {
                blocks.TryAdd(PortNames.Short(block.Interface), block);
            }
        }

        var descriptions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (counters is not null)
        {
            foreach (var counter in counters)
            {
                if (counter.Description.Length > 0)
                {
                    descriptions.TryAdd(PortNames.Short(counter.Interface), counter.Description);
                }
            }
        }

        foreach (var row in rows)
        {
            var key = PortNames.Short(row.Port);
            blocks.TryGetValue(key, out var block);
            var description = block?.Description ?? "";
            if (description.Length == 0)
            {
                descriptions.TryGetValue(key, out description);
            }

            var port = PortJoin.Port(row.Port, row.Name, description ?? "");
            (port.Status, port.Vlan, port.Duplex, port.Speed, port.Type) = (row.Status, row.Vlan, row.Duplex, row.Speed, row.Type);
            (port.AuthTemplate, port.MissingAuthCmds, port.Config) = (block?.AuthTemplate ?? "", block?.MissingAuthCmds ?? "", block?.Config ?? "");
            facts.Interfaces.Add(port);
        }
    }

    private static void AddMacs(DeviceFacts facts, List<MacAddressRow> rows)
    {
        var learned = new PortJoin.LearnedMacs();
        foreach (var row in rows)
        {
            foreach (var port in row.Ports)
            {
                learned.Add(facts, row.Vlan, row.Mac, row.Type, PortNames.Short(port));
            }
        }

        learned.ApplyTo(facts, PortNames.Short);
    }

    private static void ApplySessions(DeviceFacts facts, List<AuthSessionRow>? rows)
    {
        var first = new Dictionary<string, AuthSessionRow>(StringComparer.OrdinalIgnoreCase);
        if (rows is not null)
        {
            foreach (var row in rows)
            {
                first.TryAdd(PortNames.Short(row.Interface), row);
            }
        }

        // The original's defaults for a port without a session: Unknown / unknown / empty.
        foreach (var port in facts.Interfaces)
        {
            if (first.TryGetValue(PortNames.Short(port.Port), out var session))
            {
                port.AuthState = session.AuthState;
                port.AuthMode = session.Method;
                port.AuthClientMac = session.MacAddress;
            }
            else
            {
                port.AuthState = "Unknown";
                port.AuthMode = "unknown";
            }
        }
    }

    private static void AddNeighbors(DeviceFacts facts, List<CdpNeighborRow>? cdp, List<LldpNeighborRow>? lldp)
    {
        foreach (var n in cdp ?? [])
        {
            facts.Neighbors.Add(new Neighbor("CDP", PortNames.Short(n.LocalInterface), n.NeighborName, n.NeighborInterface, n.Platform, n.MgmtAddress));
        }

        foreach (var n in lldp ?? [])
        {
            facts.Neighbors.Add(new Neighbor(
                "LLDP", PortNames.Short(n.LocalInterface), n.NeighborName, n.NeighborPortId, n.SystemDescription, n.MgmtAddress));
        }
    }

    // Original-system §2.8 took the first port row's role and name as Role/Upstream; the port towards the root is
    // what "upstream" means, so the Root row is preferred and the first row is the fallback (root bridge: no Root row).
    private static void AddSpanningTree(DeviceFacts facts, List<SpanningTreeInstance> instances)
    {
        foreach (var instance in instances)
        {
            SpanningTreePortRow? upstream = null;
            foreach (var port in instance.Ports)
            {
                if (port.Role.Equals("Root", StringComparison.OrdinalIgnoreCase))
                {
                    upstream = port;
                    break;
                }
            }

            upstream ??= instance.Ports.Count > 0 ? instance.Ports[0] : null;
            facts.SpanningTree.Add(new SpanEntry(
                instance.Instance, instance.RootAddress, instance.RootPort, upstream?.Role ?? "", upstream?.Interface ?? ""));
        }
    }
}
