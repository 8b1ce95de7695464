namespace StateTrace.Engine.Parsing.Nxos;

/// <summary>One neighbour of NX-OS <c>show lldp neighbors detail</c>; <c>not advertised</c> reads as empty.</summary>
/// <param name="LocalInterface">Our port, short form as printed (<c>Eth1/52</c>, <c>mgmt0</c>).</param>
/// <param name="MgmtAddress">The IPv4 management address, else the IPv6 one.</param>
/// <param name="SystemDescription">The first line of the neighbour's system description.</param>
/// <param name="Capabilities">The enabled capabilities (<c>B, R</c>).</param>
public sealed record NxosLldpNeighborRow(
    string LocalInterface,
    string NeighborName,
    string ChassisId,
    string NeighborPortId,
    string MgmtAddress,
    string PortDescription,
    string SystemDescription,
    string Vlan,
    string Capabilities);

/// <summary>
/// Reads NX-OS <c>show lldp neighbors detail</c>: an entry per <c>Chassis id:</c> line, with <c>Local Port id:</c>
/// (IOS prints <c>Local Intf:</c>) and one-line <c>Management Address:</c> / <c>Management Address IPV6:</c> values.
/// The system description's continuation lines (<c>TAC support: …</c>, copyright) are not part of the entry.
/// </summary>
internal static class LldpNeighborsDetail
{
    private const string NotAdvertised = "not advertised";

    public static List<NxosLldpNeighborRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<NxosLldpNeighborRow>();
        Entry? entry = null;
        var sawText = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.Trim();
            if (line.IsEmpty || DeviceText.IsPrompt(raw))
            {
                continue;
            }

            sawText = true;
            if (DeviceText.TryKeyValue(line, "Chassis id", out var chassis))
            {
                entry?.AddTo(rows, report);
                entry = new Entry { Line = firstLine + cursor.Number - 1, ChassisId = chassis.ToString() };
                continue;
            }

            if (entry is null)
            {
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (value.Equals(NotAdvertised, StringComparison.OrdinalIgnoreCase))
            {
                value = default;
            }

            if (key.Equals("Port id", StringComparison.OrdinalIgnoreCase))
            {
                entry.PortId = value.ToString();
            }
            else if (key.Equals("Local Port id", StringComparison.OrdinalIgnoreCase) || key.Equals("Local Intf", StringComparison.OrdinalIgnoreCase))
            {
                entry.Local = value.ToString();
            }
            else if (key.Equals("Port Description", StringComparison.OrdinalIgnoreCase))
            {
                entry.PortDescription = value.ToString();
            }
            else if (key.Equals("System Name", StringComparison.OrdinalIgnoreCase))
            {
                entry.Name = value.ToString();
            }
            else if (key.Equals("System Description", StringComparison.OrdinalIgnoreCase) && entry.SystemDescription.Length == 0)
            {
                entry.SystemDescription = value.ToString();
            }
            else if (key.Equals("Enabled Capabilities", StringComparison.OrdinalIgnoreCase))
            {
                entry.Capabilities = value.ToString();
            }
            else if (key.Equals("Management Address", StringComparison.OrdinalIgnoreCase))
            {
                entry.Ipv4 = value.ToString();
            }
            else if (key.Equals("Management Address IPV6", StringComparison.OrdinalIgnoreCase))
            {
                entry.Ipv6 = value.ToString();
            }
            else if (key.Equals("Vlan ID", StringComparison.OrdinalIgnoreCase))
            {
                entry.Vlan = value.ToString();
            }
        }

        entry?.AddTo(rows, report);
        if (sawText && rows.Count == 0 && entry is null && !text.Contains("Total entries displayed: 0", StringComparison.OrdinalIgnoreCase))
        {
            report?.Invoke(firstLine, "show lldp neighbors detail: no 'Chassis id:' line found; nothing read.");
        }

        return rows;
    }

    private sealed class Entry
    {
        public long Line { get; init; }
        public string ChassisId { get; init; } = "";
        public string Local { get; set; } = "";
        public string PortId { get; set; } = "";
        public string PortDescription { get; set; } = "";
        public string Name { get; set; } = "";
        public string SystemDescription { get; set; } = "";
        public string Capabilities { get; set; } = "";
        public string Ipv4 { get; set; } = "";
        public string Ipv6 { get; set; } = "";
        public string Vlan { get; set; } = "";

        public void AddTo(List<NxosLldpNeighborRow> rows, ParseReport? report)
        {
            if (Local.Length == 0)
            {
                report?.Invoke(Line, "show lldp neighbors detail: entry has no 'Local Port id:' line; neighbour skipped.");
                return;
            }

            rows.Add(new NxosLldpNeighborRow(
                Local, Name, ChassisId, PortId, Ipv4.Length > 0 ? Ipv4 : Ipv6, PortDescription, SystemDescription, Vlan, Capabilities));
        }
    }
}
