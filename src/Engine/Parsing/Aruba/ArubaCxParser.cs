using StateTrace.Engine.Sites;
using static StateTrace.Engine.Parsing.SessionBlocks;

namespace StateTrace.Engine.Parsing.Aruba;

/// <summary>
/// Aruba AOS-CX (<c>aruba_aoscx</c>): reads each captured command with its own parser and joins them per port by the
/// name the operational commands print (<c>1/1/1</c>, <c>lag1</c>, <c>vlan10</c>). Ports come from
/// <c>show interface</c> and <c>show interface brief</c>; the running configuration, MAC table and port-access
/// clients add to them. The original's Aruba parser matched nothing on real output; every pattern here is checked
/// against real captures.
/// </summary>
internal sealed class ArubaCxParser : IDeviceParser
{
    public string Platform => Platforms.ArubaAosCx;

    public void Parse(CapturedSession session, DeviceFacts facts)
    {
        var diagnostics = facts.Diagnostics;
        ParseReport report = (line, reason) => diagnostics.Add(session.Report(line, reason));

        facts.Make = "Aruba";
        facts.Platform = Platforms.ArubaAosCx;

        var system = Run(session.Find("show system"), ShowSystem.Parse, report);
        var version = Run(session.Find("show version"), ShowVersion.Parse, report);
        var config = Run(session.Find("show running-config"), RunningConfig.Parse, report);

        facts.Hostname = FirstOf(session.Hostname, system?.Hostname, config?.Hostname);
        facts.Site = SiteNames.SiteOf(facts.Hostname);
        facts.Model = system?.Product ?? "";
        facts.Serial = system?.Serial ?? "";
        facts.Version = FirstOf(system?.Version, version?.Version);
        facts.Uptime = system?.Uptime ?? "";
        facts.Location = FirstOf(system?.Location, config?.Location);
        (facts.Building, facts.Floor, facts.Room, facts.Row, facts.Rack) = LocationParts.Parse(facts.Location);
        facts.AuthBlock = config?.AuthBlock ?? "";

        AddInterfaces(
            facts,
            Run(session.Find("show interface", "show interfaces"), ShowInterface.Parse, report),
            Run(session.Find("show interface brief", "show interfaces brief"), ShowInterfaceBrief.Parse, report),
            config);

        var macs = Run(session.Find("show mac-address-table", "show mac address-table"), MacAddressTable.Parse, report);
        AddMacs(facts, macs);
        ApplyClients(
            facts,
            Run(session.Find("show aaa authentication port-access interface all client-status"), PortAccessClients.Parse, report),
            macs);

        foreach (var n in Run(session.Find("show lldp neighbor-info detail", "show lldp neighbors-info detail"), LldpNeighborInfo.Parse, report) ?? [])
        {
            facts.Neighbors.Add(new Neighbor("LLDP", n.LocalInterface, n.NeighborName, n.NeighborPortId, n.SystemDescription, n.MgmtAddress));
        }

        foreach (var vlan in Run(session.Find("show vlan", "show vlans"), VlanTable.Parse, report) ?? [])
        {
            facts.Vlans.Add(new VlanEntry(vlan.VlanId, vlan.Name, vlan.Status));
        }
    }

    // "--" is how AOS-CX prints "no value" in every column.
    private static string Value(string? printed) => printed is null or "--" ? "" : printed;

    private static void AddInterfaces(DeviceFacts facts, List<CxInterface>? detail, List<CxInterfaceBriefRow>? brief, CxRunningConfig? config)
    {
        var byPort = new Dictionary<string, InterfaceFacts>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in detail ?? [])
        {
            if (byPort.ContainsKey(row.Interface))
            {
                continue;
            }

            var port = Add(facts, byPort, row.Interface);
            port.Status = row.AdminState.Equals("down", StringComparison.OrdinalIgnoreCase) ? "disabled" : row.LinkStatus;
            port.Description = row.Description;
            port.Duplex = row.Duplex;
            port.Speed = row.Speed;
            port.Type = Value(row.Type);
            port.InterfaceMac = row.MacAddress;
            port.Vlan = row.VlanMode switch
            {
                "access" => row.AccessVlan,
                "" => row.IpAddress.Length > 0 ? "routed" : "",
                _ => "trunk",
            };
        }

