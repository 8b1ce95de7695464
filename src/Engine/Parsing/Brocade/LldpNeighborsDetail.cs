namespace StateTrace.Engine.Parsing.Brocade;

/// <summary>One neighbour of FastIron <c>show lldp neighbors detail</c>; quotes removed, empty what was not sent.</summary>
/// <param name="LocalInterface">Our port, as the device prints it (<c>1/1/24</c>).</param>
/// <param name="NeighborPortId">The neighbour's Port ID TLV (a MAC address on FastIron neighbours, else a name).</param>
/// <param name="PortDescription">The neighbour's port description (<c>GigabitEthernet2/1/1</c>).</param>
/// <param name="Capabilities">The enabled capabilities (<c>bridge, router</c>).</param>
public sealed record FastIronLldpRow(
    string LocalInterface,
    string NeighborName,
    string ChassisId,
    string NeighborPortId,
    string PortDescription,
    string SystemDescription,
    string Capabilities,
    string MgmtAddress);

/// <summary>
/// Reads FastIron <c>show lldp neighbors detail</c>: an entry per <c>Local port:</c> line, then <c>+ Key (subtype): value</c>
/// lines. Long values wrap onto the next line after a trailing backslash. The IPv4 management address is preferred.
/// </summary>
internal static class LldpNeighborsDetail
{
    public static List<FastIronLldpRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<FastIronLldpRow>();
        Entry? entry = null;
        Field continued = Field.None;
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
            if (continued != Field.None && entry is not null)
            {
                continued = entry.Append(continued, line);
                continue;
            }

            if (DeviceText.TryValueAfter(line, "Local port:", out var local))
            {
                entry?.AddTo(rows, report);
                entry = new Entry { Line = firstLine + cursor.Number - 1, Local = local.ToString() };
                continue;
            }

            if (entry is null)
            {
                continue;
            }

            // "+ System capabilities : bridge, router" is followed by "  Enabled capabilities: bridge": the enabled ones.
            if (DeviceText.TryValueAfter(line, "Enabled capabilities:", out var enabled))
            {
                entry.Set(Field.Capabilities, enabled);
                continue;
            }

            if (!line.StartsWith("+ ", StringComparison.Ordinal))
            {
                continue;
            }

            var body = line[2..];
            var colon = body.IndexOf(':');
            if (colon < 0)
            {
                continue;
            }

            var key = body[..colon].Trim();
            var value = body[(colon + 1)..].Trim();
            var field = FieldOf(key);
            if (field != Field.None)
            {
                continued = entry.Set(field, value);
            }
        }

        entry?.AddTo(rows, report);
        if (sawText && rows.Count == 0 && !text.Contains("Local port", StringComparison.OrdinalIgnoreCase))
        {
            report?.Invoke(firstLine, "show lldp neighbors detail: no 'Local port:' entry found; nothing read.");
        }

        return rows;
    }

    private enum Field
    {
        None,
        ChassisId,
        PortId,
        SystemName,
        PortDescription,
        SystemDescription,
        Capabilities,
        Ipv4,
        Ipv6,
    }

    private static Field FieldOf(ReadOnlySpan<char> key)
    {
        if (key.StartsWith("Chassis ID", StringComparison.OrdinalIgnoreCase))
        {
            return Field.ChassisId;
        }

        if (key.StartsWith("Port ID", StringComparison.OrdinalIgnoreCase))
        {
            return Field.PortId;
        }

        if (key.Equals("System name", StringComparison.OrdinalIgnoreCase))
        {
            return Field.SystemName;
        }

        if (key.Equals("Port description", StringComparison.OrdinalIgnoreCase))
        {
            return Field.PortDescription;
        }

        if (key.Equals("System description", StringComparison.OrdinalIgnoreCase))
        {
            return Field.SystemDescription;
        }

        if (key.Equals("System capabilities", StringComparison.OrdinalIgnoreCase))
        {
            return Field.Capabilities;
        }

        if (key.StartsWith("Management address", StringComparison.OrdinalIgnoreCase))
        {
            return key.Contains("IPv6", StringComparison.OrdinalIgnoreCase) ? Field.Ipv6 : Field.Ipv4;
        }

        return Field.None;
    }

    private sealed class Entry
    {
        private readonly string?[] values = new string?[9];

        public long Line { get; init; }
        public string Local { get; init; } = "";

        /// <summary>Stores a value; returns the field when the value continues on the next line.</summary>
        public Field Set(Field field, ReadOnlySpan<char> value)
        {
            if (values[(int)field] is not null && field is Field.Ipv4 or Field.Ipv6 or Field.PortId or Field.ChassisId)
            {
                return Field.None; // several addresses or a repeated TLV: the first one
            }

            var continues = value.EndsWith('\\');
            values[(int)field] = (continues ? value[..^1] : value).ToString();
            return continues ? field : Field.None;
        }

        public Field Append(Field field, ReadOnlySpan<char> line)
        {
            var continues = line.EndsWith('\\');
            values[(int)field] += (continues ? line[..^1] : line).ToString();
            return continues ? field : Field.None;
        }

        public void AddTo(List<FastIronLldpRow> rows, ParseReport? report)
        {
            var chassis = Get(Field.ChassisId);
            if (chassis.Length == 0)
            {
                report?.Invoke(Line, "show lldp neighbors detail: entry has no 'Chassis ID' line; neighbour skipped.");
                return;
            }

            var ipv4 = Get(Field.Ipv4);
            rows.Add(new FastIronLldpRow(
                Local, Get(Field.SystemName), chassis, Get(Field.PortId), Get(Field.PortDescription), Get(Field.SystemDescription),
                Get(Field.Capabilities), ipv4.Length > 0 ? ipv4 : Get(Field.Ipv6)));
        }

        private string Get(Field field) => Unquote(values[(int)field]);

        private static string Unquote(string? value)
        {
            if (value is null)
            {
                return "";
            }

            var span = value.AsSpan().Trim();
            if (span.Length >= 2 && span[0] == '"' && span[^1] == '"')
            {
                span = span[1..^1];
            }

            return span.Length == value.Length ? value : span.ToString();
        }
    }
}
