namespace StateTrace.Engine.Parsing.Aruba;

/// <summary>One address of AOS-CX <c>show mac-address-table</c>; the port as printed (<c>1/1/30</c>, <c>lag100</c>).</summary>
public sealed record CxMacRow(string Vlan, string Mac, string Type, IReadOnlyList<string> Ports);

/// <summary>
/// Reads the <c>MAC Address VLAN Type Port</c> table: a row is any line whose first word is a colon-separated MAC.
/// The type may be long (<c>port-access-security</c>), so the port is the last word.
/// </summary>
internal static class MacAddressTable
{
    private const int MaxTokens = 16;

    public static List<CxMacRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<CxMacRow>();
        var pool = new StringPool();
        Span<Range> t = stackalloc Range[MaxTokens];

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var count = DeviceText.Tokenize(line, t);
            if (count == 0 || !ArubaText.IsColonMac(line[t[0]]))
            {
                continue; // age-time and count lines, header, rule
            }

            if (count < 4)
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show mac-address-table: row has fewer than four columns; row skipped.");
                continue;
            }

            rows.Add(new CxMacRow(
                pool.Get(line[t[1]]), line[t[0]].ToString(), pool.Get(line[t[2].Start..t[count - 2].End]), [pool.Get(line[t[count - 1]])]));
        }

        return rows;
    }
}