        foreach (var row in brief ?? [])
        {
            if (!byPort.TryGetValue(row.Port, out var port))
            {
                port = Add(facts, byPort, row.Port);
                port.Status = row.Enabled.Equals("no", StringComparison.OrdinalIgnoreCase) ? "disabled" : row.Status;
                port.Speed = Value(row.Speed);
                port.Type = Value(row.Type);
            }

            if (port.Description.Length == 0)
            {
                port.Description = Value(row.Description);
            }

            if (port.Vlan.Length == 0)
            {
                port.Vlan = row.Mode switch
                {
                    "access" => Value(row.NativeVlan),
                    "--" => "",
                    _ => row.Mode,
                };
            }
        }

        var blocks = new Dictionary<string, CxInterfaceConfig>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in config?.Interfaces ?? [])
        {
            blocks.TryAdd(block.Interface, block);
        }

        foreach (var port in facts.Interfaces)
        {
            if (blocks.TryGetValue(port.Port, out var block))
            {
                port.Config = block.Config;
                port.AuthTemplate = block.AuthTemplate;
                port.Description = port.Description.Length > 0 ? port.Description : block.Description;
                port.Vlan = port.Vlan.Length > 0 ? port.Vlan : block.Vlan;
            }

            port.Name = port.Description.Length > 0 ? port.Description : port.Port;
        }
    }

    private static InterfaceFacts Add(DeviceFacts facts, Dictionary<string, InterfaceFacts> byPort, string name)
    {
        var port = new InterfaceFacts { Port = name, PortSort = PortSort.KeyOf(name) };
        byPort[name] = port;
        facts.Interfaces.Add(port);
        return port;
    }

    private static void AddMacs(DeviceFacts facts, List<CxMacRow>? rows)
    {
        if (rows is null)
        {
            return;
        }

        // AOS-CX prints ports by their full name in every table, so there is nothing to shorten.
        var learned = new PortJoin.LearnedMacs();
        foreach (var row in rows)
        {
            foreach (var port in row.Ports)
            {
                learned.Add(facts, row.Vlan, row.Mac, row.Type, port);
            }
        }

        learned.ApplyTo(facts, static name => name);
    }

    private static void ApplyClients(DeviceFacts facts, List<CxPortAccessClient>? clients, List<CxMacRow>? macs)
    {
        var first = new Dictionary<string, CxPortAccessClient>(StringComparer.OrdinalIgnoreCase);
        foreach (var client in clients ?? [])
        {
            first.TryAdd(client.Port, client);
        }

        var vlanOfMac = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (first.Count > 0)
        {
            foreach (var mac in macs ?? [])
            {
                vlanOfMac.TryAdd(mac.Mac, mac.Vlan);
            }
        }

        // Same defaults as the Cisco parser for a port without a session: Unknown / unknown / empty.
        foreach (var port in facts.Interfaces)
        {
            if (!first.TryGetValue(port.Port, out var client))
            {
                port.AuthState = "Unknown";
                port.AuthMode = "unknown";
                continue;
            }

            port.AuthState = AuthState(client.State);
            port.AuthMode = client.Method switch
            {
                "mac-auth" => "macauth",
                "" => "unknown",
                _ => client.Method,
            };
            port.AuthClientMac = client.ClientMac;
            if (vlanOfMac.TryGetValue(client.ClientMac, out var vlan))
            {
                port.AuthVlan = vlan;
            }
        }
    }

    // "Authenticated" → Authorized; "Failed", "Unauthenticated", "Rejected" → Unauthorized; in progress → Unknown.
    private static string AuthState(string state) =>
        state.Equals("Authenticated", StringComparison.OrdinalIgnoreCase) ? "Authorized"
        : state.Contains("fail", StringComparison.OrdinalIgnoreCase) || state.Contains("unauth", StringComparison.OrdinalIgnoreCase)
            || state.Contains("reject", StringComparison.OrdinalIgnoreCase) ? "Unauthorized"
        : "Unknown";
}
