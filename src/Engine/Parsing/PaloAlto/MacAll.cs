namespace StateTrace.Engine.Parsing.PaloAlto;

/// <summary>One entry of PAN-OS <c>show mac all</c> (layer-2 interfaces); Vlan is the VLAN object's name.</summary>
public sealed record PanosMacRow(string Vlan, string Mac, IReadOnlyList<string> Ports, string Status, string Ttl);

/// <summary>Reads the <c>vlan hw address interface status ttl</c> table: a row is a line whose second word is a MAC.</summary>
internal static class MacAll
{
    private const int MaxTokens = 16;

    public static List<PanosMacRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<PanosMacRow>();
        var pool = new StringPool();
        Span<Range> t = stackalloc Range[MaxTokens];

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var count = DeviceText.Tokenize(line, t);
            if (count < 2 || !PanosText.IsColonMac(line[t[1]]))
            {
                continue; // totals, legend, header, rule
            }

            if (count < 3)
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show mac all: row has no interface column; row skipped.");
                continue;
            }

            rows.Add(new PanosMacRow(
                pool.Get(line[t[0]]), line[t[1]].ToString(), [pool.Get(line[t[2]])], count > 3 ? pool.Get(line[t[3]]) : "",
                count > 4 ? line[t[4]].ToString() : ""));
        }

        return rows;
    }
}
