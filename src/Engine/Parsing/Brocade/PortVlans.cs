namespace StateTrace.Engine.Parsing.Brocade;

/// <summary>
/// The VLAN of each FastIron port, from whichever captured command says it, in Cisco's meaning: the access (data)
/// VLAN when the port has one, <c>trunk</c> only for a real trunk. A phone port is untagged (or dual-mode) in the data
/// VLAN and tagged in the voice VLAN; the device prints <c>Tag Yes</c> with the data VLAN as its PVID, and Cisco's
/// status table shows the access VLAN for the same port. A port tagged in several VLANs, or tagged with no untagged
/// VLAN at all (<c>Pvid N/A</c>), is a trunk whatever its native VLAN.
/// </summary>
internal static class PortVlans
{
    /// <summary>The VLAN the brief table gives: the PVID when it is a number (tagged or not), else <c>trunk</c> when tagged.</summary>
    public static string Of(InterfaceBriefRow row)
    {
        if (DeviceText.IsDigits(row.Pvid))
        {
            return row.Pvid;
        }

        if (row.Tag.Equals("Yes", StringComparison.OrdinalIgnoreCase))
        {
            return "trunk";
        }

        return row.Port.StartsWith("ve", StringComparison.OrdinalIgnoreCase) ? "routed" : "";
    }

    /// <summary>
    /// Fills the VLAN of ports the brief table left without one: <c>show interfaces</c> (untagged or dual-mode VLAN,
    /// tagged), then <c>show vlan</c> and the configuration's VLAN membership, and last the original's rule, the VLAN of
    /// the port's first MAC-table row. A port that <c>show interfaces</c> or the membership shows as a trunk (tagged in
    /// two VLANs or more) is one even where the brief table printed its native VLAN as the Pvid.
    /// </summary>
    public static void Fill(
        PortIndex ports, List<InterfaceDetailRow>? details, List<FastIronVlanRow>? vlans, FastIronConfig? config, List<FastIronMacRow>? macs)
    {
        foreach (var detail in details ?? [])
        {
            // A trunk's brief row prints its native VLAN as the Pvid; "Member of 102 L2 VLANs" tells the truth.
            var vlan = OfDetail(detail);
            if (ports.Find(detail.Port) is { } port && (port.Vlan.Length == 0 || vlan == "trunk"))
            {
                port.Vlan = vlan;
            }
        }

        // show vlan and the configuration say the same; a VLAN listed by both counts once.
        var membership = new Membership();
        foreach (var vlan in vlans ?? [])
        {
            membership.Add(ports, vlan.VlanId, vlan.Untagged, vlan.Tagged);
        }

        foreach (var vlan in config?.Vlans ?? [])
        {
            membership.Add(ports, vlan.VlanId, vlan.Untagged, vlan.Tagged);
        }

        membership.Apply();

        foreach (var mac in macs ?? [])
        {
            var port = mac.Ports.Count > 0 ? ports.Find(mac.Ports[0]) : null;
            if (port is { Vlan.Length: 0 } && mac.Vlan.Length > 0)
            {
                port.Vlan = mac.Vlan;
            }
        }
    }

    // "Member of 2 L2 VLANs, port is dual mode in Vlan 20": a phone port (data VLAN 20, one voice VLAN tagged);
    // "Member of 102 L2 VLANs, port is dual mode in Vlan 1" and "port is tagged": trunks.
    private static string OfDetail(InterfaceDetailRow detail) => detail.PortMode switch
    {
        "tagged" => "trunk",
        "dual" => detail.VlanCount is > 0 and <= 2 && DeviceText.IsDigits(detail.Vlan) ? detail.Vlan : "trunk",
        _ => detail.Vlan,
    };

    /// <summary>Per port: the first untagged VLAN, the first tagged one, and whether it is tagged in another.</summary>
    private sealed class Membership
    {
        private readonly Dictionary<InterfaceFacts, Member> seen = [];

        public void Add(PortIndex ports, string vlanId, IReadOnlyList<string> untagged, IReadOnlyList<string> tagged)
        {
            foreach (var name in untagged)
            {
                if (ports.Find(name) is { } port)
                {
                    var entry = seen.GetValueOrDefault(port, Member.None);
                    seen[port] = entry with { Untagged = entry.Untagged.Length > 0 ? entry.Untagged : vlanId };
                }
            }

            foreach (var name in tagged)
            {
                if (ports.Find(name) is { } port)
                {
                    var entry = seen.GetValueOrDefault(port, Member.None);
                    seen[port] = entry.Tagged.Length == 0 ? entry with { Tagged = vlanId }
                        : entry with { Several = entry.Several || entry.Tagged != vlanId };
                }
            }
        }

        public void Apply()
        {
            foreach (var (port, (untagged, tagged, several)) in seen)
            {
                if (several || (tagged.Length > 0 && untagged.Length == 0 && port.Vlan.Length == 0))
                {
                    port.Vlan = "trunk";
                }
                else if (port.Vlan.Length == 0)
                {
                    port.Vlan = untagged;
                }
            }
        }

        private readonly record struct Member(string Untagged, string Tagged, bool Several)
        {
            public static readonly Member None = new("", "", false);
        }
    }
}
