using System.Globalization;

namespace StateTrace.Engine.Parsing.Brocade;

/// <summary>One interface of FastIron <c>show interfaces</c>; counters are null when not printed.</summary>
/// <param name="Interface">As printed (<c>GigabitEthernet1/1/1</c>, <c>10GigabitEthernet 1/2/2</c>).</param>
/// <param name="Port">The table form used to join commands (<c>1/1/1</c>, <c>mgmt1</c>).</param>
/// <param name="Duplex">The actual duplex (<c>fdx</c>, <c>hdx</c>, <c>unknown</c>).</param>
/// <param name="Speed">The actual speed (<c>1Gbit</c>, <c>100Mbit</c>, <c>unknown</c>).</param>
/// <param name="PortMode"><c>untagged</c>, <c>tagged</c> or <c>dual</c> (dual mode: tagged, with an untagged VLAN).</param>
/// <param name="Vlan">The untagged VLAN (<c>Member of L2 VLAN ID 1</c>, <c>dual mode in Vlan 1</c>).</param>
/// <param name="VlanCount">How many VLANs the port is in (<c>Member of 102 L2 VLANs</c>; 1 for <c>L2 VLAN ID</c>), 0 when not printed.</param>
public sealed record InterfaceDetailRow(
    string Interface,
    string Port,
    string LinkStatus,
    string ProtocolStatus,
    string HardwareType,
    string MacAddress,
    string Description,
    long? Mtu,
    string Duplex,
    string Speed,
    string PortMode,
    string Vlan,
    long? InputErrors,
    long? CrcErrors,
    long? OutputErrors,
    int VlanCount = 0);

/// <summary>
/// Reads FastIron <c>show interfaces</c>: a block per <c>X is up, line protocol is up</c> line (some releases indent
/// it and put a space before the port number), with the hardware, speed/duplex, VLAN, port name, MTU and error lines.
/// </summary>
internal static class ShowInterfaces
{
    private const string ProtocolMarker = ", line protocol is ";

    public static List<InterfaceDetailRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<InterfaceDetailRow>();
        var pool = new StringPool();
        Open? open = null;
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
            var protocol = line.IndexOf(ProtocolMarker, StringComparison.Ordinal);
            if (protocol > 0)
            {
                var head = line[..protocol];
                var isAt = head.LastIndexOf(" is ", StringComparison.Ordinal);
                if (isAt > 0)
                {
                    Close(open, rows);
                    var name = head[..isAt].Trim();
                    open = new Open
                    {
                        Interface = name.ToString(),
                        Port = BrocadePorts.TableName(name),
                        Link = pool.Get(head[(isAt + 4)..].Trim()),
                        Protocol = pool.Get(line[(protocol + ProtocolMarker.Length)..].Trim()),
                    };
                    continue;
                }
            }

            if (open is null)
            {
                continue;
            }

