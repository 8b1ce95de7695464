namespace StateTrace.Engine.Parsing.Aruba;

/// <summary>One VLAN of AOS-CX <c>show vlan</c>; Interfaces as printed, ranges kept (<c>1/1/2-1/1/4</c>).</summary>
public sealed record CxVlanRow(string VlanId, string Name, string Status, string Reason, string Type, IReadOnlyList<string> Interfaces);

/// <summary>
/// Reads the <c>VLAN Name Status Reason Type Interfaces</c> table. Interface lists wrap onto lines that hold only
/// more of the list (ending in a comma). The status is the <c>up</c>/<c>down</c> word under the header's Status
/// column, so a name with spaces still reads.
/// </summary>
internal static class VlanTable
{
    private const int MaxTokens = 64;

    public static List<CxVlanRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<CxVlanRow>();
        var pool = new StringPool();
        var statusColumn = -1;
        var sawHeader = false;
        var sawText = false;
        List<string>? interfaces = null;
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
            if (trimmed.StartsWith("VLAN ", StringComparison.Ordinal) && trimmed.Contains(" Status", StringComparison.Ordinal))
            {
                sawHeader = true;
                statusColumn = line.IndexOf("Status", StringComparison.Ordinal);
                continue;
            }

            if (!sawHeader || DeviceText.IsPrompt(line))
            {
                continue;
            }

            var count = DeviceText.Tokenize(line, t);
            if (DeviceText.IsIndented(line) && interfaces is not null)
            {
                AddInterfaces(trimmed, interfaces, pool);
                continue;
            }

            var s = StatusToken(line, t[..count], statusColumn);
            if (!DeviceText.IsDigits(line[t[0]]) || s < 0 || s + 2 >= count)
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show vlan: row is not 'id name status reason type interfaces'; row skipped.");
                continue;
            }

            interfaces = [];
            if (s + 3 < count)
            {
                AddInterfaces(line[t[s + 3].Start..], interfaces, pool);
            }

            rows.Add(new CxVlanRow(
                line[t[0]].ToString(), line[t[1].Start..t[s - 1].End].ToString(), pool.Get(line[t[s]]), pool.Get(line[t[s + 1]]),
                pool.Get(line[t[s + 2]]), interfaces));
        }

        if (sawText && !sawHeader)
        {
            report?.Invoke(firstLine, "show vlan: no 'VLAN Name Status' header found; table not read.");
        }

        return rows;
    }

    private static int StatusToken(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, int statusColumn)
    {
        var first = -1;
        for (var k = 2; k < t.Length; k++)
        {
            var token = line[t[k]];
            if (!token.Equals("up", StringComparison.OrdinalIgnoreCase) && !token.Equals("down", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (t[k].Start.Value == statusColumn)
            {
                return k;
            }

            first = first < 0 ? k : first;
        }

        return first;
    }

    private static void AddInterfaces(ReadOnlySpan<char> list, List<string> interfaces, StringPool pool)
    {
        foreach (var range in list.SplitAny(", \t"))
        {
            var port = list[range];
            if (!port.IsEmpty)
            {
                interfaces.Add(pool.Get(port));
            }
        }
    }
}
