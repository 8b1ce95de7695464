using System.Globalization;
using System.Text;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Generation;

/// <summary>
/// Ruckus (formerly Brocade) FastIron session logs of ICX 7150/7450 access stacks (<c>SSH@host#show …</c>, paging off
/// with <c>skip-page</c>), laid out as FastIron 08.0.9x prints them (tests/fixtures/ntc/brocade_fastiron,
/// ntc-more/brocade_fastiron and ruckus_fastiron): version with its <c>UNIT</c>/<c>STACKID</c> lines, the running
/// config with VLAN port ranges and a global <c>authentication</c> block, <c>show interfaces brief</c>, the MAC table,
/// LLDP neighbours, <c>show vlan</c> and authentication sessions.
/// </summary>
internal sealed partial class FastIronWriter : ISessionWriter
{
    public static readonly FastIronWriter Instance = new();

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] CaptureCommands =
    [
        "skip-page",
        "show version",
        "show running-config",
        "show interfaces brief",
        "show mac-address",
        "show lldp neighbors detail",
        "show vlan",
        "show authentication sessions all",
        "exit",
    ];

    private FastIronWriter()
    {
    }

    public string Platform => Platforms.BrocadeFastIron;

    public IReadOnlyList<string> Commands => CaptureCommands;

    public PortView View(HostPlan host, int index, PortPlan port) =>
        new(PortName(index), LinkText(port.State), port.Vlan.ToString(Invariant), port.Description);

    public void Write(HostPlan host, StringBuilder output)
    {
        var device = new FastIronDevice(host);
        foreach (var command in CaptureCommands)
        {
            output.Append("SSH@").Append(host.Hostname).Append('#').Line(command);
            switch (command)
            {
                case "show version":
                    WriteVersion(host, device, output);
                    break;
                case "show running-config":
                    WriteRunningConfig(host, device, output);
                    break;
                case "show interfaces brief":
                    WriteInterfacesBrief(host, device, output);
                    break;
                case "show mac-address":
                    WriteMacTable(host, device, output);
                    break;
                case "show lldp neighbors detail":
                    WriteLldpNeighbors(host, device, output);
                    break;
                case "show vlan":
                    WriteVlans(host, device, output);
                    break;
                case "show authentication sessions all":
                    WriteAuthSessions(host, output);
                    break;
            }
        }
    }

    /// <summary><c>unit/1/port</c>: 48 ports on module 1 of each stack unit.</summary>
    internal static string PortName(int index) =>
        string.Create(Invariant, $"{(index / FastIronDevice.PortsPerUnit) + 1}/1/{(index % FastIronDevice.PortsPerUnit) + 1}");

    private static string LinkText(PortState state) => state switch
    {
        PortState.Connected => "Up",
        PortState.NotConnected => "Down",
        _ => "Disable",
    };

    private static void WriteVersion(HostPlan host, FastIronDevice device, StringBuilder o)
    {
        o.Line("  Copyright (c) Ruckus Networks, Inc. All rights reserved.");
        for (var unit = 1; unit <= device.Units; unit++)
        {
            o.Append(Invariant, $"    UNIT {unit}: compiled on {device.Compiled} labeled as {device.Image}\n");
            o.Append(Invariant, $"      ({device.ImageBytes} bytes) from Primary {device.Image}.bin (UFI)\n");
            o.Append("        SW: Version ").Line(device.Version);
            o.Line("      Compressed Primary Boot Code size = 786944, Version:10.1.22T225 (mnz10122)");
            o.Line("       Compiled on Fri Jan 22 01:50:12 2021");
        }

        o.Line();
        o.Append("  HW: Stackable ").Line(device.Hardware);
        for (var unit = 1; unit <= device.Units; unit++)
        {
            o.Line("==========================================================================");
            o.Append(Invariant, $"UNIT {unit}: SL 1: {device.MainModule} POE 48-port Management Module\n");
            o.Append("      Serial  #:").Line(device.Serials[unit - 1]);
            o.Line("      Software Package: BASE_SOFT_PACKAGE");
            o.Line(device.Is7150 ? "      Current License: 4X10G" : "      Current License: ICX7450-PREM-LIC-SW");
            o.Line(device.Is7150 ? "      P-ASIC  0: type B160, rev 11  Chip BCM56160_B0" : "      P-ASIC  0: type B344, rev 01  Chip BCM56344_A0");
            foreach (var module in device.ExtraModules)
            {
                o.Line("==========================================================================");
                o.Append(Invariant, $"UNIT {unit}: ").Line(module);
            }
        }

        o.Line("==========================================================================");
        o.Line(device.Is7150 ? " 1000 MHz ARM processor ARMv7 88 MHz bus" : " 1000 MHz ARM processor ARMv7 100 MHz bus");
        o.Line(" 8192 KB boot flash memory");
        o.Line(" 2048 MB code flash memory");
        o.Line(device.Is7150 ? " 1024 MB DRAM" : " 2048 MB DRAM");
        var (days, hours, minutes, seconds) = DeviceCommon.Split(host);
        for (var unit = 1; unit <= device.Units; unit++)
        {
            o.Append(Invariant, $"STACKID {unit}  system uptime is {days} day(s) {hours} hour(s) {minutes} minute(s) {seconds} second(s)\n");
        }

        o.Append("The system started at ").Line(DeviceCommon.BootedAt(host).ToString("HH:mm:ss 'GMT+00' ddd MMM dd yyyy", Invariant));
        o.Line();
        o.Line("The system : started=warm start   reloaded=by \"reload\"");
        o.Line("My stack unit ID = 1, bootup role = active");
        o.Line();
    }

    private static void WriteInterfacesBrief(HostPlan host, FastIronDevice device, StringBuilder o)
    {
        o.Line();
        o.Line("Port       Link    State   Dupl Speed Trunk Tag Pvid Pri MAC             Name");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            var up = port.State == PortState.Connected;
            var speed = port.SpeedMbps switch { 10 => "10M", 100 => "100M", 1000 => "1G", _ => "10G" };
            BriefRow(o, PortName(i), LinkText(port.State), up ? "Forward" : "None", up ? (port.HalfDuplex ? "Half" : "Full") : "None",
                up ? speed : "None", "None", port.VoiceVlan != 0 ? "Yes" : "No", port.Vlan.ToString(Invariant), device.PortMac(i), port.Description);
        }

        var uplinks = DeviceCommon.ConnectedUplinks(host);
        for (var u = 0; u < FastIronDevice.UplinkCount; u++)
        {
            var connected = u < uplinks;
            BriefRow(o, device.UplinkName(u), connected ? "Up" : "Down", connected ? "Forward" : "None", connected ? "Full" : "None",
                connected ? "10G" : "None", connected && host.UplinkPortChannel ? "1" : "None", connected ? "Yes" : "No",
                connected ? "N/A" : "1", device.UplinkMac(u), connected ? "Uplink to " + host.DistributionSwitch : "");
        }

        o.Line();
    }

    // The Name column is padded far to the right, as 08.0.9x pads it.
    private static void BriefRow(StringBuilder o, string port, string link, string state, string duplex, string speed, string trunk,
        string tag, string pvid, ulong mac, string name) =>
        o.Column(port, 11).Column(link, 8).Column(state, 8).Column(duplex, 5).Column(speed, 6).Column(trunk, 6).Column(tag, 4)
            .Column(pvid, 5).Column("0", 4).AppendDottedMac(mac).Append("  ").Column(name, 84).Line();

    private static void WriteMacTable(HostPlan host, FastIronDevice device, StringBuilder o)
    {
        var count = host.UplinkMacs.Count;
        foreach (var port in host.Ports)
        {
            count += port.Endpoints.Length;
        }

        o.Append(Invariant, $"Total active entries from all ports = {count}\n");
        o.Line("MAC-Address     Port                 Type         VLAN ");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            foreach (var endpoint in host.Ports[i].Endpoints)
            {
                MacRow(o, endpoint.Mac, PortName(i), endpoint.Vlan);
            }
        }

        foreach (var (vlan, mac) in host.UplinkMacs)
        {
            MacRow(o, mac, device.UplinkName(0), vlan);
        }

        o.Line();
    }

    private static void MacRow(StringBuilder o, ulong mac, string port, int vlan) =>
        o.AppendDottedMac(mac).Append("  ").Column(port, 21).Column("Dynamic", 13).Column(vlan.ToString(Invariant), 5).Line();

    private static void WriteVlans(HostPlan host, FastIronDevice device, StringBuilder o)
    {
        var vlans = DeviceCommon.ConfiguredVlans(host);
        o.Append(Invariant, $"Total PORT-VLAN entries: {vlans.Length + 1}\n");
        o.Line("Maximum PORT-VLAN entries: 1024");
        o.Line();
        o.Line("Legend: [Stk=Stack-Id, S=Slot]");
        o.Line();
        var untagged = new List<int>();
        var tagged = new List<int>();
        var uplinks = DeviceCommon.ConnectedUplinks(host);
        VlanBlock(o, device, 1, "DEFAULT-VLAN", [], [], unusedUplinks: uplinks);
        foreach (var vlan in vlans)
        {
            untagged.Clear();
            tagged.Clear();
            for (var i = 0; i < host.Ports.Length; i++)
            {
                if (host.Ports[i].Vlan == vlan)
                {
                    untagged.Add(i);
                }
                else if (host.Ports[i].VoiceVlan == vlan)
                {
                    tagged.Add(i);
                }
            }

            VlanBlock(o, device, vlan, HostPlan.VlanName(vlan, host.Floor), untagged, tagged,
                unusedUplinks: host.TrunkVlans.Contains(vlan) ? -uplinks : FastIronDevice.UplinkCount);
        }

        o.Line();
    }

    /// <summary>
    /// One <c>PORT-VLAN</c> entry; <paramref name="unusedUplinks"/> positive lists uplinks from that index untagged
    /// (VLAN 1 keeps the spare ones), negative lists the first that many tagged.
    /// </summary>
    private static void VlanBlock(StringBuilder o, FastIronDevice device, int vlan, string name, List<int> untagged, List<int> tagged, int unusedUplinks)
    {
        o.Append(Invariant, $"PORT-VLAN {vlan}, Name {name}, Priority level0, Spanning tree On\n");
        var untaggedUplinks = unusedUplinks > 0 && unusedUplinks < FastIronDevice.UplinkCount
            ? Enumerable.Range(unusedUplinks, FastIronDevice.UplinkCount - unusedUplinks).ToArray()
            : [];
        var taggedUplinks = unusedUplinks < 0 ? Enumerable.Range(0, -unusedUplinks).ToArray() : [];
        PortList(o, " Untagged Ports: ", untagged, untaggedUplinks, device);
        PortList(o, "   Tagged Ports: ", tagged, taggedUplinks, device);
        o.Line(" Mac-Vlan Ports: None");
        o.Line("     Monitoring: Disabled");
    }

    /// <summary><c>(U1/M1)   1   2   3 …</c>, twelve ports a line, one line group per unit and module.</summary>
    private static void PortList(StringBuilder o, string label, List<int> ports, int[] uplinks, FastIronDevice device)
    {
        if (ports.Count == 0 && uplinks.Length == 0)
        {
            o.Append(label).Line("None");
            return;
        }

        foreach (var unit in ports.GroupBy(i => i / FastIronDevice.PortsPerUnit))
        {
            var numbers = unit.Select(i => (i % FastIronDevice.PortsPerUnit) + 1).ToArray();
            for (var start = 0; start < numbers.Length; start += 12)
            {
                o.Append(label).Append(Invariant, $"(U{unit.Key + 1}/M1)");
                foreach (var number in numbers.Skip(start).Take(12))
                {
                    o.RightColumn(number.ToString(Invariant), 4);
                }

                o.Line();
            }
        }

        if (uplinks.Length > 0)
        {
            o.Append(label).Append(Invariant, $"(U1/M{device.UplinkModule})");
            foreach (var uplink in uplinks)
            {
                o.RightColumn((uplink + 1).ToString(Invariant), 4);
            }

            o.Line();
        }
    }

    private static void WriteAuthSessions(HostPlan host, StringBuilder o)
    {
        o.Line("-------------------------------------------------------------------------------------------------------------------");
        o.Line("Port      MAC Address     IP(v4/v6)       User Name         VLAN  Auth    Auth    Dyn  Session  Age     PAE");
        o.Line("                          Address                                 Method  State   ACL  Time             State");
        o.Line("-------------------------------------------------------------------------------------------------------------------");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            if (port.Auth == AuthTemplate.Open)
            {
                continue;
            }

            foreach (var endpoint in port.Endpoints)
            {
                var user = endpoint.ByDot1x
                    ? string.Create(Invariant, $"u{endpoint.SessionTag % 90000 + 10000}")
                    : new StringBuilder(12).AppendHex(endpoint.Mac, 12).ToString().ToLowerInvariant();
                var address = endpoint.Authorized ? DeviceCommon.EndpointAddress(host, port, endpoint.Vlan) : "N/A";
                o.Column(PortName(i), 10).AppendDottedMac(endpoint.Mac).Append("  ").Column(address, 16).Column(user, 18)
                    .Column(endpoint.Vlan.ToString(Invariant), 6).Column(endpoint.ByDot1x ? "8021.X" : "MAUTH", 8)
                    .Column(endpoint.Authorized ? "permit" : "deny", 8).Column(endpoint.Authorized ? "Yes" : "No", 5)
                    .Column((endpoint.SessionTag % 900_000).ToString(Invariant), 9).Column("Ena", 8)
                    .Line(!endpoint.ByDot1x ? "N/A" : endpoint.Authorized ? "AUTHENTICATED" : "UNAUTHENTICATED");
            }
        }

        o.Line();
    }
}
