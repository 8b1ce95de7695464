using System.Text;

namespace StateTrace.Engine.Generation;

internal sealed partial class CiscoIosXeWriter
{
    private static void WriteInterfaces(HostPlan host, CiscoDevice device, StringBuilder o)
    {
        WriteSvi(o, "Vlan1", device.SviMac, null, null, up: false);
        WriteSvi(o, "Vlan900", device.SviMac, "MGMT", host.ManagementAddress, up: true);
        if (!device.IsLite)
        {
            o.Line("GigabitEthernet0/0 is up, line protocol is up ");
            o.Append("  Hardware is RP management port, address is ").AppendDottedMac(device.BaseMacs[0] + 0x7F)
                .Append(" (bia ").AppendDottedMac(device.BaseMacs[0] + 0x7F).Line(")");
            o.Line("  MTU 1500 bytes, BW 1000000 Kbit/sec, DLY 10 usec, ");
            o.Line("     reliability 255/255, txload 1/255, rxload 1/255");
            o.Line("  Encapsulation ARPA, loopback not set");
            o.Line("  Keepalive set (10 sec)");
            o.Line("  Full Duplex, 1000Mbps, link type is auto, media type is RJ45");
            o.Line("  output flow-control is unsupported, input flow-control is unsupported");
            o.Line("  ARP type: ARPA, ARP Timeout 04:00:00");
            o.Line("  Last input never, output never, output hang never");
            o.Line("  Last clearing of \"show interface\" counters never");
            o.Line("  Input queue: 0/75/0/0 (size/max/drops/flushes); Total output drops: 0");
            o.Line("  Queueing strategy: fifo");
            o.Line("  Output queue: 0/40 (size/max)");
            o.Line("  5 minute input rate 0 bits/sec, 0 packets/sec");
            o.Line("  5 minute output rate 0 bits/sec, 0 packets/sec");
            o.Line("     0 packets input, 0 bytes, 0 no buffer");
            o.Line("     Received 0 broadcasts (0 IP multicasts)");
            o.Line("     0 runts, 0 giants, 0 throttles ");
            o.Line("     0 input errors, 0 CRC, 0 frame, 0 overrun, 0 ignored");
            o.Line("     0 watchdog, 0 multicast, 0 pause input");
            o.Line("     0 packets output, 0 bytes, 0 underruns");
            o.Line("     Output 0 broadcasts (0 IP multicasts)");
            o.Line("     0 output errors, 0 collisions, 0 interface resets");
            o.Line("     0 unknown protocol drops");
            o.Line("     0 babbles, 0 late collision, 0 deferred");
            o.Line("     0 lost carrier, 0 no carrier, 0 pause output");
            o.Line("     0 output buffer failures, 0 output buffers swapped out");
        }

        for (var i = 0; i < host.Ports.Length; i++)
        {
            WritePortCounters(o, host.Ports[i], device.PortLong[i], device.PortMac(i));
        }

        for (var u = 0; u < CiscoDevice.UplinkCount; u++)
        {
            WriteUplinkCounters(host, device, o, u);
        }

        if (host.UplinkPortChannel)
        {
            var random = new Prng(Prng.Derive(host.Seed, 0x5001));
            o.Line("Port-channel1 is up, line protocol is up (connected) ");
            o.Append("  Hardware is EtherChannel, address is ").AppendDottedMac(device.UplinkMac(0))
                .Append(" (bia ").AppendDottedMac(device.UplinkMac(0)).Line(")");
            o.Append("  Description: Uplink to ").Line(host.DistributionSwitch);
            o.Line(device.IsLite
                ? "  MTU 1500 bytes, BW 2000000 Kbit/sec, DLY 10 usec, "
                : "  MTU 1500 bytes, BW 20000000 Kbit/sec, DLY 10 usec, ");
            o.Line("     reliability 255/255, txload 1/255, rxload 1/255");
            o.Line("  Encapsulation ARPA, loopback not set");
            o.Line("  Keepalive set (10 sec)");
            o.Line(device.IsLite
                ? "  Full-duplex, 1000Mb/s, link type is auto, media type is N/A"
                : "  Full-duplex, 10Gb/s, link type is auto, media type is N/A");
            o.Line("  input flow-control is off, output flow-control is unsupported ");
            o.Append("  Members in this channel: ").Append(device.UplinkShort[0]).Append(' ').Append(device.UplinkShort[1]).Line(" ");
            o.Line("  ARP type: ARPA, ARP Timeout 04:00:00");
            o.Line("  Last input 00:00:00, output 00:00:00, output hang never");
            o.Line("  Last clearing of \"show interface\" counters never");
            o.Line("  Input queue: 0/2000/0/0 (size/max/drops/flushes); Total output drops: 0");
            o.Line("  Queueing strategy: fifo");
            o.Line("  Output queue: 0/40 (size/max)");
            AppendTraffic(o, ref random, 2);
        }
    }

