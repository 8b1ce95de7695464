namespace StateTrace.Engine.Parsing.Arista;

/// <summary>One entry of EOS <c>show mac address-table</c>; a multicast entry lists every port it floods to.</summary>
/// <param name="LastMove">As printed without the trailing <c>ago</c> (<c>9 days, 15:57:28</c>).</param>
public sealed record AristaMacRow(
    string Vlan, string Mac, string Type, IReadOnlyList<string> Ports, string Moves, string LastMove, bool Multicast);

/// <summary>
/// Reads EOS <c>show mac address-table</c>: the unicast table (<c>Vlan Mac Address Type Ports Moves Last Move</c>)
/// and the multicast table that follows it (<c>Vlan Mac Address Type Ports</c>, several ports per row). A row is a
/// VLAN number followed by a dotted address; everything after the type is read by the current header's layout.
/// </summary>
internal static class MacAddressTable
{
    private const int MaxTokens = 64;

    public static List<AristaMacRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<AristaMacRow>();
        var pool = new StringPool();
        var multicast = false;
        var withMoves = true;
        Span<Range> t = stackalloc Range[MaxTokens];

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty || DeviceText.IsRule(trimmed))
            {
                continue;
            }

            var count = DeviceText.Tokenize(line, t);
            if (count < 2 || !IsMacShaped(line[t[1]]) || !DeviceText.IsDigits(line[t[0]]))
            {
                if (trimmed.Contains("Address Table", StringComparison.OrdinalIgnoreCase))
                {
                    multicast = trimmed.StartsWith("Multicast", StringComparison.OrdinalIgnoreCase);
                }
                else if (trimmed.StartsWith("Vlan ", StringComparison.OrdinalIgnoreCase) && trimmed.Contains("Type", StringComparison.OrdinalIgnoreCase))
                {
                    withMoves = trimmed.Contains("Moves", StringComparison.OrdinalIgnoreCase);
                }

                continue; // titles, headers, totals, echoed command, prompt
            }

            if (count < 4)
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show mac address-table: row has no type or port column; row skipped.");
                continue;
            }

            IReadOnlyList<string> ports;
            string moves = "", lastMove = "";
            if (withMoves && !multicast)
            {
                ports = [pool.Get(line[t[3]])];
                moves = count > 4 ? pool.Get(line[t[4]]) : "";
                if (count > 5)
                {
                    var last = line[t[5].Start..].Trim();
                    lastMove = pool.Get(last.EndsWith(" ago", StringComparison.Ordinal) ? last[..^4].TrimEnd() : last);
                }
            }
            else
            {
                var list = new string[count - 3];
                for (var k = 3; k < count; k++)
                {
                    list[k - 3] = pool.Get(line[t[k]]);
                }

                ports = list;
            }

            rows.Add(new AristaMacRow(pool.Get(line[t[0]]), line[t[1]].ToString(), pool.Get(line[t[2]]), ports, moves, lastMove, multicast));
        }

        return rows;
    }

    // Dotted like 001c.7313.a3de; letters beyond hex are allowed because redacted captures print "jenn.3057.8423".
    private static bool IsMacShaped(ReadOnlySpan<char> s)
    {
        if (s.Length != 14 || s[4] != '.' || s[9] != '.')
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            if (i != 4 && i != 9 && !char.IsAsciiLetterOrDigit(s[i]))
            {
                return false;
            }
        }

        return true;
    }
}
