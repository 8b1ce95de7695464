namespace StateTrace.Engine.Parsing.PaloAlto;

/// <summary>
/// One local interface of PAN-OS <c>show lldp neighbors all</c> with what its neighbour advertised; the neighbour
/// fields are empty on an interface that has none. SystemDescription is its first line.
/// </summary>
public sealed record PanosLldpNeighbor(
    string LocalInterface,
    string LocalPortId,
    string ChassisType,
    string ChassisId,
    string PortType,
    string NeighborPortId,
    string NeighborPortDescription,
    string Ttl,
    string NeighborName,
    string SystemDescription,
    string Capabilities,
    string CapabilitiesSupported,
    string MgmtAddressType,
    string MgmtAddress);

/// <summary>
/// Reads <c>show lldp neighbors all</c>: a <c>Local information:</c> section per interface, <c>Key: value</c> lines.
/// A multi-line system description continues on lines without a known key; only its first line is kept.
/// </summary>
internal static class LldpNeighborsAll
{
    public static List<PanosLldpNeighbor> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<PanosLldpNeighbor>();
        var pool = new StringPool();
        Entry? entry = null;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.Trim();
            if (line.StartsWith("Local information:", StringComparison.Ordinal))
            {
                entry?.AddTo(rows, report);
                entry = new Entry(firstLine + cursor.Number - 1);
                continue;
            }

            var colon = line.IndexOf(':');
            if (entry is null || colon <= 0)
            {
                continue;
            }

            var value = line[(colon + 1)..].Trim();
            switch (line[..colon])
            {
                case "Local interface":
                    entry.Local = pool.Get(value);
                    break;
                case "Local Port ID":
                    entry.LocalPortId = value.ToString();
                    break;
                case "Chassis type":
                    entry.ChassisType = pool.Get(value);
                    break;
                case "Chassis ID":
                    entry.ChassisId = value.ToString();
                    break;
                case "Port type":
                    entry.PortType = pool.Get(value);
                    break;
                case "Port ID":
                    entry.PortId = value.ToString();
                    break;
                case "Port description":
                    entry.PortDescription = value.ToString();
                    break;
                case "TTL":
                    entry.Ttl = pool.Get(value);
                    break;
                case "System name":
                    entry.Name = value.ToString();
                    break;
                case "System description":
                    entry.Description = value.ToString();
                    break;
                case "Enabled":
                    entry.Enabled = pool.Get(value);
                    break;
                case "Supported":
                    entry.Supported = pool.Get(value);
                    break;
                case "Management address type":
                    entry.MgmtType = entry.MgmtType.Length == 0 ? pool.Get(value) : entry.MgmtType;
                    break;
                case "Management address":
                    entry.Mgmt = entry.Mgmt.Length == 0 ? value.ToString() : entry.Mgmt;
                    break;
            }
        }

        entry?.AddTo(rows, report);
        return rows;
    }

    private sealed class Entry(long line)
    {
        public string Local { get; set; } = "";
        public string LocalPortId { get; set; } = "";
        public string ChassisType { get; set; } = "";
        public string ChassisId { get; set; } = "";
        public string PortType { get; set; } = "";
        public string PortId { get; set; } = "";
        public string PortDescription { get; set; } = "";
        public string Ttl { get; set; } = "";
        public string Name { get; set; } = "";
        public string Description { get; set; } = "";
        public string Enabled { get; set; } = "";
        public string Supported { get; set; } = "";
        public string MgmtType { get; set; } = "";
        public string Mgmt { get; set; } = "";

        public void AddTo(List<PanosLldpNeighbor> rows, ParseReport? report)
        {
            if (Local.Length == 0)
            {
                report?.Invoke(line, "show lldp neighbors all: section has no 'Local interface:' line; skipped.");
                return;
            }

            rows.Add(new PanosLldpNeighbor(
                Local, LocalPortId, ChassisType, ChassisId, PortType, PortId, PortDescription, Ttl, Name, Description, Enabled, Supported,
                MgmtType, Mgmt));
        }
    }
}
