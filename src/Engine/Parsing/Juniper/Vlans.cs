namespace StateTrace.Engine.Parsing.Juniper;

/// <summary>One VLAN of Junos <c>show vlans</c>; Interfaces as printed, <c>*</c> marking the active ones.</summary>
public sealed record JunosVlan(string RoutingInstance, string Name, string Tag, IReadOnlyList<string> Interfaces);

/// <summary>
/// Reads <c>show vlans</c> in the ELS layout (<c>Routing instance, VLAN name, Tag, Interfaces</c>) and the older
/// EX one (<c>Name, Tag, Interfaces</c>, tag optional). A VLAN's line may carry its first interface; indented lines
/// carry the rest, one or several comma-separated. Long names push the tag out of its column
/// (<c>v109-TEMP-Project-Data 109</c>), so rows are read by word, not by column.
/// </summary>
internal static class Vlans
{
    private const int MaxTokens = 32;

    public static List<JunosVlan> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<JunosVlan>();
        var pool = new StringPool();
        var els = false;
        var sawHeader = false;
        var sawText = false;
        List<string>? interfaces = null;
        Span<Range> t = stackalloc Range[MaxTokens];

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty || trimmed[0] == '{' || DeviceText.IsPrompt(line))
            {
                continue;
            }

            sawText = true;
            if (trimmed.StartsWith("Routing instance", StringComparison.Ordinal) || (trimmed.StartsWith("Name ", StringComparison.Ordinal)
                && trimmed.Contains("Tag", StringComparison.Ordinal)))
            {
                sawHeader = true;
                els = trimmed[0] == 'R';
                continue;
            }

            if (!sawHeader)
            {
                continue;
            }

            if (DeviceText.IsIndented(line))
            {
                if (interfaces is null)
                {
                    report?.Invoke(firstLine + cursor.Number - 1, "show vlans: interface line before any VLAN; skipped.");
                }
                else
                {
                    AddInterfaces(trimmed, interfaces, pool);
                }

                continue;
            }

            var count = DeviceText.Tokenize(line, t);
            var next = els ? 2 : 1;
            if (count < next)
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show vlans: row has no VLAN name; row skipped.");
                continue;
            }

            var instance = els ? pool.Get(line[t[0]]) : "";
            var name = line[t[next - 1]].ToString();
            var tag = "";
            if (next < count && (DeviceText.IsDigits(line[t[next]]) || line[t[next]].SequenceEqual("NA") || els))
            {
                tag = line[t[next]].ToString();
                next++;
            }

            interfaces = [];
            if (next < count)
            {
                AddInterfaces(line[t[next].Start..], interfaces, pool);
            }

            rows.Add(new JunosVlan(instance, name, tag, interfaces));
        }

        if (sawText && !sawHeader)
        {
            report?.Invoke(firstLine, "show vlans: no 'Routing instance' or 'Name Tag' header found; table not read.");
        }

        return rows;
    }

    private static void AddInterfaces(ReadOnlySpan<char> list, List<string> interfaces, StringPool pool)
    {
        foreach (var range in list.SplitAny(", \t"))
        {
            var name = list[range];
            if (!name.IsEmpty)
            {
                interfaces.Add(pool.Get(name));
            }
        }
    }
}
