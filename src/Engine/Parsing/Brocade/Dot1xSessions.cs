namespace StateTrace.Engine.Parsing.Brocade;

/// <summary>
/// Reads <c>show dot1x sessions all</c> (FastIron before 08.0.90): <c>Port MAC IP User VLAN AuthState ACL
/// SessionTime Age PAE</c>. The IP and user columns may be empty, so the row is read from its right end.
/// </summary>
internal static class Dot1xSessions
{
    private const int RightColumns = 6; // VLAN AuthState ACL SessionTime Age PAE

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
                    AuthSessions.ReportRow(report, firstLine + cursor.Number - 1, "show dot1x sessions");
                }

                continue;
            }

            var pae = line[t[count - 1]];
            ReadOnlySpan<char> status = default, vlan = default;
            if (count - RightColumns > mac)
            {
                status = line[t[count - 5]];
                vlan = line[t[count - RightColumns]];
            }

            rows.Add(new FastIronAuthSession(
                pool.Get(line[t[0]]), line[t[mac]].ToString(), DeviceText.IsDigits(vlan) ? pool.Get(vlan) : "", "dot1x",
                pool.Get(status), count - 1 > mac ? pool.Get(pae) : "", AuthSessions.StateOf(status, count - 1 > mac ? pae : default)));
        }

        return rows;
    }
}
