namespace StateTrace.Engine.Parsing.Arista;

/// <summary>
/// One row of EOS <c>show interfaces status</c>. Vlan is text: <c>1</c>, <c>trunk</c>, <c>routed</c>, or the
/// port-channel a member belongs to (<c>in Po49</c> is read as <c>Po49</c>).
/// </summary>
public sealed record AristaInterfaceStatusRow(
    string Port, string Name, string Status, string Vlan, string Duplex, string Speed, string Type, string Flags, string Encapsulation);

/// <summary>
/// Reads the table after the <c>Port Name Status Vlan Duplex Speed Type [Flags Encapsulation]</c> header. Names hold
/// spaces and status words (<c>- DISABLED routed (</c>) and some captures are not column-aligned, so a row is read
/// from the right: the status is the rightmost word followed by a VLAN-shaped word and a duplex word
/// (<c>notconnect in Po49 full</c> too); a row that has no such run falls back to the header's Status column.
/// </summary>
internal static class ShowInterfacesStatus
{
    private const int MaxTokens = 48;

    public static List<AristaInterfaceStatusRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<AristaInterfaceStatusRow>();
        var pool = new StringPool();
        var columns = default(Columns);
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
            if (IsHeader(trimmed))
            {
                columns = new Columns(line);
                sawHeader = true;
                continue;
            }

            if (!sawHeader || DeviceText.IsPrompt(line))
            {
                continue;
            }

            var count = DeviceText.Tokenize(line, t);
            if (!TryReadRow(line, t[..count], columns, pool, out var row))
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show interfaces status: row has no status, VLAN and duplex columns; row skipped.");
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

    private static bool IsHeader(ReadOnlySpan<char> trimmed) =>
        trimmed.StartsWith("Port ", StringComparison.Ordinal)
        && trimmed.Contains(" Status", StringComparison.Ordinal)
        && trimmed.Contains(" Vlan", StringComparison.Ordinal);

    private static bool TryReadRow(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, in Columns columns, StringPool pool, out AristaInterfaceStatusRow row)
    {
        row = null!;
        if (t.Length < 3)
        {
            return false;
        }

        if (!TryFindStatus(line, t, columns.Status, out var s, out var vlanAt))
        {
            return false;
        }

        var k = vlanAt + 1;
        var duplex = k < t.Length ? line[t[k++]] : default;
        var speed = k < t.Length ? line[t[k++]] : default;
        ReadOnlySpan<char> type = default, flags = default, encapsulation = default;
        if (k < t.Length)
        {
            var typeStart = t[k].Start.Value;
            type = line[typeStart..].Trim();
            if (columns.Flags > typeStart && columns.Flags < line.Length && DeviceText.IsBlank(line[columns.Flags - 1]))
            {
                type = line[typeStart..columns.Flags].Trim();
                var tail = line[columns.Flags..];
                var encap = columns.Encapsulation - columns.Flags;
                if (encap > 0 && encap < tail.Length && DeviceText.IsBlank(tail[encap - 1]))
                {
                    flags = tail[..encap].Trim();
                    encapsulation = tail[encap..].Trim();
                }
                else
                {
                    flags = tail.Trim();
                }
            }
        }

        row = new AristaInterfaceStatusRow(
            line[t[0]].ToString(),
            line[t[0].End..t[s].Start].Trim().ToString(),
            pool.Get(line[t[s]]),
            pool.Get(line[t[vlanAt]]),
            pool.Get(duplex),
            pool.Get(speed),
            pool.Get(type),
            pool.Get(flags),
            pool.Get(encapsulation));
        return true;
    }

    private static bool TryFindStatus(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, int statusColumn, out int status, out int vlan)
    {
        for (var k = t.Length - 3; k >= 1; k--)
        {
            if (IsVlan(line[t[k + 1]]) && IsDuplex(line[t[k + 2]]))
            {
                // "notconnect in Po49 full": the word before the port-channel is "in", the status precedes it.
                var memberOf = line[t[k]] is "in" && k >= 2 && line[t[k + 1]].StartsWith("Po", StringComparison.OrdinalIgnoreCase);
                status = memberOf ? k - 1 : k;
                vlan = k + 1;
                return true;
            }
        }

        // Not in the usual shape (an unusual VLAN word): the word that starts under the header's Status column.
        for (var k = 1; statusColumn > 0 && k + 1 < t.Length; k++)
        {
            if (t[k].Start.Value == statusColumn)
            {
                status = k;
                vlan = k + 1;
                return true;
            }
        }

        status = vlan = -1;
        return false;
    }

    private static bool IsVlan(ReadOnlySpan<char> token) =>
        DeviceText.IsDigits(token) || token is "trunk" or "routed" or "unassigned" or "dot1q-tunnel" or "bridged"
        || (token.Length > 2 && token.StartsWith("Po", StringComparison.Ordinal) && char.IsAsciiDigit(token[2]));

    private static bool IsDuplex(ReadOnlySpan<char> token) =>
        token is "full" or "half" or "auto" or "a-full" or "a-half" or "unconf";

    /// <summary>Where the header puts Status, Flags and Encapsulation (−1 when absent).</summary>
    private readonly struct Columns
    {
        public Columns(ReadOnlySpan<char> header)
        {
            Status = header.IndexOf(" Status", StringComparison.Ordinal) + 1;
            Flags = header.IndexOf(" Flags", StringComparison.Ordinal) + 1;
            Encapsulation = header.IndexOf(" Encapsulation", StringComparison.Ordinal) + 1;
        }

        public int Status { get; }
        public int Flags { get; }
        public int Encapsulation { get; }
    }
}
