namespace StateTrace.Engine.Parsing.Procurve;

/// <summary>One VLAN of ProCurve <c>show vlans</c>; Status is <c>Port-based</c>, <c>Protocol</c> or <c>Dynamic</c>.</summary>
public sealed record ProcurveVlanRow(string VlanId, string Name, string Status, string Voice, string Jumbo);

/// <summary>Reads the <c>VLAN ID Name | Status Voice Jumbo</c> table; names may hold spaces (<c>Router Vlan</c>).</summary>
internal static class ShowVlans
{
    public static List<ProcurveVlanRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<ProcurveVlanRow>();
        var pool = new StringPool();
        var table = new TableReader();

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            if (!table.IsRow(line, out var columns))
            {
                continue;
            }

            var id = columns.Field(line, columns.Find("VLAN ID"));
            if (!DeviceText.IsDigits(id))
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show vlans: row does not start with a VLAN number; row skipped.");
                continue;
            }

            rows.Add(new ProcurveVlanRow(
                id.ToString(),
                columns.Field(line, columns.Find("Name")).ToString(),
                pool.Get(columns.Field(line, columns.Find("Status"))),
                pool.Get(columns.Field(line, columns.Find("Voice"))),
                pool.Get(columns.Field(line, columns.Find("Jumbo")))));
        }

        table.ReportMissing(text, firstLine, report, "show vlans");
        return rows;
    }
}
