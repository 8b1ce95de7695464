namespace StateTrace.Engine.Parsing.Juniper;

/// <summary>
/// One learned address of Junos <c>show ethernet-switching table</c>. <paramref name="Vlan"/> is the VLAN
/// <em>name</em> as printed (<c>Vlan100</c>, <c>default</c>); Ports the logical interface (<c>ae3.0</c>).
/// </summary>
public sealed record SwitchingTableRow(string Vlan, string Mac, string Type, string Age, IReadOnlyList<string> Ports);

/// <summary>
/// Reads both layouts of <c>show ethernet-switching table</c>: ELS (<c>Vlan name, MAC address, MAC flags, Age,
/// Logical interface, NH Index, RTR ID</c>) and the older EX one (<c>VLAN, MAC address, Type, Age, Interfaces</c>).
/// In both the VLAN precedes the MAC and the interface is the third word after it. Flood entries (<c>*</c>) hold no
/// address and are skipped.
/// </summary>
internal static class EthernetSwitchingTable
{
    private const int MaxTokens = 16;

    public static List<SwitchingTableRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<SwitchingTableRow>();
        var pool = new StringPool();
        Span<Range> t = stackalloc Range[MaxTokens];

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var count = DeviceText.Tokenize(line, t);
            var m = 0;
            while (m < count && !JunosText.IsColonMac(line[t[m]]))
            {
                m++;
            }

            if (m == count)
            {
                continue; // legend, counts, header, flood rows
            }

            if (m == 0 || m + 3 >= count)
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show ethernet-switching table: row lacks the VLAN or interface column; row skipped.");
                continue;
            }

            rows.Add(new SwitchingTableRow(
                pool.Get(line[t[m - 1]]), line[t[m]].ToString(), pool.Get(line[t[m + 1]]), pool.Get(line[t[m + 2]]), [pool.Get(line[t[m + 3]])]));
        }

        return rows;
    }
}
