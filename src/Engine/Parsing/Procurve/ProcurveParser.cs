using StateTrace.Engine.Sites;
using static StateTrace.Engine.Parsing.SessionBlocks;

namespace StateTrace.Engine.Parsing.Procurve;

/// <summary>
/// HP ProCurve and Aruba AOS-Switch (<c>hp_procurve</c>): reads each captured command with its own parser and joins
/// them per port (<c>24</c>, <c>A1</c>, <c>1/1</c>, <c>Trk1</c>). One interface per <c>show interfaces brief</c> row;
/// without it, per <c>show interfaces status</c> row, else per configured interface. Any block may be missing.
/// </summary>
internal sealed class ProcurveParser : IDeviceParser
{
    public string Platform => Platforms.HpProcurve;

    public void Parse(CapturedSession session, DeviceFacts facts)
    {
        var diagnostics = facts.Diagnostics;
        ParseReport report = (line, reason) => diagnostics.Add(session.Report(line, reason));

        facts.Make = "HP";
        facts.Platform = Platforms.HpProcurve;
        var version = Run(session.Find("show version"), ShowVersion.Parse, report);
        var system = Run(session.Find(ProcurveCommands.System), ShowSystem.Parse, report);
        var config = Run(session.Find(ProcurveCommands.Config), RunningConfig.Parse, report);

        facts.Hostname = FirstOf(session.Hostname, system?.Name, config?.Hostname);
        facts.Site = SiteNames.SiteOf(facts.Hostname);
        facts.Model = FirstOf(system?.Model, config?.Model, version?.Model);
        facts.Version = FirstOf(system?.Version, version?.Version, config?.Version);
        facts.Serial = system is { Serial.Count: > 0 } ? system.Serial[0] : "";
        facts.Uptime = FirstOf(system?.Uptime, version?.Uptime);
        facts.Location = FirstOf(system?.Location, config?.Location);
        (facts.Building, facts.Floor, facts.Room, facts.Row, facts.Rack) = LocationParts.Parse(facts.Location);
        if (config is not null)
        {
            facts.AuthDefaultVlan = config.AuthDefaultVlan;
            facts.AuthBlock = config.AuthBlock;
        }

        var brief = Run(session.Find(ProcurveCommands.Brief), InterfacesBrief.Parse, report);
        var status = Run(session.Find(ProcurveCommands.Status), InterfacesStatus.Parse, report);
        AddInterfaces(facts, brief, status, config);

        var macs = Run(session.Find(ProcurveCommands.Macs), MacAddress.Parse, report);
        if (macs is not null)
        {
            AddMacs(facts, macs);
        }

        ApplyAuth(facts, config, Run(session.Find("show port-access clients"), PortAccessClients.Parse, report));
        AddNeighbors(facts, Run(session.Find("show lldp info remote-device detail"), LldpRemoteDevice.Parse, report));
        AddVlans(facts, Run(session.Find(ProcurveCommands.Vlans), ShowVlans.Parse, report), config);
    }

    private static void AddInterfaces(DeviceFacts facts, List<ProcurveBriefRow>? brief, List<ProcurveStatusRow>? status, ProcurveConfig? config)
    {
        var blocks = new Dictionary<string, ProcurveInterfaceConfig>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in config?.Interfaces ?? [])
        {
            blocks.TryAdd(block.Port, block);
        }

