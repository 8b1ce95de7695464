namespace StateTrace.Engine.Parsing.Procurve;

/// <summary>One row of AOS-Switch <c>show interfaces status</c>.</summary>
/// <param name="Name">The port name, cut to the column (<c>SW-01-0...</c>).</param>
/// <param name="Speed">Speed and duplex (<c>1000FDx</c>), empty while the port is down with nothing plugged in.</param>
/// <param name="Tagged"><c>No</c>, a VLAN, or <c>multi</c>.</param>
/// <param name="Untagged">The untagged VLAN, or <c>No</c>.</param>
public sealed record ProcurveStatusRow(
    string Port, string Name, string Status, string ConfigMode, string Speed, string Type, string Tagged, string Untagged, string Trunk);

/// <summary>Reads the <c>Port Name Status Config-mode Speed Type Tagged Untagged</c> table.</summary>
internal static class InterfacesStatus
{
    public static List<ProcurveStatusRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<ProcurveStatusRow>();
        var pool = new StringPool();
        var table = new TableReader();

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            if (!table.IsRow(line, out var columns))
            {
                continue;
            }

            var portText = columns.Field(line, 0);
            if (!ProcurvePorts.IsPort(portText))
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show interfaces status: row does not start with a port; row skipped.");
                continue;
            }

            var (port, trunk) = ProcurvePorts.Split(portText);
            rows.Add(new ProcurveStatusRow(
                port,
                columns.Field(line, columns.Find("Name")).ToString(),
                pool.Get(columns.Field(line, columns.Find("Status"))),
                pool.Get(columns.Field(line, columns.Find("Config-mode"))),
                pool.Get(columns.Field(line, columns.Find("Speed"))),
                pool.Get(columns.Field(line, columns.Find("Type"))),
                pool.Get(columns.Field(line, columns.Find("Tagged"))),
                pool.Get(columns.Field(line, columns.Find("Untagged"))),
                pool.Get(trunk)));
        }

        table.ReportMissing(text, firstLine, report, "show interfaces status");
        return rows;
    }
}
