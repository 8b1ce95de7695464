namespace StateTrace.Engine.Parsing.Brocade;

/// <summary>
/// Reads <c>show authentication sessions all</c> (FastIron 08.0.90 and later, both methods in one table):
/// <c>Port MAC IP User VLAN Method AuthState ACL SessionTime Age PAE</c>. The IP and user columns may be empty, so
/// the method word (<c>MAUTH</c>, <c>8021.X</c>) anchors the row: the VLAN precedes it, the Auth State follows it.
/// </summary>
internal static class AuthenticationSessions
{
    public static List<FastIronAuthSession> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<FastIronAuthSession>();
        var pool = new StringPool();
        Span<Range> t = stackalloc Range[AuthSessions.MaxTokens];

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var count = DeviceText.Tokenize(line, t);
            var tokens = t[..count];
            if (!AuthSessions.TryRow(line, tokens, out var mac))
            {
                if (count > 2 && AuthSessions.IsPort(line[t[0]]))
                {
                    AuthSessions.ReportRow(report, firstLine + cursor.Number - 1, "show authentication sessions");
                }

                continue;
            }

            var k = mac + 1;
            while (k < count && MethodOf(line[t[k]]) is null)
            {
                k++;
            }

            if (k == count)
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show authentication sessions: row names no method (MAUTH, 8021.X); row skipped.");
                continue;
            }

            var vlan = k - 1 > mac && DeviceText.IsDigits(line[t[k - 1]]) ? pool.Get(line[t[k - 1]]) : "";
            var status = k + 1 < count ? line[t[k + 1]] : default;
            var pae = count - 1 > k + 1 ? line[t[count - 1]] : default;
            rows.Add(new FastIronAuthSession(
                pool.Get(line[t[0]]), line[t[mac]].ToString(), vlan, MethodOf(line[t[k]])!, pool.Get(status), pool.Get(pae),
                AuthSessions.StateOf(status, pae)));
        }

        return rows;
    }

    private static string? MethodOf(ReadOnlySpan<char> token)
    {
        if (token.Equals("MAUTH", StringComparison.OrdinalIgnoreCase))
        {
            return "macauth";
        }

        return token.Equals("8021.X", StringComparison.OrdinalIgnoreCase) || token.Equals("DOT1X", StringComparison.OrdinalIgnoreCase)
            || token.Equals("802.1X", StringComparison.OrdinalIgnoreCase)
            ? "dot1x"
            : null;
    }
}
