namespace StateTrace.Engine.Parsing.Arista;

/// <summary>One interface of EOS <c>show interfaces</c>; counters are null when not printed (loopbacks, SVIs).</summary>
/// <param name="ProtocolStatus">As printed after <c>line protocol is</c> (<c>up (connected)</c>).</param>
/// <param name="Description">As printed after <c>Description:</c>, quotes included when the description holds them.</param>
public sealed record AristaInterfaceRow(
    string Interface,
    string LinkStatus,
    string ProtocolStatus,
    string HardwareType,
    string MacAddress,
    string Bia,
    string Description,
    string IpAddress,
    long? Mtu,
    string Bandwidth,
    string Duplex,
    string Speed,
    long? InputErrors,
    long? CrcErrors,
    long? OutputErrors);

/// <summary>
/// Reads EOS <c>show interfaces</c>: a block per <c>Ethernet1 is up, line protocol is up (connected)</c> header with
/// indented detail lines (<c>IP MTU 1500 bytes , BW 10000000 kbit</c>, <c>Full-duplex, 10Gb/s, auto negotiation: off</c>).
/// </summary>
internal static class ShowInterfaces
{
    private const string ProtocolMarker = ", line protocol is ";

    public static List<AristaInterfaceRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<AristaInterfaceRow>();
        var pool = new StringPool();
        Open? open = null;
        var sawText = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            if (!DeviceText.IsIndented(raw))
            {
                var header = raw.TrimEnd();
                if (header.IsEmpty || DeviceText.IsPrompt(header))
                {
                    continue;
                }

                sawText = true;
                var marker = header.IndexOf(ProtocolMarker, StringComparison.Ordinal);
                var isAt = header.IndexOf(" is ", StringComparison.Ordinal);
                if (marker > 0 && isAt > 0 && isAt < marker)
                {
                    open?.AddTo(rows);
                    open = new Open(
                        header[..isAt].ToString(),
                        pool.Get(header[(isAt + 4)..marker].Trim()),
                        pool.Get(header[(marker + ProtocolMarker.Length)..].Trim()));
                }
                else if (open is not null)
                {
                    report?.Invoke(firstLine + cursor.Number - 1, "show interfaces: unexpected unindented line inside an interface; line ignored.");
                }

                continue;
            }

            if (open is null)
            {
                continue;
            }

            var line = raw.Trim();
            if (DeviceText.TryValueAfter(line, "Hardware is ", out var hardware))
            {
                // "Hardware is Ethernet, address is 0800.27dc.5443 (bia 0800.27dc.5443)"
                var address = hardware.IndexOf(", address is ", StringComparison.Ordinal);
                open.HardwareType = pool.Get(address >= 0 ? hardware[..address] : hardware.TrimEnd(','));
                if (address >= 0)
                {
                    var rest = hardware[(address + ", address is ".Length)..];
                    open.MacAddress = DeviceText.FirstToken(rest).ToString();
                    var bia = rest.IndexOf("(bia ", StringComparison.Ordinal);
                    if (bia >= 0)
                    {
                        open.Bia = DeviceText.FirstToken(rest[(bia + "(bia ".Length)..]).TrimEnd(')').ToString();
                    }
                }
            }
            else if (DeviceText.TryValueAfter(line, "Description:", out var description))
            {
                open.Description = description.ToString();
            }
            else if (DeviceText.TryValueAfter(line, "Internet address is ", out var ip))
            {
                open.IpAddress = DeviceText.FirstToken(ip).ToString();
            }
            else if (line.Contains("MTU ", StringComparison.Ordinal) && line.Contains(" bytes", StringComparison.Ordinal))
            {
                ReadMtu(line, open, pool);
            }
            else if (TryDuplex(line, out var duplex, out var speed))
            {
                open.Duplex = pool.Get(duplex);
                open.Speed = pool.Get(speed);
            }
            else if (line.Contains(" input errors", StringComparison.Ordinal))
            {
                open.InputErrors = DeviceText.CounterBefore(line, " input errors");
                open.CrcErrors = DeviceText.CounterBefore(line, " CRC");
            }
            else if (line.Contains(" output errors", StringComparison.Ordinal))
            {
                open.OutputErrors = DeviceText.CounterBefore(line, " output errors");
            }
        }

        open?.AddTo(rows);
        if (sawText && rows.Count == 0)
        {
            report?.Invoke(firstLine, "show interfaces: no 'X is up, line protocol is up' header found; nothing read.");
        }

        return rows;
    }

    // "IP MTU 1500 bytes , BW 10000000 kbit", "Ethernet MTU 9214 bytes", "IP MTU 65535 bytes (default)".
    private static void ReadMtu(ReadOnlySpan<char> line, Open open, StringPool pool)
    {
        var at = line.IndexOf("MTU ", StringComparison.Ordinal);
        open.Mtu = DeviceText.Number(DeviceText.FirstToken(line[(at + "MTU ".Length)..]));
        var bw = line.IndexOf("BW ", StringComparison.Ordinal);
        if (bw >= 0)
        {
            var value = line[(bw + "BW ".Length)..];
            var comma = value.IndexOf(',');
            open.Bandwidth = pool.Get((comma >= 0 ? value[..comma] : value).Trim());
        }
    }

    // "Full-duplex, 10Gb/s, auto negotiation: off, uni-link: unknown", "Full-duplex, Unconfigured".
    private static bool TryDuplex(ReadOnlySpan<char> line, out ReadOnlySpan<char> duplex, out ReadOnlySpan<char> speed)
    {
        duplex = speed = default;
        var comma = line.IndexOf(',');
        var head = comma < 0 ? line : line[..comma];
        if (!head.TrimEnd().EndsWith("duplex", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        duplex = head.Trim();
        if (comma >= 0)
        {
            var rest = line[(comma + 1)..];
            var next = rest.IndexOf(',');
            speed = (next >= 0 ? rest[..next] : rest).Trim();
        }

        return true;
    }

    private sealed class Open(string name, string link, string protocol)
    {
        public string HardwareType { get; set; } = "";
        public string MacAddress { get; set; } = "";
        public string Bia { get; set; } = "";
        public string Description { get; set; } = "";
        public string IpAddress { get; set; } = "";
        public long? Mtu { get; set; }
        public string Bandwidth { get; set; } = "";
        public string Duplex { get; set; } = "";
        public string Speed { get; set; } = "";
        public long? InputErrors { get; set; }
        public long? CrcErrors { get; set; }
        public long? OutputErrors { get; set; }

        public void AddTo(List<AristaInterfaceRow> rows) => rows.Add(new AristaInterfaceRow(
            name, link, protocol, HardwareType, MacAddress, Bia, Description, IpAddress, Mtu, Bandwidth, Duplex, Speed,
            InputErrors, CrcErrors, OutputErrors));
    }
}
