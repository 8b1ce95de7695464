namespace StateTrace.Engine.Parsing.Cisco;

/// <summary>One interface of <c>show interfaces</c>: state, hardware, and the error counters; null when not printed.</summary>
/// <param name="ProtocolStatus">As printed after <c>line protocol is</c> (<c>up (connected)</c>).</param>
public sealed record InterfaceCountersRow(
    string Interface,
    string LinkStatus,
    string ProtocolStatus,
    string HardwareType,
    string MacAddress,
    string Description,
    long? Mtu,
    string Duplex,
    string Speed,
    long? InputErrors,
    long? CrcErrors,
    long? OutputErrors);

/// <summary>
/// Reads <c>show interfaces</c>: a block per <c>X is up, line protocol is up</c> header. The duplex line is the last
/// one whose first field names a duplex (<c>Full-duplex, 1000Mb/s, …</c>); port-channel member lines are not it.
/// </summary>
internal static class ShowInterfaces
{
    private const string ProtocolMarker = ", line protocol is ";

    public static List<InterfaceCountersRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<InterfaceCountersRow>();
        var pool = new StringPool();
        Open? open = null;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            if (!DeviceText.IsIndented(raw))
            {
                var header = raw.TrimEnd();
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
                else if (!header.IsEmpty && open is not null && !DeviceText.IsPrompt(header))
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
                // "Hardware is Gigabit Ethernet, address is 0011.2233.4455 (bia 0011.2233.4455)"
                var address = hardware.IndexOf(", address is ", StringComparison.Ordinal);
                open.HardwareType = pool.Get(address >= 0 ? hardware[..address] : hardware.TrimEnd(','));
                if (address >= 0)
                {
                    open.MacAddress = DeviceText.FirstToken(hardware[(address + ", address is ".Length)..]).ToString();
                }
            }
            else if (DeviceText.TryValueAfter(line, "Description:", out var description))
            {
                open.Description = description.ToString();
            }
            else if (DeviceText.TryValueAfter(line, "MTU ", out var mtu))
            {
                open.Mtu = DeviceText.Number(DeviceText.FirstToken(mtu));
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
        return rows;
    }

    // "Full-duplex, 1000Mb/s, media type is 10/100/1000BaseTX", "Auto Duplex, Auto Speed, link type is auto, …".
    private static bool TryDuplex(ReadOnlySpan<char> line, out ReadOnlySpan<char> duplex, out ReadOnlySpan<char> speed)
    {
        duplex = speed = default;
        var comma = line.IndexOf(',');
        if (comma <= 0 || !line[..comma].TrimEnd().EndsWith("duplex", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        duplex = line[..comma].Trim();
        var rest = line[(comma + 1)..];
        var next = rest.IndexOf(',');
        speed = (next >= 0 ? rest[..next] : rest).Trim();
        return true;
    }

    private sealed class Open(string name, string link, string protocol)
    {
        public string HardwareType { get; set; } = "";
        public string MacAddress { get; set; } = "";
        public string Description { get; set; } = "";
        public long? Mtu { get; set; }
        public string Duplex { get; set; } = "";
        public string Speed { get; set; } = "";
        public long? InputErrors { get; set; }
        public long? CrcErrors { get; set; }
        public long? OutputErrors { get; set; }

        public void AddTo(List<InterfaceCountersRow> rows) => rows.Add(new InterfaceCountersRow(
            name, link, protocol, HardwareType, MacAddress, Description, Mtu, Duplex, Speed, InputErrors, CrcErrors, OutputErrors));
    }
}
