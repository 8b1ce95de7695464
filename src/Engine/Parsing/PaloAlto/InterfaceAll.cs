namespace StateTrace.Engine.Parsing.PaloAlto;

/// <summary>
/// One row of PAN-OS <c>show interface all</c>, either table: a hardware row fills Speed, Duplex, State, Fec and
/// MacAddress; a logical row (the same port again, or <c>ethernet1/8.81</c>, <c>loopback.99</c>) fills Vsys, Zone,
/// Forwarding, Tag and Addresses. Values as printed (<c>[n/a]</c>, <c>ukn</c>, <c>N/A</c>).
/// </summary>
public sealed record PanosInterface(
    string Interface,
    string Id,
    string Speed,
    string Duplex,
    string State,
    string Fec,
    string MacAddress,
    string Vsys,
    string Zone,
    string Forwarding,
    string Tag,
    IReadOnlyList<string> Addresses);

/// <summary>
/// Reads <c>show interface all</c>: the hardware table (<c>name id speed/duplex/state[/fec] mac address</c>) and
/// the logical table (<c>name id vsys zone forwarding tag address</c>). Logical rows leave the zone empty on
/// interfaces without one, so their cells are cut at the header's columns; a second address wraps onto a line of
/// its own.
/// </summary>
internal static class InterfaceAll
{
    private const int MaxTokens = 16;
    private static readonly string[] LogicalHeader = ["name", "id", "vsys", "zone", "forwarding", "tag", "address"];

    private enum Section
    {
        None,
        Hardware,
        Logical,
    }

    public static List<PanosInterface> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<PanosInterface>();
        var pool = new StringPool();
        var section = Section.None;
        Span<Range> t = stackalloc Range[MaxTokens];
        Span<int> starts = stackalloc int[LogicalHeader.Length];
        Span<Range> cells = stackalloc Range[LogicalHeader.Length];
        PanosInterface? pending = null;
        List<string>? addresses = null;
        var sawHeader = false;
        var sawText = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                section = section == Section.Hardware ? Section.None : section;
                continue;
            }

            sawText = true;
            if (DeviceText.IsRule(trimmed) || DeviceText.IsPrompt(line))
            {
                continue;
            }

            if (trimmed.StartsWith("name ", StringComparison.Ordinal))
            {
                Flush(rows, ref pending);
                sawHeader = true;
                section = trimmed.Contains("mac address", StringComparison.Ordinal) ? Section.Hardware
                    : DeviceText.TryColumns(line, LogicalHeader, starts) ? Section.Logical
                    : Section.None;
                continue;
            }

            if (trimmed.StartsWith("total ", StringComparison.Ordinal) || trimmed.StartsWith("aggregation groups", StringComparison.Ordinal))
            {
                Flush(rows, ref pending);
                section = Section.None;
                continue;
            }

            var lineNumber = firstLine + cursor.Number - 1;
            if (section == Section.Hardware)
            {
                var count = DeviceText.Tokenize(line, t);
                if (count < 4 || !PanosText.IsColonMac(line[t[3]]))
                {
                    report?.Invoke(lineNumber, "show interface all: hardware row is not 'name id speed/duplex/state mac'; row skipped.");
                    continue;
                }

                rows.Add(Hardware(line[t[0]], line[t[1]], line[t[2]], line[t[3]], pool));
            }
            else if (section == Section.Logical)
            {
                if (DeviceText.IsIndented(line) && pending is not null && !trimmed.ContainsAny(' ', '\t'))
                {
                    addresses!.Add(trimmed.ToString()); // a further address of the row above
                    continue;
                }

                Flush(rows, ref pending);
                DeviceText.Cells(line, starts, cells);
                if (line[cells[0]].IsEmpty || !DeviceText.IsDigits(line[cells[1]]))
                {
                    report?.Invoke(lineNumber, "show interface all: logical row is not 'name id vsys zone forwarding tag address'; row skipped.");
                    continue;
                }

                addresses = [];
                if (!line[cells[6]].IsEmpty)
                {
                    addresses.Add(line[cells[6]].ToString());
                }

                pending = new PanosInterface(
                    line[cells[0]].ToString(), line[cells[1]].ToString(), "", "", "", "", "", pool.Get(line[cells[2]]), pool.Get(line[cells[3]]),
                    pool.Get(line[cells[4]]), pool.Get(line[cells[5]]), addresses);
            }
        }

        Flush(rows, ref pending);
        if (sawText && !sawHeader)
        {
            report?.Invoke(firstLine, "show interface all: no 'name id …' table header found; nothing read.");
        }

        return rows;
    }

    // A logical row is added once its wrapped address lines (which extend its Addresses list) are behind it.
    private static void Flush(List<PanosInterface> rows, ref PanosInterface? pending)
    {
        if (pending is not null)
        {
            rows.Add(pending);
            pending = null;
        }
    }

    // "1000/full/up/auto", "ukn/ukn/down((autoneg))/ukn", "[n/a]/[n/a]/up/[n/a]": a '/' inside brackets is not a separator.
    private static PanosInterface Hardware(
        ReadOnlySpan<char> name, ReadOnlySpan<char> id, ReadOnlySpan<char> combined, ReadOnlySpan<char> mac, StringPool pool)
    {
        Span<Range> parts = stackalloc Range[4];
        var count = 0;
        var start = 0;
        var nesting = 0;
        for (var i = 0; i <= combined.Length && count < parts.Length; i++)
        {
            if (i == combined.Length || (combined[i] == '/' && nesting == 0))
            {
                parts[count++] = start..i;
                start = i + 1;
            }
            else if (combined[i] is '[' or '(')
            {
                nesting++;
            }
            else if (combined[i] is ']' or ')')
            {
                nesting = Math.Max(0, nesting - 1);
            }
        }

        return new PanosInterface(
            name.ToString(), id.ToString(), count > 0 ? pool.Get(combined[parts[0]]) : "", count > 1 ? pool.Get(combined[parts[1]]) : "",
            count > 2 ? pool.Get(combined[parts[2]]) : "", count > 3 ? pool.Get(combined[parts[3]]) : "", mac.ToString(), "", "", "", "", []);
    }
}