            Read(line, open, pool);
        }

        Close(open, rows);
        if (sawText && rows.Count == 0)
        {
            report?.Invoke(firstLine, "show interfaces: no 'X is up, line protocol is up' line found; nothing read.");
        }

        return rows;
    }

    private static void Read(ReadOnlySpan<char> line, Open open, StringPool pool)
    {
        if (DeviceText.TryValueAfter(line, "Hardware is ", out var hardware))
        {
            var comma = hardware.IndexOf(',');
            open.Hardware = pool.Get((comma < 0 ? hardware : hardware[..comma]).Trim());
            var address = hardware.IndexOf("address is ", StringComparison.Ordinal);
            if (address >= 0)
            {
                open.Mac = DeviceText.FirstToken(hardware[(address + "address is ".Length)..]).ToString();
            }
        }
        else if (line.StartsWith("Configured speed ", StringComparison.Ordinal))
        {
            // "Configured speed auto, actual 1Gbit, configured duplex fdx, actual fdx"
            var k = 0;
            foreach (var range in line.Split(','))
            {
                var part = line[range].Trim();
                if (DeviceText.TryValueAfter(part, "actual ", out var actual))
                {
                    if (k == 1)
                    {
                        open.Speed = pool.Get(actual);
                    }
                    else if (k == 3)
                    {
                        open.Duplex = pool.Get(actual);
                    }
                }

                k++;
            }
        }
        else if (line.StartsWith("Member of ", StringComparison.Ordinal) && line.Contains(" VLAN", StringComparison.Ordinal))
        {
            // Not "Member of active trunk ports 1/1/24, primary port is 1/1/24".
            ReadMembership(line, open, pool);
        }
        else if (DeviceText.TryValueAfter(line, "Port name is ", out var name))
        {
            open.Description = name.ToString();
        }
        else if (open.Mtu is null && TryMtu(line, out var mtu))
        {
            open.Mtu = mtu;
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

    // "Member of L2 VLAN ID 1, port is untagged, port state is DISABLED"
    // "Member of 102 L2 VLANs, port is dual mode in Vlan 1, port state is FORWARDING"
    private static void ReadMembership(ReadOnlySpan<char> line, Open open, StringPool pool)
    {
        if (DeviceText.TryValueAfter(line, "Member of L2 VLAN ID ", out var id))
        {
            open.Vlan = pool.Get(DeviceText.FirstToken(id).TrimEnd(','));
            open.VlanCount = 1;
        }
        else if (int.TryParse(DeviceText.FirstToken(line["Member of ".Length..]), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            open.VlanCount = count;
        }

        var mode = line.IndexOf("port is ", StringComparison.Ordinal);
        if (mode < 0)
        {
            return;
        }

        var rest = line[(mode + "port is ".Length)..];
        var comma = rest.IndexOf(',');
        rest = comma < 0 ? rest : rest[..comma];
        open.PortMode = pool.Get(DeviceText.FirstToken(rest));
        var inVlan = rest.IndexOf("in Vlan ", StringComparison.OrdinalIgnoreCase);
        if (inVlan >= 0)
        {
            open.Vlan = pool.Get(DeviceText.FirstToken(rest[(inVlan + "in Vlan ".Length)..]));
        }
    }

    // "IP MTU 10240 bytes" (older releases), "MTU 10200 bytes" (08.0.x).
    private static bool TryMtu(ReadOnlySpan<char> line, out long mtu)
    {
        mtu = 0;
        var at = line.StartsWith("MTU ", StringComparison.Ordinal) ? 4
            : line.StartsWith("IP MTU ", StringComparison.Ordinal) ? 7
            : -1;
        return at > 0 && long.TryParse(DeviceText.FirstToken(line[at..]).TrimEnd(','), NumberStyles.None, CultureInfo.InvariantCulture, out mtu);
    }

    private static void Close(Open? open, List<InterfaceDetailRow> rows)
    {
        if (open is not null)
        {
            rows.Add(new InterfaceDetailRow(
                open.Interface, open.Port, open.Link, open.Protocol, open.Hardware, open.Mac, open.Description, open.Mtu,
                open.Duplex, open.Speed, open.PortMode, open.Vlan, open.InputErrors, open.CrcErrors, open.OutputErrors, open.VlanCount));
        }
    }

    private sealed class Open
    {
        public string Interface { get; init; } = "";
        public string Port { get; init; } = "";
        public string Link { get; init; } = "";
        public string Protocol { get; init; } = "";
        public string Hardware { get; set; } = "";
        public string Mac { get; set; } = "";
        public string Description { get; set; } = "";
        public long? Mtu { get; set; }
        public string Duplex { get; set; } = "";
        public string Speed { get; set; } = "";
        public string PortMode { get; set; } = "";
        public string Vlan { get; set; } = "";
        public int VlanCount { get; set; }
        public long? InputErrors { get; set; }
        public long? CrcErrors { get; set; }
        public long? OutputErrors { get; set; }
    }
}
