namespace StateTrace.Engine.Parsing;

/// <summary>One VLAN of <c>show vlan brief</c> (or the first table of <c>show vlan</c>).</summary>
public sealed record VlanRow(string VlanId, string Name, string Status, IReadOnlyList<string> Interfaces);

/// <summary>
/// Reads the <c>VLAN Name Status Ports</c> table that Cisco IOS, NX-OS and Arista EOS print alike. Port lists wrap onto indented continuation lines; the table ends
/// at the next header (<c>show vlan</c> goes on with <c>VLAN Type SAID MTU …</c>).
/// </summary>
internal static class VlanBrief
{
    private const int MaxTokens = 64;

    public static List<VlanRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<VlanRow>();
        var pool = new StringPool();
        var inTable = false;
        var done = false;
        var statusColumn = -1;
        string? id = null, name = null, status = null;
        List<string> ports = [];
        Span<Range> t = stackalloc Range[MaxTokens];

        var cursor = new LineCursor(text);
        while (!done && cursor.MoveNext(out var line))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("VLAN ", StringComparison.Ordinal))
            {
                if (inTable)
                {
                    done = true; // the next table of "show vlan"
                }
                else if (trimmed.Contains("Name", StringComparison.Ordinal) && trimmed.Contains("Status", StringComparison.Ordinal))
                {
                    inTable = true;
                    statusColumn = line.IndexOf("Status", StringComparison.Ordinal);
                }

                continue;
            }

            if (!inTable || trimmed.IsEmpty || DeviceText.IsRule(trimmed))
            {
                continue;
            }

            if (DeviceText.IsIndented(line))
            {
                if (id is not null)
                {
                    AddPorts(trimmed, ports, pool);
                }

                continue;
            }

            var count = DeviceText.Tokenize(line, t);
            if (count < 3 || !DeviceText.IsDigits(line[t[0]]))
            {
                if (!DeviceText.IsPrompt(line))
                {
                    report?.Invoke(firstLine + cursor.Number - 1, "show vlan brief: row is not 'id name status ports'; row skipped.");
                }

                continue;
            }

            Flush(rows, id, name, status, ports);
            id = line[t[0]].ToString();

            // Names are one word on IOS; the Status column decides when one is not.
            var s = 2;
            for (var k = 2; k < count; k++)
            {
                if (t[k].Start.Value == statusColumn)
                {
                    s = k;
                    break;
                }
            }

            name = line[t[1].Start..t[s - 1].End].ToString();
            status = pool.Get(line[t[s]]);
            ports = [];
            if (s + 1 < count)
            {
                AddPorts(line[t[s + 1].Start..], ports, pool);
            }
        }

        Flush(rows, id, name, status, ports);
        return rows;
    }

    private static void AddPorts(ReadOnlySpan<char> list, List<string> ports, StringPool pool)
    {
        foreach (var range in list.SplitAny(", \t"))
        {
            var port = list[range];
            if (!port.IsEmpty)
            {
                ports.Add(pool.Get(port));
            }
        }
    }

    private static void Flush(List<VlanRow> rows, string? id, string? name, string? status, List<string> ports)
    {
        if (id is not null)
        {
            rows.Add(new VlanRow(id, name ?? "", status ?? "", ports));
        }
    }
}
