namespace StateTrace.Engine.Parsing.Juniper;

/// <summary>
/// One line of Junos <c>show chassis hardware</c>. <paramref name="Depth"/> is the nesting the indentation shows
/// (0 for <c>Chassis</c> and <c>FPC 0</c>, 1 for a <c>PIC</c> in it, 2 for a transceiver in that).
/// </summary>
public sealed record ChassisItem(string Item, string Version, string PartNumber, string SerialNumber, string Description, int Depth);

/// <summary>
/// Reads the <c>Item Version Part number Serial number Description</c> inventory. Items and descriptions hold
/// spaces and the version column is often empty, so cells are cut at the header's columns rather than by word
/// count. The <c>Chassis</c> line carries the device's serial number and model.
/// </summary>
internal static class ChassisHardware
{
    private static readonly string[] Header = ["Item", "Version", "Part number", "Serial number", "Description"];

    public static List<ChassisItem> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<ChassisItem>();
        var pool = new StringPool();
        Span<int> starts = stackalloc int[Header.Length];
        Span<Range> cells = stackalloc Range[Header.Length];
        var sawHeader = false;
        var sawText = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty || trimmed[0] == '{' || trimmed.StartsWith("Hardware inventory", StringComparison.Ordinal)
                || DeviceText.IsPrompt(line))
            {
                continue;
            }

            sawText = true;
            if (trimmed.StartsWith("Item ", StringComparison.Ordinal) && DeviceText.TryColumns(line, Header, starts))
            {
                sawHeader = true;
                continue;
            }

            // Multi-member systems label each member's inventory ("fpc0:", "node0:") and rule it off.
            if (!sawHeader || DeviceText.IsRule(trimmed) || (trimmed[^1] == ':' && !trimmed.Contains(' ')))
            {
                continue;
            }

            DeviceText.Cells(line, starts, cells);
            if (cells[0].Equals(default(Range)))
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show chassis hardware: line has no item name; line skipped.");
                continue;
            }

            var indent = line.Length - line.TrimStart().Length;
            rows.Add(new ChassisItem(
                line[cells[0]].ToString(), pool.Get(line[cells[1]]), pool.Get(line[cells[2]]), line[cells[3]].ToString(),
                pool.Get(line[cells[4]]), indent / 2));
        }

        if (sawText && !sawHeader)
        {
            report?.Invoke(firstLine, "show chassis hardware: no 'Item Version Part number' header found; inventory not read.");
        }

        return rows;
    }
}
