namespace StateTrace.Engine.Parsing.PaloAlto;

/// <summary>
/// One route of PAN-OS <c>show routing route</c>. Destination as printed (<c>10.0.0.0/8</c>) and split into
/// Network and PrefixLength; Flags as printed (<c>A S</c>, <c>A?B</c>, <c>~</c>); empty cells stay empty.
/// </summary>
public sealed record PanosRoute(
    string VirtualRouter,
    string Destination,
    string Network,
    string PrefixLength,
    string Nexthop,
    string Metric,
    string Flags,
    string Age,
    string Interface,
    string NextAs);

/// <summary>
/// Reads <c>show routing route</c>: per <c>VIRTUAL ROUTER: name (id n)</c> section, the fixed-column table
/// <c>destination nexthop metric flags age interface next-AS</c>. Metric, age and interface are blank on many
/// routes and flags hold spaces, so cells are cut at the header's columns.
/// </summary>
internal static class RoutingRoute
{
    private static readonly string[] Header = ["destination", "nexthop", "metric", "flags", "age", "interface", "next-AS"];

    public static List<PanosRoute> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<PanosRoute>();
        var pool = new StringPool();
        Span<int> starts = stackalloc int[Header.Length];
        Span<Range> cells = stackalloc Range[Header.Length];
        var router = "";
        var sawHeader = false;
        var sawText = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty || DeviceText.IsRule(trimmed) || DeviceText.IsPrompt(line))
            {
                continue;
            }

            sawText = true;
            if (DeviceText.TryValueAfter(trimmed, "VIRTUAL ROUTER:", out var name))
            {
                var paren = name.IndexOf(" (", StringComparison.Ordinal);
                router = (paren < 0 ? name : name[..paren]).Trim().ToString();
                continue;
            }

            if (trimmed.StartsWith("destination ", StringComparison.Ordinal))
            {
                sawHeader = DeviceText.TryColumns(line, Header, starts);
                continue;
            }

            // The flag legend, "total routes shown: 98", and anything before the first header.
            if (!sawHeader || DeviceText.IsIndented(line) || trimmed.StartsWith("flags:", StringComparison.Ordinal)
                || trimmed.StartsWith("total routes", StringComparison.Ordinal))
            {
                continue;
            }

            DeviceText.Cells(line, starts, cells);
            var destination = line[cells[0]];
            var slash = destination.IndexOf('/');
            if (slash <= 0 || destination.ContainsAny(' ', '\t'))
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show routing route: row does not start with a destination prefix; row skipped.");
                continue;
            }

            rows.Add(new PanosRoute(
                router, destination.ToString(), destination[..slash].ToString(), pool.Get(destination[(slash + 1)..]), line[cells[1]].ToString(),
                pool.Get(line[cells[2]]), pool.Get(line[cells[3]]), pool.Get(line[cells[4]]), pool.Get(line[cells[5]]), pool.Get(line[cells[6]])));
        }

        if (sawText && !sawHeader)
        {
            report?.Invoke(firstLine, "show routing route: no 'destination nexthop metric' header found; table not read.");
        }

        return rows;
    }
}
