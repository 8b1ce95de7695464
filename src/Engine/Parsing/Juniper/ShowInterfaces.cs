namespace StateTrace.Engine.Parsing.Juniper;

/// <summary>
/// One physical or logical interface of Junos <c>show interfaces</c>. Physical: <c>AdminState</c> is
/// <c>Enabled</c> or <c>Administratively down</c>, <c>LinkStatus</c> <c>Up</c>/<c>Down</c>, <c>HardwareType</c> the
/// link-level type. Logical (<c>ge-0/0/0.2036</c>): <c>LinkStatus</c> from its flags, MTU, destination and local
/// address of its first protocol family.
/// </summary>
public sealed record JunosInterface(
    string Interface,
    string AdminState,
    string LinkStatus,
    string Description,
    string HardwareType,
    string Mtu,
    string Speed,
    string Duplex,
    string MacAddress,
    string Destination,
    string Local);

/// <summary>
/// Reads <c>show interfaces</c> (the default, not terse, detail). Attribute lines are comma-separated
/// <c>Key: value</c> pairs (<c>Link-level type: Ethernet, MTU: 1514, … Speed: 10Gbps</c>), read wherever they fall,
/// since the pairs move between lines across releases.
/// </summary>
internal static class ShowInterfaces
{
    public static List<JunosInterface> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<JunosInterface>();
        var pool = new StringPool();
        Entry? entry = null;
        var sawText = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.Trim();
            if (line.IsEmpty || line[0] == '{')
            {
                continue;
            }

            sawText = true;
            if (DeviceText.TryValueAfter(line, "Physical interface:", out var physical))
            {
                entry?.AddTo(rows);
                entry = Physical(physical, pool);
                continue;
            }

            if (DeviceText.TryValueAfter(line, "Logical interface ", out var logical))
            {
                entry?.AddTo(rows);
                entry = new Entry { Name = DeviceText.FirstToken(logical).ToString(), Logical = true };
                continue;
            }

            if (entry is null)
            {
                if (!DeviceText.IsPrompt(raw) && !JunosText.IsEcho(raw))
                {
                    report?.Invoke(firstLine + cursor.Number - 1, "show interfaces: line before any 'Physical interface:'; skipped.");
                }

                continue;
            }

            entry.Read(line, pool);
        }

        entry?.AddTo(rows);
        if (sawText && rows.Count == 0)
        {
            report?.Invoke(firstLine, "show interfaces: no 'Physical interface:' line found; nothing read.");
        }

        return rows;
    }

    // "ge-0/0/0, Enabled, Physical link is Up" / "ge-0/0/1, Administratively down, Physical link is Down"
    private static Entry Physical(ReadOnlySpan<char> header, StringPool pool)
    {
        var entry = new Entry();
        var part = 0;
        foreach (var range in header.Split(','))
        {
            var value = header[range].Trim();
            switch (part++)
            {
                case 0:
                    entry.Name = value.ToString();
                    break;
                case 1:
                    entry.Admin = pool.Get(value);
                    break;
                default:
                    if (DeviceText.TryValueAfter(value, "Physical link is ", out var link))
                    {
                        entry.Link = pool.Get(link);
                    }

                    break;
            }
        }

        return entry;
    }

    /// <summary>The value of <c>key: value</c> when the pair starts the line or follows a comma.</summary>
    private static bool TryPair(ReadOnlySpan<char> line, string key, out ReadOnlySpan<char> value)
    {
        value = default;
        var from = 0;
        while (from < line.Length)
        {
            var at = line[from..].IndexOf(key, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            var end = at + key.Length;
            if ((at == 0 || line[..at].TrimEnd().EndsWith(',')) && end < line.Length && line[end] == ':')
            {
                var rest = line[(end + 1)..];
                var comma = rest.IndexOf(',');
                value = (comma < 0 ? rest : rest[..comma]).Trim();
                return true;
            }

            from = end;
        }

        return false;
    }

    private sealed class Entry
    {
        public string Name { get; set; } = "";
        public bool Logical { get; init; }
        public string Admin { get; set; } = "";
        public string Link { get; set; } = "";
        private string description = "", hardware = "", mtu = "", speed = "", duplex = "", mac = "", destination = "", local = "";
        private bool sawFlags, sawProtocol;

        public void Read(ReadOnlySpan<char> line, StringPool pool)
        {
            if (description.Length == 0 && DeviceText.TryValueAfter(line, "Description:", out var text))
            {
                description = text.ToString();
                return;
            }

            if (Logical)
            {
                ReadLogical(line, pool);
                return;
            }

            if (hardware.Length == 0 && TryPair(line, "Link-level type", out var type))
            {
                hardware = pool.Get(type);
            }

            if (mtu.Length == 0 && TryPair(line, "MTU", out var size))
            {
                mtu = pool.Get(size);
            }

            if (speed.Length == 0 && TryPair(line, "Speed", out var rate))
            {
                speed = pool.Get(rate);
            }

            if (duplex.Length == 0 && TryPair(line, "Link-mode", out var mode))
            {
                duplex = pool.Get(mode.EndsWith("-duplex", StringComparison.OrdinalIgnoreCase) ? mode[..^"-duplex".Length] : mode);
            }

            if (mac.Length == 0 && TryPair(line, "Current address", out var address))
            {
                mac = address.ToString();
            }
        }

        private void ReadLogical(ReadOnlySpan<char> line, StringPool pool)
        {
            if (!sawFlags && DeviceText.TryValueAfter(line, "Flags:", out var flags))
            {
                sawFlags = true;
                var first = DeviceText.FirstToken(flags);
                Link = first.Equals("Up", StringComparison.OrdinalIgnoreCase) || first.Equals("Down", StringComparison.OrdinalIgnoreCase)
                    ? pool.Get(first) : "";
            }
            else if (!sawProtocol && line.StartsWith("Protocol ", StringComparison.Ordinal))
            {
                sawProtocol = true;
                if (TryPair(line, "MTU", out var size))
                {
                    mtu = pool.Get(size);
                }
            }
            else if (destination.Length == 0 && local.Length == 0 && TryPair(line, "Destination", out var network))
            {
                destination = network.ToString();
                local = TryPair(line, "Local", out var address) ? address.ToString() : "";
            }
            else if (local.Length == 0 && TryPair(line, "Local", out var only))
            {
                local = only.ToString();
            }
        }

        public void AddTo(List<JunosInterface> rows) =>
            rows.Add(new JunosInterface(Name, Admin, Link, description, hardware, mtu, speed, duplex, mac, destination, local));
    }
}