        var statusByPort = new Dictionary<string, ProcurveStatusRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in status ?? [])
        {
            statusByPort.TryAdd(row.Port, row);
        }

        if (brief is { Count: > 0 })
        {
            foreach (var row in brief)
            {
                var port = Add(facts, row.Port, blocks, statusByPort);
                port.Status = row.Enabled.Equals("No", StringComparison.OrdinalIgnoreCase) ? "Disabled" : row.Status;
                port.Type = row.Type;
                (port.Speed, port.Duplex) = SpeedAndDuplex(row.Mode);
            }
        }
        else if (status is { Count: > 0 })
        {
            foreach (var row in status)
            {
                Add(facts, row.Port, blocks, statusByPort);
            }
        }
        else
        {
            foreach (var block in config?.Interfaces ?? [])
            {
                Add(facts, block.Port, blocks, statusByPort);
            }
        }

        ApplyConfigVlans(facts, config);
    }

    private static InterfaceFacts Add(
        DeviceFacts facts, string name, Dictionary<string, ProcurveInterfaceConfig> blocks, Dictionary<string, ProcurveStatusRow> status)
    {
        blocks.TryGetValue(name, out var block);
        status.TryGetValue(name, out var row);
        var description = block?.Description ?? "";
        var (speed, duplex) = SpeedAndDuplex(row?.Speed ?? "");
        var port = new InterfaceFacts
        {
            Port = name,
            PortSort = PortSort.KeyOf(name),
            Name = description.Length > 0 ? description : row?.Name ?? "",
            Description = description,
            Status = row?.Status ?? "",
            Vlan = row is null ? "" : VlanOf(row.Tagged, row.Untagged),
            Speed = speed,
            Duplex = duplex,
            Type = row?.Type ?? "",
            Config = block?.Config ?? "",
        };
        facts.Interfaces.Add(port);
        return port;
    }

    // Cisco's meaning: the access (data) VLAN when the port has one, "trunk" only for a real trunk. A phone port is
    // untagged in the data VLAN and tagged in the voice VLAN (Tagged shows that one VLAN): its VLAN is the data VLAN,
    // as Cisco's status table prints it. Tagged in several VLANs ("multi") or tagged only is a trunk.
    private static string VlanOf(string tagged, string untagged)
    {
        var isTagged = tagged.Length > 0 && !tagged.Equals("No", StringComparison.OrdinalIgnoreCase);
        var hasUntagged = DeviceText.IsDigits(untagged);
        if (isTagged && (!hasUntagged || !DeviceText.IsDigits(tagged)))
        {
            return "trunk";
        }

        return hasUntagged ? untagged : "";
    }

    // The same rule from the configuration's VLAN membership, for ports no status table described.
    private static void ApplyConfigVlans(DeviceFacts facts, ProcurveConfig? config)
    {
        if (config is null || config.Vlans.Count == 0)
        {
            return;
        }

        var tagged = new Dictionary<string, (string First, bool Several)>(StringComparer.OrdinalIgnoreCase);
        var untagged = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var vlan in config.Vlans)
        {
            foreach (var port in vlan.Tagged)
            {
                tagged[port] = tagged.TryGetValue(port, out var seen)
                    ? seen with { Several = seen.Several || seen.First != vlan.VlanId }
                    : (vlan.VlanId, false);
            }

            foreach (var port in vlan.Untagged)
            {
                untagged.TryAdd(port, vlan.VlanId);
            }
        }

        foreach (var port in facts.Interfaces)
        {
            if (port.Vlan.Length > 0)
            {
                continue;
            }

            var access = untagged.GetValueOrDefault(port.Port, "");
            var (first, several) = tagged.GetValueOrDefault(port.Port, ("", false));
            port.Vlan = several || (first.Length > 0 && access.Length == 0) ? "trunk" : access;
        }
    }

    // "1000FDx" → (1000, Full), "10GigFD" → (10G, Full), "100HDx" → (100, Half); "." and "Auto" say nothing.
    private static (string Speed, string Duplex) SpeedAndDuplex(string mode)
    {
        var span = mode.AsSpan().TrimEnd('*');
        var digits = 0;
        while (digits < span.Length && char.IsAsciiDigit(span[digits]))
        {
            digits++;
        }

        if (digits == 0)
        {
            return ("", "");
        }

        var rest = span[digits..];
        var duplex = rest.EndsWith("FDx", StringComparison.OrdinalIgnoreCase) || rest.EndsWith("FD", StringComparison.OrdinalIgnoreCase) ? "Full"
            : rest.EndsWith("HDx", StringComparison.OrdinalIgnoreCase) || rest.EndsWith("HD", StringComparison.OrdinalIgnoreCase) ? "Half"
            : "";
        var speed = rest.StartsWith("Gig", StringComparison.OrdinalIgnoreCase) ? string.Concat(span[..digits], "G") : span[..digits].ToString();
        return (speed, duplex);
    }

    // The first learned address stands for the port (ProCurve prints no per-port MAC), as on Cisco.
    private static void AddMacs(DeviceFacts facts, List<ProcurveMacRow> rows)
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

        foreach (var port in facts.Interfaces)
        {
            if (learned.TryGetValue(port.Port, out var list))
            {
                port.InterfaceMac = list[0];
                port.LearnedMacs = string.Join(',', list);
            }
        }
    }

    private static void ApplyAuth(DeviceFacts facts, ProcurveConfig? config, List<ProcurveClientRow>? clients)
    {
        var first = new Dictionary<string, ProcurveClientRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var client in clients ?? [])
        {
            if (!first.TryGetValue(client.Port, out var seen) || (seen.AuthMode != "dot1x" && client.AuthMode == "dot1x"))
            {
                first[client.Port] = client;
            }
        }

        var dot1x = new HashSet<string>(config?.Dot1xPorts ?? [], StringComparer.OrdinalIgnoreCase);
        var macAuth = new HashSet<string>(config?.MacAuthPorts ?? [], StringComparer.OrdinalIgnoreCase);
        foreach (var port in facts.Interfaces)
        {
            var isDot1x = dot1x.Contains(port.Port);
            var isMacAuth = macAuth.Contains(port.Port);
            if (config is not null && !port.Port.StartsWith("Trk", StringComparison.OrdinalIgnoreCase))
            {
                port.AuthTemplate = PortJoin.AuthTemplate(isDot1x, isMacAuth);
            }

            if (first.TryGetValue(port.Port, out var client))
            {
                port.AuthState = client.AuthState;
                port.AuthMode = client.AuthMode;
                port.AuthClientMac = client.Mac;
                port.AuthVlan = client.Vlan;
            }
            else
            {
                // Configured for authentication (or configuration not captured), or open, with no session seen.
                PortJoin.NoAuthSession(port, isDot1x, isMacAuth);
            }
        }
    }

    // A Port ID sent as a MAC address names no port; the port description does, when the neighbour sends one.
    private static void AddNeighbors(DeviceFacts facts, List<ProcurveLldpRow>? rows)
    {
        foreach (var n in rows ?? [])
        {
            var port = n.PortType.Equals("mac-address", StringComparison.OrdinalIgnoreCase) && n.PortDescription.Length > 0
                ? n.PortDescription
                : n.NeighborPortId;
            facts.Neighbors.Add(new Neighbor("LLDP", n.LocalInterface, n.NeighborName, port, n.SystemDescription, n.MgmtAddress));
        }
    }

    private static void AddVlans(DeviceFacts facts, List<ProcurveVlanRow>? vlans, ProcurveConfig? config)
    {
        if (vlans is { Count: > 0 })
        {
            foreach (var vlan in vlans)
            {
                facts.Vlans.Add(new VlanEntry(vlan.VlanId, vlan.Name, vlan.Status));
            }

            return;
        }

        foreach (var vlan in config?.Vlans ?? [])
        {
            facts.Vlans.Add(new VlanEntry(vlan.VlanId, vlan.Name, ""));
        }
    }
}
