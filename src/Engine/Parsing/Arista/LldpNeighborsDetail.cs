namespace StateTrace.Engine.Parsing.Arista;

/// <summary>One neighbour of EOS <c>show lldp neighbors detail</c>; quotes EOS puts around text values are removed.</summary>
/// <param name="LocalInterface">Our port, long form as printed (<c>Ethernet49/1</c>).</param>
/// <param name="MgmtAddress">The first management address advertised (an IPv4 address, or a MAC on some devices).</param>
/// <param name="SystemDescription">The neighbour's system description.</param>
public sealed record AristaLldpNeighborRow(
    string LocalInterface,
    string NeighborName,
    string ChassisId,
    string NeighborPortId,
    string MgmtAddress,
    string PortDescription,
    string SystemDescription,
    string Age);

/// <summary>
/// Reads EOS <c>show lldp neighbors detail</c>: <c>Interface Ethernet1 detected 2 LLDP neighbors:</c> names our port,
/// each <c>Neighbor 2cc2.6081.eaf9/"Ethernet1", age 12 seconds</c> line starts an entry, and the entry's
/// <c>- Key: value</c> lines follow. Only the first <c>Port ID</c> is the neighbour's port (the link-aggregation TLV
/// repeats the key), and only the first management address is kept.
/// </summary>
internal static class LldpNeighborsDetail
{
    public static List<AristaLldpNeighborRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<AristaLldpNeighborRow>();
        var local = "";
        Entry? entry = null;
        var sawText = false;
        var sawInterface = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.Trim();
            if (line.IsEmpty || DeviceText.IsPrompt(raw))
            {
                continue;
            }

            sawText = true;
            if (line.StartsWith("Interface ", StringComparison.Ordinal) && line.Contains(" detected ", StringComparison.Ordinal))
            {
                entry?.AddTo(rows, report);
                entry = null;
                sawInterface = true;
                local = DeviceText.FirstToken(line["Interface ".Length..]).ToString();
                continue;
            }

            if (line.StartsWith("Neighbor ", StringComparison.Ordinal))
            {
                entry?.AddTo(rows, report);
                entry = Entry.Start(local, line, firstLine + cursor.Number - 1);
                continue;
            }

            if (entry is null)
            {
                continue;
            }

            if (line[0] == '-')
            {
                line = line[1..].TrimStart();
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim();
            var value = Unquote(line[(colon + 1)..].Trim());
            if (key.Equals("Chassis ID", StringComparison.OrdinalIgnoreCase))
            {
                entry.ChassisId = value.ToString();
            }
            else if (key.Equals("Port ID", StringComparison.OrdinalIgnoreCase) && !entry.SawPortId)
            {
                entry.PortId = value.ToString();
                entry.SawPortId = true;
            }
            else if (key.Equals("System Name", StringComparison.OrdinalIgnoreCase))
            {
                entry.Name = value.ToString();
            }
            else if (key.Equals("System Description", StringComparison.OrdinalIgnoreCase))
            {
                entry.SystemDescription = value.ToString();
            }
            else if (key.Equals("Port Description", StringComparison.OrdinalIgnoreCase))
            {
                entry.PortDescription = value.ToString();
            }
            else if (key.Equals("Management Address", StringComparison.OrdinalIgnoreCase) && entry.MgmtAddress.Length == 0)
            {
                entry.MgmtAddress = value.ToString();
            }
        }

        entry?.AddTo(rows, report);
        if (sawText && !sawInterface)
        {
            report?.Invoke(firstLine, "show lldp neighbors detail: no 'Interface … detected … LLDP neighbors' line found; nothing read.");
        }

        return rows;
    }

    private static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;

    private sealed class Entry
    {
        public long Line { get; private init; }
        public string Local { get; private init; } = "";
        public string Age { get; private init; } = "";
        public string Announced { get; private init; } = "";
        public string ChassisId { get; set; } = "";
        public string PortId { get; set; } = "";
        public bool SawPortId { get; set; }
        public string Name { get; set; } = "";
        public string SystemDescription { get; set; } = "";
        public string PortDescription { get; set; } = "";
        public string MgmtAddress { get; set; } = "";

        // "Neighbor 2cc2.6081.eaf9/"Ethernet1", age 12 seconds": the chassis before '/', kept in case no Chassis ID line follows.
        public static Entry Start(string local, ReadOnlySpan<char> line, long lineNumber)
        {
            var rest = line["Neighbor ".Length..];
            var slash = rest.IndexOf('/');
            var age = rest.LastIndexOf(", age ", StringComparison.Ordinal);
            return new Entry
            {
                Line = lineNumber,
                Local = local,
                Announced = slash > 0 ? rest[..slash].ToString() : "",
                Age = age >= 0 ? rest[(age + ", age ".Length)..].Trim().ToString() : "",
            };
        }

        public void AddTo(List<AristaLldpNeighborRow> rows, ParseReport? report)
        {
            var chassis = ChassisId.Length > 0 ? ChassisId : Announced;
            if (chassis.Length == 0 || Local.Length == 0)
            {
                report?.Invoke(Line, "show lldp neighbors detail: neighbour has no chassis ID or local interface; neighbour skipped.");
                return;
            }

            rows.Add(new AristaLldpNeighborRow(Local, Name, chassis, PortId, MgmtAddress, PortDescription, SystemDescription, Age));
        }
    }
}
