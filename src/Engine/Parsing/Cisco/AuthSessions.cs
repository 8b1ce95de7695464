namespace StateTrace.Engine.Parsing.Cisco;

/// <summary>One session of <c>show authentication sessions</c> / <c>show access-session</c>.</summary>
/// <param name="MacAddress">The client MAC, or <c>(unknown)</c> while a session is starting.</param>
/// <param name="AuthState">Authorized, Unauthorized or Unknown, read from Status.</param>
public sealed record AuthSessionRow(
    string Interface, string MacAddress, string Method, string Domain, string Status, string Session, string AuthState);

/// <summary>
/// Reads the session table after the <c>Interface  MAC Address|Identifier  Method  Domain  Status [Fg]  Session ID</c>
/// header. Status may hold a space (<c>Authz Success</c>); the session id is the last column, and a one-letter flag
/// under the <c>Fg</c> column is not part of the status.
/// </summary>
internal static class AuthSessions
{
    private const int MaxTokens = 16;

    public static List<AuthSessionRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<AuthSessionRow>();
        var pool = new StringPool();
        var sawHeader = false;
        var flagColumn = -1;
        Span<Range> t = stackalloc Range[MaxTokens];

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("Interface ", StringComparison.Ordinal) && trimmed.Contains("Method", StringComparison.Ordinal))
            {
                sawHeader = true;
                var fg = line.IndexOf(" Fg ", StringComparison.Ordinal);
                flagColumn = fg < 0 ? -1 : fg + 1;
                continue;
            }

            if (!sawHeader || trimmed.IsEmpty || DeviceText.IsRule(trimmed))
            {
                continue;
            }

            var count = DeviceText.Tokenize(line, t);
            if (count == 0 || !LooksLikePort(line[t[0]]))
            {
                continue; // "Session count = 41", the flag legend
            }

            if (count < 5 || DeviceText.IsPrompt(line))
            {
                if (count > 1)
                {
                    report?.Invoke(firstLine + cursor.Number - 1, "show authentication sessions: row has too few columns; row skipped.");
                }

                continue;
            }

            var last = count - 1;
            var statusEnd = last - 1;
            if (flagColumn > 0 && statusEnd > 4 && t[statusEnd].Start.Value >= flagColumn)
            {
                statusEnd--;
            }

            var status = statusEnd >= 4 ? line[t[4].Start..t[statusEnd].End] : default;
            rows.Add(new AuthSessionRow(
                line[t[0]].ToString(),
                line[t[1]].ToString(),
                pool.Get(line[t[2]]),
                pool.Get(line[t[3]]),
                pool.Get(status),
                line[t[last]].ToString(),
                StateOf(status)));
        }

        return rows;
    }

    /// <summary>Original rule: <c>unauth</c>/<c>fail</c> → Unauthorized, else <c>auth</c> → Authorized, else Unknown.</summary>
    public static string StateOf(ReadOnlySpan<char> status)
    {
        if (status.Contains("unauth", StringComparison.OrdinalIgnoreCase) || status.Contains("fail", StringComparison.OrdinalIgnoreCase))
        {
            return "Unauthorized";
        }

        return status.Contains("auth", StringComparison.OrdinalIgnoreCase) ? "Authorized" : "Unknown";
    }

    private static bool LooksLikePort(ReadOnlySpan<char> token) =>
        token.Length >= 2 && char.IsAsciiLetter(token[0]) && char.IsAsciiDigit(token[^1]);
}
