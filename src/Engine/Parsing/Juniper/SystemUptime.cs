namespace StateTrace.Engine.Parsing.Juniper;

/// <summary>
/// Junos <c>show system uptime</c>. Times are as printed (<c>2021-03-29 13:32:05 MSK</c>); <paramref name="Uptime"/>
/// is the interval in brackets after <c>System booted</c> (<c>22w0d 19:16</c>), the original's rule.
/// </summary>
public sealed record JunosUptime(
    string CurrentTime,
    string TimeSource,
    string SystemBooted,
    string Uptime,
    string ProtocolsStarted,
    string LastConfigured,
    string LastConfiguredBy,
    string Users,
    string LoadAverage1,
    string LoadAverage5,
    string LoadAverage15);

/// <summary>
/// Reads <c>show system uptime</c>: <c>Key: time (interval ago)</c> lines and the BSD-style
/// <c>8:48AM up 154 days, 19:16, 2 users, load averages: 0.04, 0.04, 0.01</c> line. A multi-member system prints
/// one section per member; the first one is kept.
/// </summary>
internal static class SystemUptime
{
    public static JunosUptime Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        string current = "", source = "", booted = "", uptime = "", protocols = "", configured = "", by = "", users = "";
        string load1 = "", load5 = "", load15 = "";
        var sawText = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.Trim();
            sawText |= !line.IsEmpty;
            if (current.Length == 0 && DeviceText.TryValueAfter(line, "Current time:", out var now))
            {
                current = now.ToString();
            }
            else if (source.Length == 0 && DeviceText.TryValueAfter(line, "Time Source:", out var from))
            {
                source = from.ToString();
            }
            else if (booted.Length == 0 && DeviceText.TryValueAfter(line, "System booted:", out var boot))
            {
                (booted, uptime) = TimeAndInterval(boot);
            }
            else if (protocols.Length == 0 && DeviceText.TryValueAfter(line, "Protocols started:", out var started))
            {
                protocols = TimeAndInterval(started).Time;
            }
            else if (configured.Length == 0 && DeviceText.TryValueAfter(line, "Last configured:", out var last))
            {
                configured = TimeAndInterval(last).Time;
                var byAt = last.LastIndexOf(" by ", StringComparison.Ordinal);
                by = byAt < 0 ? "" : last[(byAt + " by ".Length)..].Trim().ToString();
            }
            else if (users.Length == 0 && line.Contains(" up ", StringComparison.Ordinal) && line.Contains("load average", StringComparison.Ordinal))
            {
                (users, load1, load5, load15) = BsdLine(line);
            }
        }

        if (sawText && current.Length == 0 && booted.Length == 0)
        {
            report?.Invoke(firstLine, "show system uptime: no 'Current time:' or 'System booted:' line found; nothing read.");
        }

        return new JunosUptime(current, source, booted, uptime, protocols, configured, by, users, load1, load5, load15);
    }

    // "2021-03-29 13:32:05 MSK (22w0d 19:16 ago)" → ("2021-03-29 13:32:05 MSK", "22w0d 19:16").
    private static (string Time, string Interval) TimeAndInterval(ReadOnlySpan<char> value)
    {
        var open = value.IndexOf('(');
        if (open < 0)
        {
            return (value.ToString(), "");
        }

        var close = value[open..].IndexOf(')');
        var inside = close < 0 ? value[(open + 1)..] : value[(open + 1)..(open + close)];
        inside = inside.Trim();
        if (inside.EndsWith(" ago", StringComparison.Ordinal))
        {
            inside = inside[..^" ago".Length].TrimEnd();
        }

        return (value[..open].Trim().ToString(), inside.ToString());
    }

    // " 8:48AM  up 154 days, 19:16, 2 users, load averages: 0.04, 0.04, 0.01"
    private static (string Users, string Load1, string Load5, string Load15) BsdLine(ReadOnlySpan<char> line)
    {
        var users = "";
        foreach (var range in line.Split(','))
        {
            var part = line[range].Trim();
            if (part.EndsWith(" users", StringComparison.Ordinal) || part.EndsWith(" user", StringComparison.Ordinal))
            {
                users = DeviceText.FirstToken(part).ToString();
                break;
            }
        }

        var colon = line.LastIndexOf(':');
        var loads = colon < 0 ? default : line[(colon + 1)..];
        Span<Range> parts = stackalloc Range[4];
        var count = loads.Split(parts, ',', StringSplitOptions.TrimEntries);
        return (users, count > 0 ? loads[parts[0]].ToString() : "", count > 1 ? loads[parts[1]].ToString() : "",
            count > 2 ? loads[parts[2]].ToString() : "");
    }
}
