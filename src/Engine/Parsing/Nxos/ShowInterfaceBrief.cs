namespace StateTrace.Engine.Parsing.Nxos;

/// <summary>
/// One interface of NX-OS <c>show interface brief</c>, whichever section listed it (Ethernet, port-channel,
/// management, loopback, SVI, tunnel, nve, …). A field its section has no column for is empty; <c>--</c> stays <c>--</c>.
/// </summary>
public sealed record NxosInterfaceBriefRow(
    string Interface,
    string Vlan,
    string Type,
    string Mode,
    string Status,
    string Reason,
    string Speed,
    string PortChannel,
    string Protocol,
    string Vrf,
    string IpAddress,
    string Mtu,
    string Description,
    string SecondaryVlan);

/// <summary>
/// Reads NX-OS <c>show interface brief</c>: a run of sections, each with its own header
/// (<c>Ethernet VLAN Type Mode Status Reason Speed Port</c>, <c>Port VRF Status IP Address Speed MTU</c>,
/// <c>Interface Status Description</c>, …). Each header is read into its list of columns (<c>IP Address</c>,
/// <c>Encap type</c>, <c>Secondary VLAN(Type)</c> are one column each) and every row below it is matched to that
/// list word by word; the one free-text column of a section (Reason or Description) takes the words left over.
/// </summary>
internal static class ShowInterfaceBrief
{
    private const int MaxTokens = 32;
    private const int MaxColumns = 16;

    public static List<NxosInterfaceBriefRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<NxosInterfaceBriefRow>();
        var pool = new StringPool();
        Span<Column> columns = stackalloc Column[MaxColumns];
        var columnCount = 0;
        var sawText = false;
        Span<Range> t = stackalloc Range[MaxTokens];

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty || DeviceText.IsRule(trimmed) || DeviceText.IsPrompt(line))
            {
                continue;
            }

            sawText = true;
            var count = DeviceText.Tokenize(line, t);
            if (IsHeader(line, t[..count]))
            {
                columnCount = ReadHeader(line, t[..count], columns);
                continue;
            }

            // "Interface   Ch #" continues the Ethernet header; a bare "Interface" the port-channel one.
            if (line[t[0]] is "Interface" || columnCount == 0)
            {
                continue;
            }

            if (!TryReadRow(line, t[..count], columns[..columnCount], pool, out var row))
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show interface brief: row has fewer columns than its header; row skipped.");
                continue;
            }

            rows.Add(row);
        }

        if (sawText && rows.Count == 0 && columnCount == 0)
        {
            report?.Invoke(firstLine, "show interface brief: no section header found; nothing read.");
        }

        return rows;
    }

    private static bool IsHeader(ReadOnlySpan<char> line, ReadOnlySpan<Range> t)
    {
        if (t.Length < 2)
        {
            return false;
        }

        var first = line[t[0]];
        if (first is not ("Port" or "Ethernet" or "Port-channel" or "Interface"))
        {
            return false;
        }

        for (var k = 1; k < t.Length; k++)
        {
            if (line[t[k]] is "Status")
            {
                return true;
            }
        }

        return false;
    }

    private static int ReadHeader(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, Span<Column> columns)
    {
        var n = 0;
        columns[n++] = Column.Interface;
        for (var k = 1; k < t.Length && n < columns.Length; k++)
        {
            var word = line[t[k]];
            var next = k + 1 < t.Length ? line[t[k + 1]] : default;
            var column = word switch
            {
                "VLAN" => Column.Vlan,
                "Type" => Column.Type,
                "Mode" => Column.Mode,
                "Status" => Column.Status,
                "Reason" => Column.Reason,
                "Speed" => Column.Speed,
                "Port" => Column.PortChannel,
                "Protocol" => Column.Protocol,
                "VRF" => Column.Vrf,
                "MTU" => Column.Mtu,
                "Description" => Column.Description,
                "IP" => Column.IpAddress,
                "Encap" => Column.Type,
                "Secondary" => Column.SecondaryVlan,
                _ => Column.Other,
            };

            // Two-word and three-word column names: "IP Address", "Peer IP Address", "Encap type", "VC ID", "Secondary VLAN(Type)".
            if ((word is "IP" or "Encap" or "VC" or "Secondary") && !next.IsEmpty)
            {
                k++;
            }
            else if (word is "Peer" && k + 2 < t.Length)
            {
                k += 2;
            }

            columns[n++] = column;
        }

        return n;
    }

    private static bool TryReadRow(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, ReadOnlySpan<Column> columns, StringPool pool, out NxosInterfaceBriefRow row)
    {
        row = null!;
        var n = columns.Length;
        if (t.Length < n)
        {
            return false;
        }

        var free = Find(columns, Column.Reason);
        if (free < 0)
        {
            free = Find(columns, Column.Description);
        }

        if (t.Length > n && free < 0)
        {
            free = n - 1; // extra words belong to the last column
        }

        var extra = t.Length - n;
        Span<Range> cells = stackalloc Range[MaxColumns];
        for (var c = 0; c < n; c++)
        {
            var first = c <= free || free < 0 ? c : c + extra;
            var last = c == free ? c + extra : first;
            cells[c] = t[first].Start..t[last].End;
        }

        // The free-text column last in its section (Description) runs to the end of the line, however many words.
        if (free == n - 1)
        {
            cells[free] = cells[free].Start..line.TrimEnd().Length;
        }

        var cellsOfRow = cells[..n];
        row = new NxosInterfaceBriefRow(
            line[cellsOfRow[0]].ToString(),
            Cell(line, columns, cellsOfRow, Column.Vlan, pool),
            Cell(line, columns, cellsOfRow, Column.Type, pool),
            Cell(line, columns, cellsOfRow, Column.Mode, pool),
            Cell(line, columns, cellsOfRow, Column.Status, pool),
            Cell(line, columns, cellsOfRow, Column.Reason, pool),
            Cell(line, columns, cellsOfRow, Column.Speed, pool),
            Cell(line, columns, cellsOfRow, Column.PortChannel, pool),
            Cell(line, columns, cellsOfRow, Column.Protocol, pool),
            Cell(line, columns, cellsOfRow, Column.Vrf, pool),
            Cell(line, columns, cellsOfRow, Column.IpAddress, pool),
            Cell(line, columns, cellsOfRow, Column.Mtu, pool),
            Cell(line, columns, cellsOfRow, Column.Description, pool),
            Cell(line, columns, cellsOfRow, Column.SecondaryVlan, pool));
        return true;
    }

    private static string Cell(ReadOnlySpan<char> line, ReadOnlySpan<Column> columns, ReadOnlySpan<Range> cells, Column wanted, StringPool pool)
    {
        var i = Find(columns, wanted);
        return i < 0 ? "" : pool.Get(line[cells[i]]);
    }

    private static int Find(ReadOnlySpan<Column> columns, Column wanted)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i] == wanted)
            {
                return i;
            }
        }

        return -1;
    }

    private enum Column : byte
    {
        Other,
        Interface,
        Vlan,
        Type,
        Mode,
        Status,
        Reason,
        Speed,
        PortChannel,
        Protocol,
        Vrf,
        IpAddress,
        Mtu,
        Description,
        SecondaryVlan,
    }
}