    private static void WritePortCounters(StringBuilder o, PortPlan port, string name, ulong mac)
    {
        o.Append(name).Line(port.State switch
        {
            PortState.Connected => " is up, line protocol is up (connected) ",
            PortState.NotConnected => " is down, line protocol is down (notconnect) ",
            _ => " is administratively down, line protocol is down (disabled) ",
        });
        o.Append("  Hardware is Gigabit Ethernet, address is ").AppendDottedMac(mac).Append(" (bia ").AppendDottedMac(mac).Line(")");
        if (port.Description.Length > 0)
        {
            o.Append("  Description: ").Line(port.Description);
        }

        var (bandwidth, delay) = port.SpeedMbps switch
        {
            1000 => ("1000000", "10"),
            100 => ("100000", "100"),
            _ => ("10000", "1000"),
        };
        o.Append("  MTU 1500 bytes, BW ").Append(bandwidth).Append(" Kbit/sec, DLY ").Append(delay).Line(" usec, ");
        o.Line("     reliability 255/255, txload 1/255, rxload 1/255");
        o.Line("  Encapsulation ARPA, loopback not set");
        o.Line("  Keepalive set (10 sec)");
        if (port.State == PortState.Connected)
        {
            o.Append(port.HalfDuplex ? "  Half-duplex, " : "  Full-duplex, ").Append(port.SpeedMbps).Line("Mb/s, media type is 10/100/1000BaseTX");
        }
        else
        {
            o.Line("  Auto-duplex, Auto-speed, media type is 10/100/1000BaseTX");
        }

        o.Line("  input flow-control is on, output flow-control is unsupported ");
        o.Line("  ARP type: ARPA, ARP Timeout 04:00:00");
        if (!port.EverUp)
        {
            o.Line("  Last input never, output never, output hang never");
        }
        else if (port.State == PortState.Connected)
        {
            o.Append(Invariant, $"  Last input 00:00:{port.IdleSeconds:D2}, output 00:00:00, output hang never\n");
        }
        else
        {
            o.Append("  Last input ").Append(IdleText(port.IdleSeconds)).Append(", output ").Append(IdleText(port.IdleSeconds)).Line(", output hang never");
        }

        o.Line("  Last clearing of \"show interface\" counters never");
        o.Line("  Input queue: 0/2000/0/0 (size/max/drops/flushes); Total output drops: 0");
        o.Line("  Queueing strategy: fifo");
        o.Line("  Output queue: 0/40 (size/max)");
        o.Append(Invariant, $"  5 minute input rate {port.InputRateBits} bits/sec, {port.InputRateBits / 4000} packets/sec\n");
        o.Append(Invariant, $"  5 minute output rate {port.OutputRateBits} bits/sec, {port.OutputRateBits / 3000} packets/sec\n");
        AppendCounters(o, port.InputPackets, port.InputBytes, port.Broadcasts, port.Multicasts, port.InputErrors, port.Crc,
            port.OutputPackets, port.OutputBytes, port.OutputBroadcasts, port.Resets);
    }

