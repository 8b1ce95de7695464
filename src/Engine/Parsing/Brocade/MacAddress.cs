namespace StateTrace.Engine.Parsing.Brocade;

/// <summary>One address of FastIron <c>show mac-address</c>; the port as printed (<c>1/1/2</c>, <c>lg61</c>).</summary>
/// <param name="Type">Dynamic/Static, or empty on releases without a Type column.</param>
public sealed record FastIronMacRow(string Vlan, string Mac, string Type, IReadOnlyList<string> Ports, string Age);

/// <summary>
/// Reads FastIron <c>show mac-address</c>. The column order differs by release (<c>MAC-Address Port Type VLAN</c> on
/// ICX, <c>MAC Address Port Age VLAN [Type]</c> on older FastIron, sometimes with an Index column), so each row is
/// read by the names of the last header; rows may omit trailing columns. The header repeats on every page.
/// </summary>
internal static class MacAddress
{
    private const int MaxTokens = 16;

    public static List<FastIronMacRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<FastIronMacRow>();
        var pool = new StringPool();
        var columns = Columns.Default;
        var sawText = false;
        Span<Range> t = stackalloc Range[MaxTokens];

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var count = DeviceText.Tokenize(line, t);
            if (count == 0)
            {
                continue;
            }

            sawText = true;
            var first = line[t[0]];
            if (first.StartsWith("MAC", StringComparison.OrdinalIgnoreCase))
            {
                columns = Columns.Of(line, t[..count]);
                continue;
            }

            if (!DeviceText.IsDottedMac(first))
            {
                continue; // "Total active entries from all ports = 93", prompts, paging debris
            }

            if (count <= columns.Port)
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show mac-address: row has no port column; row skipped.");
                continue;
            }

            rows.Add(new FastIronMacRow(
                Field(line, t[..count], columns.Vlan, pool),
                first.ToString(),
                Field(line, t[..count], columns.Type, pool),
                [pool.Get(line[t[columns.Port]])],
                Field(line, t[..count], columns.Age, pool)));
        }

        if (sawText && rows.Count == 0)
        {
            ReportEmpty(text, firstLine, report);
        }

        return rows;
    }

    // An empty table ("Total active entries from all ports = 0") is an answer, not a failure.
    private static void ReportEmpty(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        if (!text.Contains("entries", StringComparison.OrdinalIgnoreCase) && !text.Contains("MAC", StringComparison.Ordinal))
        {
            report?.Invoke(firstLine, "show mac-address: no MAC address table found; nothing read.");
        }
    }

    private static string Field(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, int column, StringPool pool) =>
        column > 0 && column < t.Length ? pool.Get(line[t[column]]) : "";

    /// <summary>Which token of a row holds each column; "MAC Address" is two header words but one row token.</summary>
    private readonly record struct Columns(int Port, int Vlan, int Type, int Age)
    {
        public static Columns Default => new(1, 3, 2, -1);

        public static Columns Of(ReadOnlySpan<char> line, ReadOnlySpan<Range> t)
        {
            int port = -1, vlan = -1, type = -1, age = -1;
            var column = 0;
            for (var k = 0; k < t.Length; k++, column++)
            {
                var word = line[t[k]];
                if (word.Equals("MAC", StringComparison.OrdinalIgnoreCase) && k + 1 < t.Length
                    && line[t[k + 1]].Equals("Address", StringComparison.OrdinalIgnoreCase))
                {
                    k++;
                }
                else if (word.Equals("Port", StringComparison.OrdinalIgnoreCase) || word.Equals("Ports", StringComparison.OrdinalIgnoreCase))
                {
                    port = column;
                }
                else if (word.Equals("VLAN", StringComparison.OrdinalIgnoreCase))
                {
                    vlan = column;
                }
                else if (word.Equals("Type", StringComparison.OrdinalIgnoreCase))
                {
                    type = column;
                }
                else if (word.Equals("Age", StringComparison.OrdinalIgnoreCase))
                {
                    age = column;
                }
            }

            return port > 0 ? new Columns(port, vlan, type, age) : Default;
        }
    }
}
