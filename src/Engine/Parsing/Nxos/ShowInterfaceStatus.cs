namespace StateTrace.Engine.Parsing.Nxos;

/// <summary>
/// One row of NX-OS <c>show interface status</c>, as printed: <c>--</c> stays <c>--</c>, and statuses keep NX-OS's
/// nine-character truncation (<c>xcvrAbsen</c>, <c>notconnec</c>, <c>channelDo</c>). Tunnel rows of the second table
/// carry a Reason and no VLAN, duplex, speed or type.
/// </summary>
public sealed record NxosInterfaceStatusRow(
    string Port, string Name, string Status, string Vlan, string Duplex, string Speed, string Type, string Reason);

/// <summary>
/// Reads NX-OS <c>show interface status</c>. Names that fill their column push the rest of the row right (and some
/// end in a tab), and statuses are truncated words no list can hold, so a port row is read from the right: the status
/// is the rightmost word followed by a VLAN-shaped word (<c>1</c>, <c>trunk</c>, <c>routed</c>, <c>f-path</c>,
/// <c>--</c>) and a duplex word. The tunnel table (<c>Interface Name Status Reason …</c>) is read by its header's
/// columns. Fibre Channel rows (<c>fc2/1 is up</c>) keep their state.
/// </summary>
internal static class ShowInterfaceStatus
{
    private const int MaxTokens = 48;

    public static List<NxosInterfaceStatusRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<NxosInterfaceStatusRow>();
        var pool = new StringPool();
        var table = Table.None;
        var statusColumn = -1;
        var reasonColumn = -1;
        var noteColumn = -1;
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
            if (trimmed.StartsWith("Port ", StringComparison.Ordinal) && trimmed.Contains(" Status", StringComparison.Ordinal))
            {
                table = Table.Ports;
                statusColumn = line.IndexOf(" Status", StringComparison.Ordinal) + 1;
                continue;
            }

            if (trimmed.StartsWith("Interface ", StringComparison.Ordinal) && trimmed.Contains(" Reason", StringComparison.Ordinal))
            {
                table = Table.Reasons;
                statusColumn = line.IndexOf(" Status", StringComparison.Ordinal) + 1;
                reasonColumn = line.IndexOf(" Reason", StringComparison.Ordinal) + 1;
                noteColumn = line.IndexOf(" Reason description", StringComparison.Ordinal) + 1;
                continue;
            }

            if (table == Table.None || DeviceText.IsPrompt(line))
            {
                continue;
            }

            var count = DeviceText.Tokenize(line, t);
            var row = table == Table.Ports
                ? ReadPortRow(line, t[..count], statusColumn, pool)
                : ReadReasonRow(line, t[..count], statusColumn, reasonColumn, noteColumn, pool);
            if (row is null)
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show interface status: row has no status column; row skipped.");
                continue;
            }

            rows.Add(row);
        }

        if (table == Table.None && sawText)
        {
            report?.Invoke(firstLine, "show interface status: no 'Port Name Status' header found; table not read.");
        }

        return rows;
    }

    private static NxosInterfaceStatusRow? ReadPortRow(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, int statusColumn, StringPool pool)
    {
        if (t.Length < 3)
        {
            return null;
        }

        // "fc2/1 is up    Port mode is NP", "fc2/5 is down (SFP not present)"
        if (line[t[1]] is "is")
        {
            var open = line.IndexOf('(');
            var close = line.LastIndexOf(')');
            var type = open > 0 && close > open ? line[(open + 1)..close].Trim() : default;
            return new NxosInterfaceStatusRow(line[t[0]].ToString(), "", pool.Get(line[t[2]].TrimEnd(',')), "", "", "", pool.Get(type), "");
        }

        var s = FindStatus(line, t, statusColumn);
        if (s < 0)
        {
            return null;
        }

        var k = s + 1;
        var vlan = k < t.Length ? line[t[k++]] : default;
        var duplex = k < t.Length ? line[t[k++]] : default;
        var speed = k < t.Length ? line[t[k++]] : default;
        var rest = k < t.Length ? line[t[k].Start..].Trim() : default;
        return new NxosInterfaceStatusRow(
            line[t[0]].ToString(),
            line[t[0].End..t[s].Start].Trim().ToString(),
            pool.Get(line[t[s]]),
            pool.Get(vlan),
            pool.Get(duplex),
            pool.Get(speed),
            pool.Get(rest),
            "");
    }

    private static int FindStatus(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, int statusColumn)
    {
        for (var k = t.Length - 3; k >= 1; k--)
        {
            if (IsVlan(line[t[k + 1]]) && IsDuplex(line[t[k + 2]]))
            {
                return k;
            }
        }

        return TokenAt(t, statusColumn);
    }

    // "Tunnel40      Test Tun40         down      admin down         Administratively down"
    private static NxosInterfaceStatusRow? ReadReasonRow(
        ReadOnlySpan<char> line, ReadOnlySpan<Range> t, int statusColumn, int reasonColumn, int noteColumn, StringPool pool)
    {
        if (t.Length < 2)
        {
            return null;
        }

        var s = TokenAt(t, statusColumn);
        if (s < 0)
        {
            for (var k = 1; k < t.Length && s < 0; k++)
            {
                s = line[t[k]] is "up" or "down" or "connected" or "notconnec" or "disabled" ? k : -1;
            }
        }

        if (s < 0)
        {
            return null;
        }

        ReadOnlySpan<char> reason = default;
        if (s + 1 < t.Length && (reasonColumn <= 0 || t[s + 1].Start.Value == reasonColumn))
        {
            // Aligned (or no header column to check): the reason runs up to the "Reason description" column. NX-OS
            // prints that column one place right of its header and fills the reason to 18 characters, so the cut is
            // the first blank from the column's left edge on.
            var start = t[s + 1].Start.Value;
            var end = line.Length;
            if (noteColumn > start && noteColumn < line.Length)
            {
                var blank = line[(noteColumn - 1)..].IndexOfAny(' ', '\t');
                end = blank < 0 ? line.Length : noteColumn - 1 + blank;
            }

            reason = line[start..end].Trim();
        }

        return new NxosInterfaceStatusRow(
            line[t[0]].ToString(), line[t[0].End..t[s].Start].Trim().ToString(), pool.Get(line[t[s]]), "", "", "", "", reason.ToString());
    }

    private static int TokenAt(ReadOnlySpan<Range> t, int column)
    {
        for (var k = 1; column > 0 && k < t.Length; k++)
        {
            if (t[k].Start.Value == column)
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsVlan(ReadOnlySpan<char> token) =>
        DeviceText.IsDigits(token) || token is "trunk" or "routed" or "f-path" or "--" or "unassigned" or "fabric" or "monitor" or "pvlan";

    private static bool IsDuplex(ReadOnlySpan<char> token) => token is "full" or "half" or "auto";

    private enum Table
    {
        None,
        Ports,
        Reasons,
    }
}
