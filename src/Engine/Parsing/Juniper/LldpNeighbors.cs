namespace StateTrace.Engine.Parsing.Juniper;

/// <summary>One row of Junos <c>show lldp neighbors</c>; ParentInterface is the aggregate (<c>ae7</c>) or <c>-</c>.</summary>
public sealed record JunosLldpNeighbor(string LocalInterface, string ParentInterface, string ChassisId, string NeighborPortId, string NeighborName);

/// <summary>
/// Reads the <c>Local Interface, Parent Interface, Chassis Id, Port info, System Name</c> table. Port info and
/// system names may hold spaces (<c>GigabitEthernet 1/0/1</c>), so cells are cut at the header's columns.
/// </summary>
internal static class LldpNeighbors
{
    private static readonly string[] Header = ["Local Interface", "Parent Interface", "Chassis Id", "Port info", "System Name"];

    public static List<JunosLldpNeighbor> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<JunosLldpNeighbor>();
        var pool = new StringPool();
        Span<int> starts = stackalloc int[Header.Length];
        Span<Range> cells = stackalloc Range[Header.Length];
        var sawHeader = false;
        var sawText = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty || trimmed[0] == '{' || DeviceText.IsPrompt(line))
            {
                continue;
            }

            sawText = true;
            if (trimmed.StartsWith("Local Interface", StringComparison.Ordinal))
            {
                sawHeader = DeviceText.TryColumns(line, Header, starts);
                continue;
            }

            if (!sawHeader)
            {
                continue;
            }

            DeviceText.Cells(line, starts, cells);
            var chassis = line[cells[2]];
            if (line[cells[0]].IsEmpty || chassis.IsEmpty)
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show lldp neighbors: row has no local interface or chassis id; row skipped.");
                continue;
            }

            rows.Add(new JunosLldpNeighbor(
                pool.Get(line[cells[0]]), pool.Get(line[cells[1]]), chassis.ToString(), line[cells[3]].ToString(), pool.Get(line[cells[4]])));
        }

        if (sawText && !sawHeader)
        {
            report?.Invoke(firstLine, "show lldp neighbors: no 'Local Interface … System Name' header found; table not read.");
        }

        return rows;
    }
}
