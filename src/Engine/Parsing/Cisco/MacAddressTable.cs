namespace StateTrace.Engine.Parsing.Cisco;

/// <summary>One learned or static address of <c>show mac address-table</c>; ports as printed.</summary>
public sealed record MacAddressRow(string Vlan, string Mac, string Type, IReadOnlyList<string> Ports);

/// <summary>
/// Reads the unicast rows of <c>show mac address-table</c> in every layout IOS prints: <c>vlan mac type ports</c>
/// (leading spaces and flag columns such as <c>*</c> or <c>R</c> allowed), with <c>learn age</c> or
/// <c>protocols</c> columns in between, and the old <c>mac type vlan port</c> order. A row is any line holding a
/// dotted MAC; the VLAN precedes it and the type follows it. The ports column is found by counting the header's
/// words after <c>type</c>, because it may be empty (<c>728 0000.0000.0003 static Yes -</c>: the last token is the
/// age). Multicast sections are skipped: their entries are flood lists, not addresses learned on a port.
/// </summary>
internal static class MacAddressTable
{
    private const int MaxTokens = 16;

    public static List<MacAddressRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<MacAddressRow>();
        var pool = new StringPool();
        var multicast = false;
        var columnsAfterType = -1;
        Span<Range> t = stackalloc Range[MaxTokens];

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("Multicast Entries", StringComparison.OrdinalIgnoreCase))
            {
                multicast = true;
                continue;
            }

            if (trimmed.StartsWith("Unicast Entries", StringComparison.OrdinalIgnoreCase))
            {
                multicast = false;
                continue;
            }

            if (multicast)
            {
                continue;
            }

            var count = DeviceText.Tokenize(line, t);
            var m = 0;
            while (m < count && !DeviceText.IsDottedMac(line[t[m]]))
            {
                m++;
            }

            if (m == count)
            {
                columnsAfterType = IsHeader(line, t[..count], out var after) ? after : columnsAfterType;
                continue; // legend, header, totals
            }

            ReadOnlySpan<char> vlan, type, ports;
            if (m == 0 && count >= 4)
            {
                // "0010.7b00.1540       Dynamic          2  FastEthernet0/5" (Destination Address, Type, VLAN, Port)
                type = line[t[1]];
                vlan = line[t[2]];
                ports = line[t[3].Start..].Trim();
            }
            else if (m > 0 && count >= m + 2 && columnsAfterType > 0)
            {
                vlan = line[t[m - 1]];
                type = line[t[m + 1]];
                var port = m + 1 + columnsAfterType;
                ports = port < count ? line[t[port].Start..].Trim() : default;
            }
            else if (m > 0 && count >= m + 3)
            {
                vlan = line[t[m - 1]];
                type = line[t[m + 1]];
                ports = line[t[count - 1]];
            }
            else
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show mac address-table: row has too few columns; row skipped.");
                continue;
            }

            rows.Add(new MacAddressRow(pool.Get(vlan), line[t[m]].ToString(), pool.Get(type), SplitPorts(ports, pool)));
        }

        return rows;
    }

    // "vlan   mac address    type   learn    age   ports": three columns after type, the ports the third.
    private static bool IsHeader(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, out int columnsAfterType)
    {
        columnsAfterType = -1;
        if (!line.Contains("mac", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var k = 0; k < t.Length; k++)
        {
            if (line[t[k]].Equals("type", StringComparison.OrdinalIgnoreCase))
            {
                columnsAfterType = t.Length - k - 1;
                return columnsAfterType > 0;
            }
        }

        return false;
    }

    private static string[] SplitPorts(ReadOnlySpan<char> ports, StringPool pool)
    {
        if (ports.IsEmpty)
        {
            return [];
        }

        if (!ports.Contains(','))
        {
            return [pool.Get(ports)];
        }

        var list = new List<string>();
        foreach (var range in ports.Split(','))
        {
            var port = ports[range].Trim();
            if (!port.IsEmpty)
            {
                list.Add(pool.Get(port));
            }
        }

        return [.. list];
    }
}
