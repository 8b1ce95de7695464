namespace StateTrace.Engine.Parsing.Procurve;

/// <summary>One neighbour of <c>show lldp info remote-device detail</c>; empty what was not advertised.</summary>
/// <param name="NeighborPortId">The PortId as printed: an interface name, or a MAC in bytes (<c>3c e1 a1 22 18 f0</c>)
/// when <paramref name="PortType"/> is <c>mac-address</c>.</param>
/// <param name="Capabilities">The enabled capabilities.</param>
/// <param name="Pvid">The neighbour's port VLAN.</param>
public sealed record ProcurveLldpRow(
    string LocalInterface,
    string ChassisId,
    string PortType,
    string NeighborPortId,
    string NeighborName,
    string SystemDescription,
    string PortDescription,
    string Capabilities,
    string MgmtAddress,
    string Pvid);

/// <summary>
/// Reads <c>show lldp info remote-device detail</c>: an entry per <c>Local Port : X</c> line, <c>Key : value</c> lines,
/// and under <c>Remote Management Address</c> pairs of <c>Type</c> and <c>Address</c> (the first IPv4 one is kept).
/// </summary>
internal static class LldpRemoteDevice
{
    public static List<ProcurveLldpRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<ProcurveLldpRow>();
        Entry? entry = null;
        var sawText = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            sawText = true;
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (key.Equals("Local Port", StringComparison.OrdinalIgnoreCase))
            {
                entry?.AddTo(rows, report);
                entry = new Entry { Line = firstLine + cursor.Number - 1, Local = value.ToString() };
            }
            else
            {
                entry?.Set(key, value);
            }
        }

        entry?.AddTo(rows, report);
        if (sawText && rows.Count == 0 && !text.Contains("Local Port", StringComparison.OrdinalIgnoreCase))
        {
            report?.Invoke(firstLine, "show lldp info remote-device detail: no 'Local Port' entry found; nothing read.");
        }

        return rows;
    }

    private sealed class Entry
    {
        private string addressType = "";

        public long Line { get; init; }
        public string Local { get; init; } = "";
        public string ChassisId { get; private set; } = "";
        public string PortType { get; private set; } = "";
        public string PortId { get; private set; } = "";
        public string Name { get; private set; } = "";
        public string Description { get; private set; } = "";
        public string PortDescription { get; private set; } = "";
        public string Capabilities { get; private set; } = "";
        public string Address { get; private set; } = "";
        public string Pvid { get; private set; } = "";

        public void Set(ReadOnlySpan<char> key, ReadOnlySpan<char> value)
        {
            if (key.Equals("ChassisId", StringComparison.OrdinalIgnoreCase))
            {
                ChassisId = value.ToString();
            }
            else if (key.Equals("PortType", StringComparison.OrdinalIgnoreCase))
            {
                PortType = value.ToString();
            }
            else if (key.Equals("PortId", StringComparison.OrdinalIgnoreCase))
            {
                PortId = value.ToString();
            }
            else if (key.Equals("SysName", StringComparison.OrdinalIgnoreCase))
            {
                Name = value.ToString();
            }
            else if (key.Equals("System Descr", StringComparison.OrdinalIgnoreCase))
            {
                Description = value.ToString();
            }
            else if (key.Equals("PortDescr", StringComparison.OrdinalIgnoreCase))
            {
                PortDescription = value.ToString();
            }
            else if (key.Equals("System Capabilities Enabled", StringComparison.OrdinalIgnoreCase))
            {
                Capabilities = value.ToString();
            }
            else if (key.Equals("Pvid", StringComparison.OrdinalIgnoreCase))
            {
                Pvid = value.ToString();
            }
            else if (key.Equals("Type", StringComparison.OrdinalIgnoreCase))
            {
                addressType = value.ToString();
            }
            else if (key.Equals("Address", StringComparison.OrdinalIgnoreCase)
                && (Address.Length == 0 || (addressType.Equals("ipv4", StringComparison.OrdinalIgnoreCase) && Address.Contains(':'))))
            {
                Address = value.ToString();
            }
        }

        public void AddTo(List<ProcurveLldpRow> rows, ParseReport? report)
        {
            if (ChassisId.Length == 0)
            {
                report?.Invoke(Line, "show lldp info remote-device detail: entry has no 'ChassisId' line; neighbour skipped.");
                return;
            }

            rows.Add(new ProcurveLldpRow(Local, ChassisId, PortType, PortId, Name, Description, PortDescription, Capabilities, Address, Pvid));
        }
    }
}
