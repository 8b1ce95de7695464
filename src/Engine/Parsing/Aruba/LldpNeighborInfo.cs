namespace StateTrace.Engine.Parsing.Aruba;

/// <summary>One neighbour of AOS-CX <c>show lldp neighbor-info detail</c>; empty where nothing was advertised.</summary>
public sealed record CxLldpNeighbor(
    string LocalInterface,
    string NeighborName,
    string ChassisId,
    string NeighborPortId,
    string NeighborPortDescription,
    string MgmtAddress,
    string SystemDescription,
    string Capabilities,
    string CapabilitiesSupported);

/// <summary>
/// Reads <c>show lldp neighbor-info detail</c>: one <c>Port : 1/1/1</c> section per neighbour, <c>Key : value</c>
/// lines. Releases name the same facts differently (<c>Neighbor Chassis-Name</c> up to 10.10,
/// <c>Neighbor System-Name</c> later), and both spellings are read.
/// </summary>
internal static class LldpNeighborInfo
{
    public static List<CxLldpNeighbor> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<CxLldpNeighbor>();
        var pool = new StringPool();
        Entry? entry = null;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            if (!ArubaText.TrySplit(line, out var key, out var value))
            {
                continue;
            }

            if (key.SequenceEqual("Port"))
            {
                entry?.AddTo(rows, report);
                entry = new Entry(firstLine + cursor.Number - 1, pool.Get(value));
                continue;
            }

            if (entry is null)
            {
                continue; // the summary counters before the first port
            }

            switch (key)
            {
                case "Neighbor Chassis-Name" or "Neighbor System-Name":
                    entry.Name = value.ToString();
                    break;
                case "Neighbor Chassis-Description" or "Neighbor System-Description":
                    entry.Description = value.ToString();
                    break;
                case "Neighbor Chassis-ID":
                    entry.ChassisId = value.ToString();
                    break;
                case "Neighbor Management-Address":
                    entry.MgmtAddress = value.ToString();
                    break;
                case "Chassis Capabilities Available":
                    entry.Supported = pool.Get(value);
                    break;
                case "Chassis Capabilities Enabled":
                    entry.Enabled = pool.Get(value);
                    break;
                case "Neighbor Port-ID":
                    entry.PortId = value.ToString();
                    break;
                case "Neighbor Port-Desc":
                    entry.PortDescription = value.ToString();
                    break;
            }
        }

        entry?.AddTo(rows, report);
        return rows;
    }

    private sealed class Entry(long line, string local)
    {
        public string Name { get; set; } = "";
        public string Description { get; set; } = "";
        public string ChassisId { get; set; } = "";
        public string MgmtAddress { get; set; } = "";
        public string Supported { get; set; } = "";
        public string Enabled { get; set; } = "";
        public string PortId { get; set; } = "";
        public string PortDescription { get; set; } = "";

        public void AddTo(List<CxLldpNeighbor> rows, ParseReport? report)
        {
            if (ChassisId.Length == 0)
            {
                report?.Invoke(line, "show lldp neighbor-info detail: port section has no 'Neighbor Chassis-ID'; neighbour skipped.");
                return;
            }

            rows.Add(new CxLldpNeighbor(local, Name, ChassisId, PortId, PortDescription, MgmtAddress, Description, Enabled, Supported));
        }
    }
}
