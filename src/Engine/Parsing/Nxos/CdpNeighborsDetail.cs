namespace StateTrace.Engine.Parsing.Nxos;

/// <summary>One neighbour of NX-OS <c>show cdp neighbors detail</c>.</summary>
/// <param name="ChassisId">The <c>Device ID</c>, which NX-OS neighbours suffix with their serial (<c>dc-lf03(SAL19069XXX)</c>).</param>
/// <param name="NeighborName">The <c>System Name</c>; empty when the neighbour does not send one (IOS devices).</param>
/// <param name="InterfaceAddress">The first address under <c>Interface address(es):</c>.</param>
/// <param name="MgmtAddress">The first address under <c>Mgmt address(es):</c>.</param>
/// <param name="Version">The first line after <c>Version:</c>.</param>
public sealed record NxosCdpNeighborRow(
    string LocalInterface,
    string ChassisId,
    string NeighborName,
    string NeighborInterface,
    string Platform,
    string InterfaceAddress,
    string MgmtAddress,
    string Version);

/// <summary>
/// Reads NX-OS <c>show cdp neighbors detail</c>: one entry per <c>Device ID:</c> line (no space after the colon on
/// NX-OS; the dashed separators between entries are optional). Unlike IOS, NX-OS heads its address lists
/// <c>Interface address(es):</c> and <c>Mgmt address(es):</c> and prints <c>IPv4 Address:</c> lines under them.
/// </summary>
internal static class CdpNeighborsDetail
{
    public static List<NxosCdpNeighborRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<NxosCdpNeighborRow>();
        Entry? entry = null;
        var section = Section.None;
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
            if (DeviceText.TryValueAfter(line, "Device ID:", out var device))
            {
                entry?.AddTo(rows, report);
                entry = new Entry { ChassisId = device.ToString(), Line = firstLine + cursor.Number - 1 };
                section = Section.None;
                continue;
            }

            if (entry is null)
            {
                continue;
            }

            if (section == Section.Version)
            {
                entry.Version = line.ToString();
                section = Section.None;
            }
            else if (line.StartsWith("Interface address", StringComparison.OrdinalIgnoreCase))
            {
                section = Section.Interface;
            }
            else if (line.StartsWith("Mgmt address", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Management address", StringComparison.OrdinalIgnoreCase))
            {
                section = Section.Management;
            }
            else if (DeviceText.TryValueAfter(line, "IPv4 Address:", out var ip) || DeviceText.TryValueAfter(line, "IP address:", out ip)
                || DeviceText.TryValueAfter(line, "IPv6 Address:", out ip))
            {
                if (section == Section.Interface && entry.InterfaceAddress.Length == 0)
                {
                    entry.InterfaceAddress = ip.ToString();
                }
                else if (section == Section.Management && entry.MgmtAddress.Length == 0)
                {
                    entry.MgmtAddress = ip.ToString();
                }
            }
            else if (DeviceText.TryValueAfter(line, "System Name:", out var name))
            {
                entry.Name = name.ToString();
            }
            else if (DeviceText.TryValueAfter(line, "Platform:", out var platform))
            {
                // "Platform: N9K-C9372TX, Capabilities: Router Switch IGMP Filtering Supports-STP-Dispute"
                var caps = platform.IndexOf("Capabilities:", StringComparison.OrdinalIgnoreCase);
                entry.Platform = (caps >= 0 ? platform[..caps] : platform).TrimEnd().TrimEnd(',').Trim().ToString();
                section = Section.None;
            }
            else if (DeviceText.TryValueAfter(line, "Interface:", out var local))
            {
                // "Interface: Ethernet1/49, Port ID (outgoing port): Ethernet1/52"
                var comma = local.IndexOf(',');
                entry.Local = (comma >= 0 ? local[..comma] : local).Trim().ToString();
                var port = line.IndexOf("Port ID (outgoing port):", StringComparison.OrdinalIgnoreCase);
                if (port >= 0)
                {
                    entry.Remote = line[(port + "Port ID (outgoing port):".Length)..].Trim().ToString();
                }

                section = Section.None;
            }
            else if (line.StartsWith("Version:", StringComparison.OrdinalIgnoreCase))
            {
                section = Section.Version;
            }
            else if (!DeviceText.IsIndented(raw))
            {
                section = Section.None;
            }
        }

        entry?.AddTo(rows, report);
        if (sawText && rows.Count == 0 && entry is null)
        {
            report?.Invoke(firstLine, "show cdp neighbors detail: no 'Device ID:' line found; nothing read.");
        }

        return rows;
    }

    private enum Section
    {
        None,
        Interface,
        Management,
        Version,
    }

    private sealed class Entry
    {
        public long Line { get; init; }
        public string ChassisId { get; init; } = "";
        public string Name { get; set; } = "";
        public string Local { get; set; } = "";
        public string Remote { get; set; } = "";
        public string Platform { get; set; } = "";
        public string InterfaceAddress { get; set; } = "";
        public string MgmtAddress { get; set; } = "";
        public string Version { get; set; } = "";

        public void AddTo(List<NxosCdpNeighborRow> rows, ParseReport? report)
        {
            if (Local.Length == 0)
            {
                report?.Invoke(Line, "show cdp neighbors detail: entry has no 'Interface:' line; neighbour skipped.");
                return;
            }

            rows.Add(new NxosCdpNeighborRow(Local, ChassisId, Name, Remote, Platform, InterfaceAddress, MgmtAddress, Version));
        }
    }
}