    private static void WriteUplinkCounters(HostPlan host, CiscoDevice device, StringBuilder o, int uplink)
    {
        var connected = IsUplinkConnected(host, uplink);
        var mac = device.UplinkMac(uplink);
        o.Append(device.UplinkLong[uplink]).Line(connected
            ? " is up, line protocol is up (connected) "
            : " is down, line protocol is down (notconnect) ");
        o.Append(device.IsLite ? "  Hardware is Gigabit Ethernet, address is " : "  Hardware is Ten Gigabit Ethernet, address is ")
            .AppendDottedMac(mac).Append(" (bia ").AppendDottedMac(mac).Line(")");
        if (connected)
        {
            o.Append(Invariant, $"  Description: Uplink to {host.DistributionSwitch} Twe1/0/{host.DistributionPort + (uplink * 16)}\n");
        }

        o.Line(device.IsLite
            ? "  MTU 1500 bytes, BW 1000000 Kbit/sec, DLY 10 usec, "
            : "  MTU 1500 bytes, BW 10000000 Kbit/sec, DLY 10 usec, ");
        o.Line("     reliability 255/255, txload 1/255, rxload 1/255");
        o.Line("  Encapsulation ARPA, loopback not set");
        o.Line("  Keepalive not set");
        if (connected)
        {
            o.Append(device.IsLite ? "  Full-duplex, 1000Mb/s, link type is auto, media type is " : "  Full-duplex, 10Gb/s, link type is force-up, media type is ")
                .Line(device.UplinkOptic);
        }
        else
        {
            o.Line(device.IsLite
                ? "  Auto-duplex, Auto-speed, link type is auto, media type is No XCVR"
                : "  Full-duplex, 10Gb/s, link type is auto, media type is unknown");
        }

        o.Line("  input flow-control is on, output flow-control is unsupported ");
        o.Line("  ARP type: ARPA, ARP Timeout 04:00:00");
        o.Line(connected ? "  Last input 00:00:00, output 00:00:00, output hang never" : "  Last input never, output never, output hang never");
        o.Line("  Last clearing of \"show interface\" counters never");
        o.Line("  Input queue: 0/2000/0/0 (size/max/drops/flushes); Total output drops: 0");
        o.Line("  Queueing strategy: fifo");
        o.Line("  Output queue: 0/40 (size/max)");
        if (connected)
        {
            var random = new Prng(Prng.Derive(host.Seed, 0x5000UL + (ulong)uplink));
            AppendTraffic(o, ref random, 1);
        }
        else
        {
            o.Line("  5 minute input rate 0 bits/sec, 0 packets/sec");
            o.Line("  5 minute output rate 0 bits/sec, 0 packets/sec");
            AppendCounters(o, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    private static void AppendTraffic(StringBuilder o, ref Prng random, int scale)
    {
        var inRate = random.Next(100, 90_000) * 1000 * scale;
        var outRate = random.Next(100, 40_000) * 1000 * scale;
        o.Append(Invariant, $"  5 minute input rate {inRate} bits/sec, {inRate / 6000} packets/sec\n");
        o.Append(Invariant, $"  5 minute output rate {outRate} bits/sec, {outRate / 5000} packets/sec\n");
        var inPackets = random.NextLong(1_000_000_000, 90_000_000_000) * scale;
        var outPackets = random.NextLong(1_000_000_000, 60_000_000_000) * scale;
        var broadcasts = inPackets / random.Next(50, 500);
        AppendCounters(o, inPackets, inPackets * random.Next(300, 900), broadcasts, broadcasts / 2, 0, 0,
            outPackets, outPackets * random.Next(200, 800), outPackets / random.Next(500, 5000), random.Next(0, 3));
    }

    private static void AppendCounters(StringBuilder o, long inPackets, long inBytes, long broadcasts, long multicasts, int inputErrors, int crc,
        long outPackets, long outBytes, long outBroadcasts, int resets)
    {
        o.Append(Invariant, $"     {inPackets} packets input, {inBytes} bytes, 0 no buffer\n");
        o.Append(Invariant, $"     Received {broadcasts} broadcasts ({multicasts} multicasts)\n");
        o.Line("     0 runts, 0 giants, 0 throttles ");
        o.Append(Invariant, $"     {inputErrors} input errors, {crc} CRC, {inputErrors - crc} frame, 0 overrun, 0 ignored\n");
        o.Append(Invariant, $"     0 watchdog, {multicasts} multicast, 0 pause input\n");
        o.Line("     0 input packets with dribble condition detected");
        o.Append(Invariant, $"     {outPackets} packets output, {outBytes} bytes, 0 underruns\n");
        o.Append(Invariant, $"     Output {outBroadcasts} broadcasts (0 multicasts)\n");
        o.Append(Invariant, $"     0 output errors, 0 collisions, {resets} interface resets\n");
        o.Line("     0 unknown protocol drops");
        o.Line("     0 babbles, 0 late collision, 0 deferred");
        o.Line("     0 lost carrier, 0 no carrier, 0 pause output");
        o.Line("     0 output buffer failures, 0 output buffers swapped out");
    }

    private static void WriteSvi(StringBuilder o, string name, ulong mac, string? description, string? address, bool up)
    {
        o.Append(name).Line(up
            ? " is up, line protocol is up , Autostate Enabled"
            : " is administratively down, line protocol is down , Autostate Enabled");
        o.Append("  Hardware is Ethernet SVI, address is ").AppendDottedMac(mac).Append(" (bia ").AppendDottedMac(mac).Line(")");
        if (description is not null)
        {
            o.Append("  Description: ").Line(description);
        }

        if (address is not null)
        {
            o.Append("  Internet address is ").Append(address).Line("/24");
        }

        o.Line("  MTU 1500 bytes, BW 1000000 Kbit/sec, DLY 10 usec, ");
        o.Line("     reliability 255/255, txload 1/255, rxload 1/255");
        o.Line("  Encapsulation ARPA, loopback not set");
        o.Line("  Keepalive not supported ");
        o.Line("  ARP type: ARPA, ARP Timeout 04:00:00");
        o.Line(up ? "  Last input 00:00:00, output 00:00:00, output hang never" : "  Last input never, output never, output hang never");
        o.Line("  Last clearing of \"show interface\" counters never");
        o.Line("  Input queue: 0/375/0/0 (size/max/drops/flushes); Total output drops: 0");
        o.Line("  Queueing strategy: fifo");
        o.Line("  Output queue: 0/40 (size/max)");
        o.Line(up ? "  5 minute input rate 1000 bits/sec, 1 packets/sec" : "  5 minute input rate 0 bits/sec, 0 packets/sec");
        o.Line(up ? "  5 minute output rate 1000 bits/sec, 1 packets/sec" : "  5 minute output rate 0 bits/sec, 0 packets/sec");
        o.Line(up ? "     2617623 packets input, 245178349 bytes, 0 no buffer" : "     0 packets input, 0 bytes, 0 no buffer");
        o.Line("     Received 0 broadcasts (0 IP multicasts)");
        o.Line("     0 runts, 0 giants, 0 throttles ");
        o.Line("     0 input errors, 0 CRC, 0 frame, 0 overrun, 0 ignored");
        o.Line(up ? "     1953021 packets output, 402913320 bytes, 0 underruns" : "     0 packets output, 0 bytes, 0 underruns");
        o.Line("     Output 0 broadcasts (0 IP multicasts)");
        o.Line("     0 output errors, 0 interface resets");
        o.Line("     0 unknown protocol drops");
        o.Line("     0 output buffer failures, 0 output buffers swapped out");
    }

    /// <summary>IOS idle-time form: <c>3w2d</c>, <c>1d04h</c>, <c>05:12:09</c>.</summary>
    private static string IdleText(int seconds)
    {
        var days = seconds / 86400;
        if (days >= 7)
        {
            return string.Create(Invariant, $"{days / 7}w{days % 7}d");
        }

        var hours = seconds % 86400 / 3600;
        return days > 0
            ? string.Create(Invariant, $"{days}d{hours:D2}h")
            : string.Create(Invariant, $"{hours:D2}:{seconds % 3600 / 60:D2}:{seconds % 60:D2}");
    }
}
