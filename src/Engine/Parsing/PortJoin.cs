namespace StateTrace.Engine.Parsing;

/// <summary>
/// The per-port join steps that Cisco IOS, NX-OS and Arista EOS share (AOS-CX too, for the MAC table): a port made
/// from its table row and its configured description, MAC table rows keyed by the vendor's short port name (every
/// row kept as a <see cref="MacEntry"/>, the first per port giving its address and VLAN), and the VLAN table. What
/// the vendors do differently (which rows count, how a name is shortened, which table wins) stays with each
/// vendor's parser.
/// </summary>
internal static class PortJoin
{
    /// <summary>A port named by its table row, whose configured description, when there is one, is its name.</summary>
    public static InterfaceFacts Port(string portName, string tableName, string description) => new()
    {
        Port = portName,
        PortSort = PortSort.KeyOf(portName),
        Name = description.Length > 0 ? description : tableName,
        Description = description,
    };

    /// <summary>The template named by the authentications a port has enabled: both → flexible, else dot1x, macauth or open.</summary>
    public static string AuthTemplate(bool dot1x, bool macAuth) =>
        dot1x && macAuth ? "flexible" : dot1x ? "dot1x" : macAuth ? "macauth" : "open";

    /// <summary>
    /// A port with no authentication session seen: Open when its template is open, else Unknown with the method its
    /// configuration enables (unknown when the configuration was not captured).
    /// </summary>
    public static void NoAuthSession(InterfaceFacts port, bool dot1x, bool macAuth)
    {
        if (port.AuthTemplate == "open")
        {
            port.AuthState = "Open";
            port.AuthMode = "open";
            return;
        }

        port.AuthState = "Unknown";
        port.AuthMode = dot1x ? "dot1x" : macAuth ? "macauth" : "unknown";
    }

    public static void AddVlans(DeviceFacts facts, List<VlanRow>? vlans)
    {
        foreach (var vlan in vlans ?? [])
        {
            facts.Vlans.Add(new VlanEntry(vlan.VlanId, vlan.Name, vlan.Status));
        }
    }

    /// <summary>
    /// MAC table rows learned per port: <see cref="Add"/> each row's port (already shortened by the vendor), then
    /// <see cref="ApplyTo"/> the ports once they are all known.
    /// </summary>
    public sealed class LearnedMacs
    {
        private readonly Dictionary<string, List<(string Mac, string Vlan)>> byPort = new(StringComparer.OrdinalIgnoreCase);

        public void Add(DeviceFacts facts, string vlan, string mac, string type, string shortPort)
        {
            facts.MacEntries.Add(new MacEntry(vlan, mac, type, shortPort));
            if (!byPort.TryGetValue(shortPort, out var list))
            {
                byPort[shortPort] = list = [];
            }

            list.Add((mac, vlan));
        }

        /// <summary>
        /// Each port with learned rows gets the first row's VLAN, every distinct address, and the first row's address
        /// unless the port's own MAC was read already (AOS-CX <c>show interface</c>; the others never read one first).
        /// </summary>
        public void ApplyTo(DeviceFacts facts, Func<string, string> shortName)
        {
            foreach (var port in facts.Interfaces)
            {
                if (!byPort.TryGetValue(shortName(port.Port), out var list))
                {
                    continue;
                }

                if (port.InterfaceMac.Length == 0)
                {
                    port.InterfaceMac = list[0].Mac;
                }

                port.AuthVlan = list[0].Vlan;
                port.LearnedMacs = JoinDistinct(list);
            }
        }

        // The same address is listed once per forwarding engine on some chassis (one table per linecard) and once per
        // VLAN when a port carries several (AOS-CX: 88:3a:30:a3:86:80 in VLAN 1 and 3590 on lag100).
        private static string JoinDistinct(List<(string Mac, string Vlan)> rows)
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
}
