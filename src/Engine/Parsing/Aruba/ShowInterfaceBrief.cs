namespace StateTrace.Engine.Parsing.Aruba;

/// <summary>
/// One row of AOS-CX <c>show interface brief</c>, as printed: <c>--</c> where the switch has no value, Speed in
/// Mb/s, Reason empty on a port that is up.
/// </summary>
public sealed record CxInterfaceBriefRow(
    string Port, string NativeVlan, string Mode, string Type, string Enabled, string Status, string Reason, string Speed, string Description);

/// <summary>
/// Reads the <c>Port Native Mode Type Enabled Status Reason Speed Description</c> table (its header spans two
/// lines: <c>VLAN</c> and <c>(Mb/s)</c> sit under their columns). The first six columns are single words; the
/// reason (<c>Administratively down</c>, <c>Waiting for link</c>) runs up to the speed, which is a number or
/// <c>--</c>; the description is the rest of the line.
/// </summary>
internal static class ShowInterfaceBrief
{
    private const int MaxTokens = 64;

    public static List<CxInterfaceBriefRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<CxInterfaceBriefRow>();
        var pool = new StringPool();
        var sawHeader = false;
        var sawText = false;
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
            if (trimmed.StartsWith("Port ", StringComparison.Ordinal) && trimmed.Contains(" Enabled ", StringComparison.Ordinal))
            {
                sawHeader = true;
                continue;
            }

            // The header's second line, and the echoed command or next prompt of a raw capture.
            if (!sawHeader || trimmed.StartsWith("VLAN", StringComparison.Ordinal) || DeviceText.IsPrompt(line))
            {
                continue;
            }

            var count = DeviceText.Tokenize(line, t);
            if (count < 6)
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show interface brief: row has fewer than six columns; row skipped.");
                continue;
            }

            var s = 6;
            while (s < count && !IsSpeed(line[t[s]]))
            {
                s++;
            }

            var reason = s > 6 ? line[t[6].Start..t[s - 1].End] : default;
            var speed = s < count ? line[t[s]] : default;
            var description = s + 1 < count ? line[t[s + 1].Start..].Trim() : default;
            rows.Add(new CxInterfaceBriefRow(
                line[t[0]].ToString(), pool.Get(line[t[1]]), pool.Get(line[t[2]]), pool.Get(line[t[3]]), pool.Get(line[t[4]]),
                pool.Get(line[t[5]]), pool.Get(reason), pool.Get(speed), description.ToString()));
        }

        if (sawText && !sawHeader)
        {
            report?.Invoke(firstLine, "show interface brief: no 'Port Native Mode Type Enabled Status' header found; table not read.");
        }

        return rows;
    }

    // "1000", "10000", "--"; newer releases print "10G" or "2.5G".
    private static bool IsSpeed(ReadOnlySpan<char> token)
    {
        if (token.SequenceEqual("--"))
        {
            return true;
        }

        var digits = token.TrimEnd("GM");
        return !digits.IsEmpty && !digits.ContainsAnyExcept("0123456789.") && char.IsAsciiDigit(digits[0]);
    }
}
