namespace StateTrace.Engine.Parsing.Brocade;

/// <summary>One VLAN of FastIron <c>show vlan</c> with its member ports in table form (<c>1/1/4</c>, <c>lg7</c>).</summary>
/// <param name="Name">The VLAN name; empty where the device prints <c>[None]</c> (no name configured).</param>
public sealed record FastIronVlanRow(string VlanId, string Name, IReadOnlyList<string> Untagged, IReadOnlyList<string> Tagged);

/// <summary>
/// Reads FastIron <c>show vlan</c>: a <c>PORT-VLAN 10, Name x, Priority level0, Off</c> line per VLAN, then
/// <c>Untagged Ports:</c> / <c>Tagged Ports:</c> lines whose numbers belong to the group before them:
/// <c>(U1/M2) 1 2</c> is unit 1 module 2 (<c>1/2/1</c>, <c>1/2/2</c>), <c>(S3) 1</c> is slot 3 (<c>3/1</c>),
/// <c>(LAG) 7</c> is <c>lg7</c>, and numbers without a group are ports of a fixed switch.
/// </summary>
internal static class ShowVlan
{
    public static List<FastIronVlanRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<FastIronVlanRow>();
        string? id = null, name = null;
        List<string> untagged = [], tagged = [];
        var sawText = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            sawText = true;
            if (line.StartsWith("PORT-VLAN ", StringComparison.Ordinal))
            {
                Flush(rows, id, name, untagged, tagged);
                untagged = [];
                tagged = [];
                if (!TryHeader(line, out id, out name))
                {
                    report?.Invoke(firstLine + cursor.Number - 1, "show vlan: 'PORT-VLAN' line has no VLAN number; VLAN skipped.");
                }

                continue;
            }

            if (id is null)
            {
                continue;
            }

            if (DeviceText.TryValueAfter(line, "Untagged Ports:", out var u))
            {
                AddPorts(u, untagged);
            }
            else if (DeviceText.TryValueAfter(line, "Tagged Ports:", out var g))
            {
                AddPorts(g, tagged);
            }
        }

        Flush(rows, id, name, untagged, tagged);
        if (sawText && rows.Count == 0)
        {
            report?.Invoke(firstLine, "show vlan: no 'PORT-VLAN' line found; nothing read.");
        }

        return rows;
    }

    // "PORT-VLAN 1, Name DEFAULT-VLAN, Priority level0, Off"; "Name [None]" when the VLAN has no name.
    private static bool TryHeader(ReadOnlySpan<char> line, out string? id, out string? name)
    {
        id = null;
        name = null;
        var rest = line["PORT-VLAN ".Length..];
        var comma = rest.IndexOf(',');
        var number = (comma < 0 ? rest : rest[..comma]).Trim();
        if (!DeviceText.IsDigits(number))
        {
            return false;
        }

        id = number.ToString();
        name = "";
        var at = rest.IndexOf("Name ", StringComparison.Ordinal);
        if (at >= 0)
        {
            var value = rest[(at + "Name ".Length)..];
            var end = value.IndexOf(", Priority", StringComparison.Ordinal);
            value = (end < 0 ? value : value[..end]).Trim();
            name = value is "[None]" ? "" : value.ToString();
        }

        return true;
    }

    private static void AddPorts(ReadOnlySpan<char> list, List<string> ports)
    {
        ReadOnlySpan<char> group = default;
        var lag = false;
        foreach (var range in list.SplitAny(" \t"))
        {
            var token = list[range];
            if (token.IsEmpty || token is "None")
            {
                continue;
            }

            if (token[0] == '(' && token[^1] == ')')
            {
                var inner = token[1..^1];
                lag = inner.Equals("LAG", StringComparison.OrdinalIgnoreCase);
                group = inner;
                continue;
            }

            if (!DeviceText.IsDigits(token))
            {
                continue;
            }

            ports.Add(lag ? string.Concat("lg", token) : group.IsEmpty ? token.ToString() : Prefixed(group, token));
        }
    }

    // "U1/M2" → "1/2/", "S3" → "3/": the group's numbers in order, then the port.
    private static string Prefixed(ReadOnlySpan<char> group, ReadOnlySpan<char> port)
    {
        var size = group.Length + port.Length + 4;
        var buffer = size <= 128 ? stackalloc char[size] : new char[size];
        var n = 0;
        var inNumber = false;
        foreach (var c in group)
        {
            if (char.IsAsciiDigit(c))
            {
                buffer[n++] = c;
                inNumber = true;
            }
            else if (inNumber)
            {
                buffer[n++] = '/';
                inNumber = false;
            }
        }

        if (inNumber)
        {
            buffer[n++] = '/';
        }

        port.CopyTo(buffer[n..]);
        return new string(buffer[..(n + port.Length)]);
    }

    private static void Flush(List<FastIronVlanRow> rows, string? id, string? name, List<string> untagged, List<string> tagged)
    {
        if (id is not null)
        {
            rows.Add(new FastIronVlanRow(id, name ?? "", untagged, tagged));
        }
    }
}
