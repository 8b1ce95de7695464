namespace StateTrace.Engine.Parsing.Cisco;

/// <summary>One neighbour of <c>show cdp neighbors detail</c>.</summary>
/// <param name="MgmtAddress">The first management address, else the first entry address.</param>
public sealed record CdpNeighborRow(string LocalInterface, string NeighborName, string NeighborInterface, string Platform, string MgmtAddress);

/// <summary>
/// Reads <c>show cdp neighbors detail</c>: one entry per <c>Device ID:</c> line, up to the next one (the dashed
/// separators between entries are optional in real captures).
/// </summary>
internal static class CdpNeighborsDetail
{
    public static List<CdpNeighborRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<CdpNeighborRow>();
        Entry? entry = null;
        var section = Section.None;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.Trim();
            if (DeviceText.TryValueAfter(line, "Device ID:", out var device))
            {
                entry?.AddTo(rows, report);
                entry = new Entry { Name = device.ToString(), Line = firstLine + cursor.Number - 1 };
                section = Section.None;
                continue;
            }

            if (entry is null)
            {
                continue;
            }

            if (line.StartsWith("Entry address", StringComparison.OrdinalIgnoreCase))
            {
                section = Section.Entry;
            }
            else if (line.StartsWith("Management address", StringComparison.OrdinalIgnoreCase))
            {
                section = Section.Management;
            }
            else if (DeviceText.TryValueAfter(line, "IP address:", out var ip) || DeviceText.TryValueAfter(line, "IPv4 Address:", out ip))
            {
                if (section == Section.Management && entry.Management.Length == 0)
                {
                    entry.Management = ip.ToString();
                }
                else if (section == Section.Entry && entry.EntryAddress.Length == 0)
                {
                    entry.EntryAddress = ip.ToString();
                }
            }
            else if (DeviceText.TryValueAfter(line, "Platform:", out var platform))
            {
                // "Platform: cisco WS-C2960-8TC-L,  Capabilities: Switch IGMP"
                var caps = platform.IndexOf("Capabilities:", StringComparison.OrdinalIgnoreCase);
                entry.Platform = (caps >= 0 ? platform[..caps] : platform).TrimEnd().TrimEnd(',').Trim().ToString();
                section = Section.None;
            }
            else if (DeviceText.TryValueAfter(line, "Interface:", out var local))
            {
                // "Interface: GigabitEthernet1/0/16,  Port ID (outgoing port): GigabitEthernet0/1"
                var comma = local.IndexOf(',');
                entry.Local = (comma >= 0 ? local[..comma] : local).Trim().ToString();
                var port = line.IndexOf("Port ID (outgoing port):", StringComparison.OrdinalIgnoreCase);
                if (port >= 0)
                {
                    entry.Remote = line[(port + "Port ID (outgoing port):".Length)..].Trim().ToString();
                }

                section = Section.None;
            }
            else if (line.StartsWith("Version", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Holdtime", StringComparison.OrdinalIgnoreCase))
            {
                section = Section.None;
            }
        }

        entry?.AddTo(rows, report);
        return rows;
    }

    private enum Section
    {
        None,
        Entry,
        Management,
    }

    private sealed class Entry
    {
        public long Line { get; init; }
        public string Name { get; init; } = "";
        public string Local { get; set; } = "";
        public string Remote { get; set; } = "";
        public string Platform { get; set; } = "";
        public string EntryAddress { get; set; } = "";
        public string Management { get; set; } = "";

        public void AddTo(List<CdpNeighborRow> rows, ParseReport? report)
        {
            if (Local.Length == 0)
            {
                report?.Invoke(Line, "show cdp neighbors detail: entry has no 'Interface:' line; neighbour skipped.");
                return;
            }

            rows.Add(new CdpNeighborRow(Local, Name, Remote, Platform, Management.Length > 0 ? Management : EntryAddress));
        }
    }
}
