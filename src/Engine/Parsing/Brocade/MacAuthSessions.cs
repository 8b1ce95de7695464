namespace StateTrace.Engine.Parsing.Brocade;

/// <summary>
/// Reads <c>show mac-authentication sessions all</c> (FastIron before 08.0.90): <c>Port MAC IP VLAN Authenticated
/// Time Age Dot1x</c>. The Authenticated column is the first Yes/No after the VLAN.
/// </summary>
internal static class MacAuthSessions
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
                    AuthSessions.ReportRow(report, firstLine + cursor.Number - 1, "show mac-authentication sessions");
                }

                continue;
            }

            var k = mac + 1;
            while (k < count && !(line[t[k]] is "Yes" or "No" && DeviceText.IsDigits(line[t[k - 1]])))
            {
                k++;
            }

            if (k == count)
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show mac-authentication sessions: row has no VLAN and Yes/No columns; row skipped.");
                continue;
            }

            var status = line[t[k]];
            rows.Add(new FastIronAuthSession(
                pool.Get(line[t[0]]), line[t[mac]].ToString(), pool.Get(line[t[k - 1]]), "macauth", pool.Get(status), "",
                AuthSessions.StateOf(status, default)));
        }

        return rows;
    }
}
