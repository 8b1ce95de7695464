namespace StateTrace.Engine.Parsing.Brocade;

/// <summary>The VLAN of each FastIron port, from whichever captured command says it.</summary>
internal static class PortVlans
{
    // Tag "Yes" is a port tagged in some VLAN (a trunk, whatever its PVID); else the PVID when it is a number.
    public static string Of(InterfaceBriefRow row)
    {
        if (row.Tag.Equals("Yes", StringComparison.OrdinalIgnoreCase))
        {
            return "trunk";
        }

        if (DeviceText.IsDigits(row.Pvid))
        {
            return row.Pvid;
        }

        return row.Port.StartsWith("ve", StringComparison.OrdinalIgnoreCase) ? "routed" : "";
    }

    /// <summary>
    /// Fills the VLAN of ports the brief table left without one: <c>show interfaces</c> (untagged VLAN or tagged),
    /// then <c>show vlan</c> and the configuration's VLAN membership, and last the original's rule, the VLAN of the
    /// port's first MAC-table row.
    /// </summary>
    public static void Fill(
        PortIndex ports, List<InterfaceDetailRow>? details, List<FastIronVlanRow>? vlans, FastIronConfig? config, List<FastIronMacRow>? macs)
    {
        foreach (var detail in details ?? [])
        {
            var port = ports.Find(detail.Port);
            if (port is { Vlan.Length: 0 })
            {
                port.Vlan = detail.PortMode is "tagged" or "dual" ? "trunk" : detail.Vlan;
            }
        }

        // Tagged anywhere makes a trunk, whichever VLAN lists the port first.
        foreach (var vlan in vlans ?? [])
        {
            Member(ports, "trunk", vlan.Tagged);
        }

        foreach (var vlan in config?.Vlans ?? [])
        {
            Member(ports, "trunk", vlan.Tagged);
        }

        foreach (var vlan in vlans ?? [])
        {
            Member(ports, vlan.VlanId, vlan.Untagged);
        }

        foreach (var vlan in config?.Vlans ?? [])
        {
            Member(ports, vlan.VlanId, vlan.Untagged);
        }

        foreach (var mac in macs ?? [])
        {
            var port = mac.Ports.Count > 0 ? ports.Find(mac.Ports[0]) : null;
            if (port is { Vlan.Length: 0 } && mac.Vlan.Length > 0)
            {
                port.Vlan = mac.Vlan;
            }
        }
    }

    private static void Member(PortIndex ports, string vlan, IReadOnlyList<string> members)
    {
        foreach (var name in members)
        {
            if (ports.Find(name) is { Vlan.Length: 0 } port)
            {
                port.Vlan = vlan;
            }
        }
    }
}
