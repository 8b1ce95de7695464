namespace StateTrace.Engine.Parsing.Brocade;

/// <summary>One row of FastIron <c>show interfaces brief</c>; Status is the Link column (<c>Up</c>, <c>Down</c>, <c>Disable</c>).</summary>
/// <param name="Pvid">The port VLAN, or <c>N/A</c> on a port that is only tagged.</param>
/// <param name="Tag">Yes when the port is a tagged member of some VLAN.</param>
/// <param name="Mac">The port's own MAC address.</param>
/// <param name="Name">The port name as the table prints it (cut to the column width, spaces kept).</param>
public sealed record InterfaceBriefRow(
    string Port, string Status, string State, string Duplex, string Speed, string Trunk, string Tag, string Pvid,
    string Priority, string Mac, string Name);

/// <summary>
/// Reads the table after the <c>Port Link State Dupl Speed Trunk Tag Pvid Pri MAC Name</c> header. The MAC column
/// anchors a row: the columns before it are read by the header's names (releases differ in which of Trunk, Tag,
/// Pvid and Pri they print, and 08.0.x says <c>L2 State</c>), and everything after it is the name, spaces included.
/// </summary>
internal static class InterfacesBrief
{
    private const int MaxTokens = 24;

    public static List<InterfaceBriefRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<InterfaceBriefRow>();
        var pool = new StringPool();
        var columns = default(Columns);
        var sawHeader = false;
        var sawText = false;
        Span<Range> t = stackalloc Range[MaxTokens];

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty || DeviceText.IsRule(trimmed))
            {
                continue;
            }

            sawText = true;
            var count = DeviceText.Tokenize(line, t);
            if (IsHeader(line, t[..count]))
            {
                columns = Columns.Of(line, t[..count]);
                sawHeader = true;
                continue;
            }

            if (!sawHeader || DeviceText.IsPrompt(line))
            {
                continue;
            }

            if (!TryReadRow(line, t[..count], columns, pool, out var row))
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show interfaces brief: row has no MAC column; row skipped.");
                continue;
            }

            rows.Add(row);
        }

        if (!sawHeader && sawText)
        {
            report?.Invoke(firstLine, "show interfaces brief: no 'Port Link' header found; table not read.");
        }

        return rows;
    }

    private static bool IsHeader(ReadOnlySpan<char> line, ReadOnlySpan<Range> t) =>
        t.Length >= 3 && line[t[0]] is "Port" && line[t[1]] is "Link";

    private static bool TryReadRow(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, Columns columns, StringPool pool, out InterfaceBriefRow row)
    {
        row = null!;
        var m = 1;
        while (m < t.Length && !DeviceText.IsDottedMac(line[t[m]]))
        {
            m++;
        }

        if (m == t.Length || m < 5)
        {
            return false;
        }

        // Columns before MAC by the header when the row has exactly as many; else the fixed first five and the
        // last four before MAC (Trunk Tag Pvid Pri), which every release prints in that order.
        var byHeader = columns.Mac == m;
        row = new InterfaceBriefRow(
            line[t[0]].ToString(),
            pool.Get(line[t[1]]),
            pool.Get(line[t[2]]),
            pool.Get(line[t[3]]),
            pool.Get(line[t[4]]),
            Field(line, t, byHeader ? columns.Trunk : m - 4, byHeader ? 1 : 5, m, pool),
            Field(line, t, byHeader ? columns.Tag : m - 3, byHeader ? 1 : 5, m, pool),
            Field(line, t, byHeader ? columns.Pvid : m - 2, byHeader ? 1 : 5, m, pool),
            Field(line, t, byHeader ? columns.Priority : m - 1, byHeader ? 1 : 5, m, pool),
            line[t[m]].ToString(),
            pool.Get(line[t[m].End..].Trim()));
        return true;
    }

    private static string Field(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, int k, int low, int mac, StringPool pool) =>
        k >= low && k < mac ? pool.Get(line[t[k]]) : "";

    /// <summary>Token positions of the header's columns (-1 when absent), with <c>L2 State</c> counted as one.</summary>
    private readonly record struct Columns(int Trunk, int Tag, int Pvid, int Priority, int Mac)
    {
        public static Columns Of(ReadOnlySpan<char> line, ReadOnlySpan<Range> t)
        {
            int trunk = -1, tag = -1, pvid = -1, priority = -1, mac = -1;
            var column = 0;
            for (var k = 0; k < t.Length; k++, column++)
            {
                var word = line[t[k]];
                if (word is "L2" && k + 1 < t.Length && line[t[k + 1]] is "State")
                {
                    k++;
                }
                else if (word is "Trunk")
                {
                    trunk = column;
                }
                else if (word is "Tag")
                {
                    tag = column;
                }
                else if (word is "Pvid" or "PVID")
                {
                    pvid = column;
                }
                else if (word.StartsWith("Pri", StringComparison.Ordinal))
                {
                    priority = column;
                }
                else if (word is "MAC")
                {
                    mac = column;
                }
            }

            return new Columns(trunk, tag, pvid, priority, mac);
        }
    }
}
