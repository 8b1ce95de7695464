namespace StateTrace.Engine.Parsing.Procurve;

/// <summary>One address of ProCurve <c>show mac-address</c>; the MAC as printed (<c>500000-260000</c>).</summary>
/// <param name="Vlan">Empty for the single-VLAN form of the table, which has no VLAN column.</param>
public sealed record ProcurveMacRow(string Vlan, string Mac, string Type, IReadOnlyList<string> Ports);

/// <summary>Reads the <c>MAC Address Port [VLAN]</c> table.</summary>
internal static class MacAddress
{
    public static List<ProcurveMacRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<ProcurveMacRow>();
        var pool = new StringPool();
        var table = new TableReader();

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            if (!table.IsRow(line, out var columns))
            {
                continue;
            }

            var mac = columns.Field(line, columns.Find("MAC Address"));
            var port = columns.Field(line, columns.Find("Port"));
            if (!IsMac(mac) || port.IsEmpty)
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show mac-address: row is not 'MAC port [VLAN]'; row skipped.");
                continue;
            }

            rows.Add(new ProcurveMacRow(pool.Get(columns.Field(line, columns.Find("VLAN"))), mac.ToString(), "", [pool.Get(port)]));
        }

        table.ReportMissing(text, firstLine, report, "show mac-address");
        return rows;
    }

    /// <summary>ProCurve's MAC form, <c>001122-334455</c>.</summary>
    public static bool IsMac(ReadOnlySpan<char> s) =>
        s.Length == 13 && s[6] == '-' && !s[..6].ContainsAnyExcept("0123456789abcdefABCDEF") && !s[7..].ContainsAnyExcept("0123456789abcdefABCDEF");
}
