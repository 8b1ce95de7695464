namespace StateTrace.Engine.Parsing.Nxos;

/// <summary>One entry of NX-OS <c>show mac address-table</c>.</summary>
/// <param name="Vlan">The VLAN, or <c>-</c> for router MACs.</param>
/// <param name="Ports">The port column as printed: <c>Eth1/1</c>, <c>Po10</c>, <c>vPC Peer-Link</c>, <c>sup-eth1(R)</c>, <c>nve1(10.1.1.1)</c>.</param>
public sealed record NxosMacRow(string Vlan, string Mac, string Type, string Age, string Secure, string Ntfy, string Ports);

/// <summary>
/// Reads NX-OS <c>show mac address-table</c>: rows <c>[flag] VLAN MAC type age secure ntfy ports</c>, the flag column
/// (<c>*</c> primary, <c>G</c> gateway, <c>+</c> via the vPC peer-link, …) optional. The ports column is found by
/// counting the header's columns after Type and may hold spaces (<c>vPC Peer-Link</c>).
/// </summary>
internal static class MacAddressTable
{
    private const int MaxTokens = 16;
    private const int DefaultColumnsAfterType = 4; // age, Secure, NTFY, Ports

    public static List<NxosMacRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<NxosMacRow>();
        var pool = new StringPool();
        var columnsAfterType = DefaultColumnsAfterType;
        Span<Range> t = stackalloc Range[MaxTokens];

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var count = DeviceText.Tokenize(line, t);
            var m = 0;
            while (m < count && m < 3 && !DeviceText.IsDottedMac(line[t[m]]))
            {
                m++;
            }

            if (m == count || m == 3)
            {
                if (IsHeader(line, t[..count], out var after))
                {
                    columnsAfterType = after;
                }

                continue; // legend, header, rule, totals
            }

            if (m == 0 || count < m + 2)
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show mac address-table: row has no VLAN or type column; row skipped.");
                continue;
            }

            var port = m + 1 + columnsAfterType;
            ReadOnlySpan<char> ports = port < count ? line[t[port].Start..].Trim() : default;
            rows.Add(new NxosMacRow(
                pool.Get(line[t[m - 1]]),
                line[t[m]].ToString(),
                pool.Get(line[t[m + 1]]),
                pool.Get(Cell(line, t[..count], m + 2, port)),
                pool.Get(Cell(line, t[..count], m + 3, port)),
                pool.Get(Cell(line, t[..count], m + 4, port)),
                pool.Get(ports)));
        }

        return rows;
    }

    private static ReadOnlySpan<char> Cell(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, int index, int portIndex) =>
        index < t.Length && index < portIndex ? line[t[index]] : default;

    // "   VLAN     MAC Address      Type      age     Secure NTFY Ports": the ports are the fourth column after Type.
    private static bool IsHeader(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, out int columnsAfterType)
    {
        columnsAfterType = -1;
        if (!line.Contains("MAC Address", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var k = 0; k < t.Length; k++)
        {
            if (line[t[k]].Equals("Type", StringComparison.OrdinalIgnoreCase))
            {
                columnsAfterType = t.Length - k - 1;
                return columnsAfterType > 0;
            }
        }

        return false;
    }
}
