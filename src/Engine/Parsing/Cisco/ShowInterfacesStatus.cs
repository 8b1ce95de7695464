namespace StateTrace.Engine.Parsing.Cisco;

/// <summary>One row of <c>show interfaces status</c>. Vlan is text: <c>1</c>, <c>trunk</c>, <c>routed</c>, <c>unassigned</c>.</summary>
public sealed record InterfaceStatusRow(string Port, string Name, string Status, string Vlan, string Duplex, string Speed, string Type);

/// <summary>
/// Reads the table after the <c>Port Name Status Vlan Duplex Speed Type</c> header. Names hold spaces and even
/// status words (<c>suspended customer  disabled</c>), so the status is the known status word that starts under the
/// header's Status column; rows that are not aligned fall back to the last status word followed by a VLAN-shaped
/// token. The name is whatever lies between the port and the status.
/// </summary>
internal static class ShowInterfacesStatus
{
    private const int MaxTokens = 32;

    private static readonly string[] Statuses =
    [
        "connected", "notconnect", "disabled", "err-disabled", "errdisabled", "inactive", "suspended", "monitoring",
        "sfp-config-mismatch", "sfp-mismatch", "sfp-not-present", "sfpAbsent", "xcvrAbsen", "faulty", "noOperMem",
        "channelDown", "linkFlapE", "down", "up",
    ];

    public static List<InterfaceStatusRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<InterfaceStatusRow>();
        var pool = new StringPool();
        var statusColumn = -1;
        var sawHeader = false;
        var sawText = false;
        Span<Range> tokens = stackalloc Range[MaxTokens];

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty || DeviceText.IsRule(trimmed))
            {
                continue;
            }

            sawText = true;
            if (IsHeader(line))
            {
                statusColumn = line.IndexOf("Status", StringComparison.Ordinal);
                sawHeader = true;
                continue;
            }

            if (!sawHeader || DeviceText.IsPrompt(line))
            {
                continue;
            }

            var count = DeviceText.Tokenize(line, tokens);
            if (!TryReadRow(line, tokens[..count], statusColumn, pool, out var row))
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show interfaces status: row has no status column; row skipped.");
                continue;
            }

            rows.Add(row);
        }

        if (!sawHeader && sawText)
        {
            report?.Invoke(firstLine, "show interfaces status: no 'Port Name Status' header found; table not read.");
        }

        return rows;
    }

    private static bool IsHeader(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith("Port ", StringComparison.Ordinal) && trimmed.Contains(" Status", StringComparison.Ordinal);
    }

    private static bool TryReadRow(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, int statusColumn, StringPool pool, out InterfaceStatusRow row)
    {
        row = null!;
        if (t.Length < 2)
        {
            return false;
        }

        var port = line[t[0]];

        // NX-OS Fibre Channel rows inside the same table: "fc2/1 is up    Port mode is NP", "fc2/5 is down (SFP not present)".
        if (t.Length >= 3 && line[t[1]] is "is")
        {
            var open = line.IndexOf('(');
            var close = line.LastIndexOf(')');
            var type = open > 0 && close > open ? line[(open + 1)..close].Trim() : default;
            row = new InterfaceStatusRow(port.ToString(), "", pool.Get(line[t[2]].TrimEnd(',')), "", "", "", pool.Get(type));
            return true;
        }

        var s = FindStatus(line, t, statusColumn);
        if (s < 0)
        {
            return false;
        }

        var statusToken = line[t[s]];
        var k = s + 1;

        // "notconnect: TD 1" - a status with a colon may carry a note before the VLAN.
        if (statusToken.EndsWith(':'))
        {
            for (var skipped = 0; k < t.Length && skipped < 2 && !IsVlanShaped(line[t[k]]); skipped++)
            {
                k++;
            }
        }

        var vlan = k < t.Length ? line[t[k++]] : default;
        var duplex = k < t.Length ? line[t[k++]] : default;
        var speed = k < t.Length ? line[t[k++]] : default;
        var rest = k < t.Length ? line[t[k].Start..].Trim() : default;
        var name = line[t[0].End..t[s].Start].Trim();

        row = new InterfaceStatusRow(
            port.ToString(),
            name.ToString(),
            pool.Get(statusToken.TrimEnd(':')),
            pool.Get(vlan),
            pool.Get(duplex),
            pool.Get(speed),
            pool.Get(rest));
        return true;
    }

    private static int FindStatus(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, int statusColumn)
    {
        if (statusColumn > 0)
        {
            for (var k = 1; k < t.Length; k++)
            {
                var start = t[k].Start.Value;
                if (start == statusColumn)
                {
                    if (IsStatus(line[t[k]]))
                    {
                        return k;
                    }

                    break;
                }

                if (start > statusColumn)
                {
                    break;
                }
            }
        }

        // Not aligned: the last status word followed by a VLAN, so "*** connected to U  notconnect  150" reads right.
        for (var k = t.Length - 1; k >= 1; k--)
        {
            if (IsStatus(line[t[k]]) && FollowedByVlan(line, t, k))
            {
                return k;
            }
        }

        for (var k = t.Length - 1; k >= 1; k--)
        {
            if (IsStatus(line[t[k]]))
            {
                return k;
            }
        }

        // An unknown status word under the Status column, else the original's rule: port … status vlan duplex speed type.
        if (statusColumn > 0)
        {
            for (var k = 1; k < t.Length; k++)
            {
                if (t[k].Start.Value == statusColumn)
                {
                    return k;
                }
            }
        }

        return t.Length >= 6 ? t.Length - 5 : -1;
    }

    private static bool FollowedByVlan(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, int k)
    {
        if (k + 1 < t.Length && IsVlanShaped(line[t[k + 1]]))
        {
            return true;
        }

        return line[t[k]].EndsWith(':') && k + 2 < t.Length && IsVlanShaped(line[t[k + 2]]);
    }

    private static bool IsStatus(ReadOnlySpan<char> token)
    {
        token = token.TrimEnd(':');
        foreach (var status in Statuses)
        {
            if (token.Equals(status, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVlanShaped(ReadOnlySpan<char> token) =>
        DeviceText.IsDigits(token) || token is "trunk" or "routed" or "unassigned" or "f-path";
}
