namespace StateTrace.Engine.Parsing.Juniper;

/// <summary>
/// One row of Junos <c>show interfaces terse</c>: an interface or logical unit with one protocol family. A unit
/// with several families (<c>inet</c> and <c>inet6</c>) gives one row per family, all with the unit's name.
/// </summary>
public sealed record TerseRow(string Interface, string Admin, string Link, string Proto, string Local, string Remote);

/// <summary>
/// Reads <c>show interfaces terse</c>. Rows are <c>name admin link [proto [local] [--> remote]]</c>; an indented
/// line continues the previous interface with its next family or address.
/// </summary>
internal static class InterfacesTerse
{
    private const int MaxTokens = 16;

    public static List<TerseRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<TerseRow>();
        var pool = new StringPool();
        var sawHeader = false;
        var sawText = false;
        string name = "", admin = "", link = "", proto = "";
        Span<Range> t = stackalloc Range[MaxTokens];

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty || trimmed[0] == '{' || DeviceText.IsPrompt(line) || JunosText.IsEcho(line))
            {
                continue;
            }

            sawText = true;
            if (trimmed.StartsWith("Interface ", StringComparison.Ordinal) && trimmed.Contains("Admin", StringComparison.Ordinal))
            {
                sawHeader = true;
                continue;
            }

            var count = DeviceText.Tokenize(line, t);
            int next;
            if (DeviceText.IsIndented(line))
            {
                if (name.Length == 0)
                {
                    report?.Invoke(firstLine + cursor.Number - 1, "show interfaces terse: continuation line before any interface; skipped.");
                    continue;
                }

                next = 0;
            }
            else if (count >= 3 && IsState(line[t[1]]) && IsState(line[t[2]]))
            {
                name = line[t[0]].ToString();
                admin = pool.Get(line[t[1]]);
                link = pool.Get(line[t[2]]);
                proto = "";
                next = 3;
                if (count == 3)
                {
                    rows.Add(new TerseRow(name, admin, link, "", "", ""));
                    continue;
                }
            }
            else
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show interfaces terse: row is not 'interface admin link …'; row skipped.");
                continue;
            }

            // A family word, or only an address: "inet6 fe80::1/64", or "10.0.0.2/30" under the family above.
            var first = line[t[next]];
            if (!first.Contains('.') && !first.Contains(':') && !first.SequenceEqual("-->"))
            {
                proto = pool.Get(first);
                next++;
            }

            ReadOnlySpan<char> local = default, remote = default;
            for (var k = next; k < count; k++)
            {
                if (line[t[k]].SequenceEqual("-->"))
                {
                    remote = k + 1 < count ? line[t[k + 1]] : default;
                    break;
                }

                local = local.IsEmpty ? line[t[k]] : local;
            }

            rows.Add(new TerseRow(name, admin, link, proto, local.ToString(), pool.Get(remote)));
        }

        if (sawText && !sawHeader)
        {
            report?.Invoke(firstLine, "show interfaces terse: no 'Interface Admin Link' header found; table read without it.");
        }

        return rows;
    }

    private static bool IsState(ReadOnlySpan<char> token) =>
        token.Equals("up", StringComparison.OrdinalIgnoreCase) || token.Equals("down", StringComparison.OrdinalIgnoreCase);
}
