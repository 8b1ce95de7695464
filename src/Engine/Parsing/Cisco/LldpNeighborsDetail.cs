namespace StateTrace.Engine.Parsing.Cisco;

/// <summary>One neighbour of <c>show lldp neighbors detail</c>; empty strings for what was not advertised.</summary>
/// <param name="LocalInterface">Our port (short form as printed); empty on releases that omit <c>Local Intf</c>.</param>
/// <param name="SystemDescription">The first line of the neighbour's system description.</param>
public sealed record LldpNeighborRow(
    string LocalInterface,
    string NeighborName,
    string ChassisId,
    string NeighborPortId,
    string MgmtAddress,
    string PortDescription,
    string SystemDescription);

/// <summary>
/// Reads <c>show lldp neighbors detail</c>. An entry starts at <c>Local Intf:</c>, or at <c>Chassis id:</c> on
/// releases that print no local interface; the management address is the first <c>IP:</c> line under
/// <c>Management Addresses:</c> (IPv6 lines are skipped).
/// </summary>
internal static class LldpNeighborsDetail
{
    public static List<LldpNeighborRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<LldpNeighborRow>();
        Entry? entry = null;
        var inManagement = false;
        var wantDescription = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.Trim();
            var lineNumber = firstLine + cursor.Number - 1;
            if (wantDescription && !line.IsEmpty && !line.StartsWith("Time remaining", StringComparison.OrdinalIgnoreCase))
            {
                entry!.SystemDescription = line.ToString();
                wantDescription = false;
                continue;
            }

            wantDescription &= line.IsEmpty;
            if (!DeviceText.IsIndented(raw))
            {
                inManagement = false;
            }

            if (DeviceText.TryValueAfter(line, "Local Intf:", out var local))
            {
                entry?.AddTo(rows, report);
                entry = new Entry { Line = lineNumber, Local = local.ToString() };
            }
            else if (DeviceText.TryValueAfter(line, "Chassis id:", out var chassis))
            {
                if (entry is null || entry.ChassisId.Length > 0)
                {
                    entry?.AddTo(rows, report);
                    entry = new Entry { Line = lineNumber };
                }

                entry.ChassisId = chassis.ToString();
            }
            else if (entry is null)
            {
                continue;
            }
            else if (DeviceText.TryValueAfter(line, "Port id:", out var port))
            {
                entry.PortId = port.ToString();
            }
            else if (DeviceText.TryValueAfter(line, "Port Description:", out var portDescription))
            {
                entry.PortDescription = portDescription.ToString();
            }
            else if (DeviceText.TryValueAfter(line, "System Name:", out var name))
            {
                entry.Name = name.ToString();
            }
            else if (DeviceText.TryValueAfter(line, "System Description:", out var description))
            {
                entry.SystemDescription = description.ToString();
                wantDescription = description.IsEmpty;
            }
            else if (line.StartsWith("Management Addresses:", StringComparison.OrdinalIgnoreCase))
            {
                inManagement = true;
            }
            else if (inManagement && entry.MgmtAddress.Length == 0 && DeviceText.TryValueAfter(line, "IP:", out var ip))
            {
                entry.MgmtAddress = ip.ToString();
            }
        }

        entry?.AddTo(rows, report);
        return rows;
    }

    private sealed class Entry
    {
        public long Line { get; init; }
        public string Local { get; init; } = "";
        public string ChassisId { get; set; } = "";
        public string PortId { get; set; } = "";
        public string PortDescription { get; set; } = "";
        public string Name { get; set; } = "";
        public string SystemDescription { get; set; } = "";
        public string MgmtAddress { get; set; } = "";

        public void AddTo(List<LldpNeighborRow> rows, ParseReport? report)
        {
            if (ChassisId.Length == 0)
            {
                report?.Invoke(Line, "show lldp neighbors detail: entry has no 'Chassis id:' line; neighbour skipped.");
                return;
            }

            rows.Add(new LldpNeighborRow(Local, Name, ChassisId, PortId, MgmtAddress, PortDescription, SystemDescription));
        }
    }
}
