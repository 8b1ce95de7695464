namespace StateTrace.Engine.Parsing.Procurve;

/// <summary>One row of ProCurve <c>show interfaces brief</c>.</summary>
/// <param name="Port">The port (<c>1</c>, <c>A1</c>, <c>1/1</c>), without the table's <c>*</c> or trunk suffix.</param>
/// <param name="Status"><c>Up</c> or <c>Down</c>; Enabled says whether the port is administratively on.</param>
/// <param name="Mode">Speed and duplex (<c>1000FDx</c>, <c>10GigFD</c>, <c>.</c> when unknown).</param>
/// <param name="Trunk">The trunk the port belongs to (<c>Trk1</c> from <c>D1-Trk1</c>), or empty.</param>
public sealed record ProcurveBriefRow(
    string Port, string Type, string IntrusionAlert, string Enabled, string Status, string Mode, string MdiMode, string FlowControl,
    string BcastLimit, string Trunk);

/// <summary>Reads the <c>Port Type | Intrusion Alert Enabled Status Mode MDI Mode Flow Ctrl [Bcast Limit]</c> table.</summary>
internal static class InterfacesBrief
{
    public static List<ProcurveBriefRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<ProcurveBriefRow>();
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
                // " * third-party transceiver" and similar footnotes follow the table.
                if (!portText.IsEmpty && !line.TrimStart().StartsWith('*'))
                {
                    report?.Invoke(firstLine + cursor.Number - 1, "show interfaces brief: row does not start with a port; row skipped.");
                }

                continue;
            }

            var (port, trunk) = ProcurvePorts.Split(portText);
            rows.Add(new ProcurveBriefRow(
                port,
                pool.Get(columns.Field(line, columns.Find("Type"))),
                pool.Get(columns.Field(line, columns.Find("Alert"))),
                pool.Get(columns.Field(line, columns.Find("Enabled"))),
                pool.Get(columns.Field(line, columns.Find("Status"))),
                pool.Get(columns.Field(line, columns.Find("Mode")).TrimEnd('*')),
                pool.Get(columns.Field(line, columns.Find("MDI Mode"))),
                pool.Get(columns.Field(line, columns.Find("Ctrl"))),
                pool.Get(columns.Field(line, columns.Find("Limit"))),
                pool.Get(trunk)));
        }

        table.ReportMissing(text, firstLine, report, "show interfaces brief");
        return rows;
    }
}
