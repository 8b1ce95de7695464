using System.Globalization;
using System.Text;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Generation;

/// <summary>
/// Arista EOS session logs (<c>host#show …</c>) of 720XP campus access switches and 7050SX3 server switches, laid out
/// as EOS 4.2x prints them (tests/fixtures/ntc/arista_eos, ntc-more/arista_eos): <c>show version</c>, running-config,
/// <c>show interfaces status</c>, the MAC table, LLDP neighbours, VLANs and, on access switches, 802.1X hosts.
/// </summary>
internal sealed partial class AristaEosWriter : ISessionWriter
{
    public static readonly AristaEosWriter Instance = new();

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] CaptureCommands =
    [
        "terminal length 0",
        "show version",
        "show running-config",
        "show interfaces status",
        "show mac address-table",
        "show lldp neighbors detail",
        "show vlan",
        "show dot1x hosts",
        "exit",
    ];

    private AristaEosWriter()
    {
    }

    public string Platform => Platforms.AristaEos;

    public IReadOnlyList<string> Commands => CaptureCommands;

    public PortView View(HostPlan host, int index, PortPlan port) =>
        new(PortName(index), StatusText(port.State), VlanText(port), port.Description);

    public void Write(HostPlan host, StringBuilder output)
    {
        var device = new AristaDevice(host);
        foreach (var command in CaptureCommands)
        {
            if (command == "show dot1x hosts" && host.Kind != HostKind.Access)
            {
                continue;
            }

            output.Append(host.Hostname).Append('#').Line(command);
            switch (command)
            {
                case "show version":
                    WriteVersion(host, device, output);
                    break;
                case "show running-config":
                    WriteRunningConfig(host, device, output);
                    break;
                case "show interfaces status":
                    WriteInterfacesStatus(host, device, output);
                    break;
                case "show mac address-table":
                    WriteMacTable(host, device, output);
                    break;
                case "show lldp neighbors detail":
                    WriteLldpNeighbors(host, device, output);
                    break;
                case "show vlan":
                    WriteVlans(host, device, output);
                    break;
                case "show dot1x hosts":
                    WriteDot1xHosts(host, output);
                    break;
            }
        }
    }

    internal static string PortName(int index) => string.Create(Invariant, $"Et{index + 1}");

    private static string StatusText(PortState state) => state switch
    {
        PortState.Connected => "connected",
        PortState.NotConnected => "notconnect",
        _ => "disabled",
    };

    private static string VlanText(PortPlan port) => port.Trunk ? "trunk" : port.Vlan.ToString(Invariant);

    private static void WriteVersion(HostPlan host, AristaDevice device, StringBuilder o)
    {
        o.Append("Arista ").Line(device.Model);
        o.Append("Hardware version: ").Line(device.HardwareVersion);
        o.Append("Serial number: ").Line(device.Serial);
        o.Append("Hardware MAC address: ").AppendDottedMac(device.SystemMac).Line();
        o.Append("System MAC address: ").AppendDottedMac(device.SystemMac).Line();
        o.Line();
        o.Append("Software image version: ").Line(device.Release);
        o.Line("Architecture: i686");
        o.Append("Internal build version: ").Append(device.Release).Append('-').Append(device.Build).Append('.')
            .Line(device.Release.Replace(".", "", StringComparison.Ordinal));
        o.Append("Internal build ID: ").Line(device.BuildId);
        o.Line("Image format version: 3.0");
        o.Line("Image optimization: Default");
        o.Line();
        o.Append("Uptime: ").Line(Uptime(host.UptimeMinutes));
        o.Line("Total memory: 3982820 kB");
        o.Append(Invariant, $"Free memory: {device.FreeMemory} kB\n");
        o.Line();
    }

    /// <summary>EOS form: <c>134 weeks, 5 days, 23 hours and 44 minutes</c>.</summary>
    internal static string Uptime(int minutes)
    {
        var parts = new List<string>(4);
        Add(parts, minutes / (7 * 1440), "week");
        Add(parts, minutes % (7 * 1440) / 1440, "day");
        Add(parts, minutes % 1440 / 60, "hour");
        Add(parts, minutes % 60, "minute");
        if (parts.Count == 0)
        {
            return "0 minutes";
        }

        return parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];

        static void Add(List<string> parts, int value, string unit)
        {
            if (value > 0)
            {
                parts.Add(string.Create(Invariant, $"{value} {unit}{(value == 1 ? "" : "s")}"));
            }
        }
    }

    private static void WriteInterfacesStatus(HostPlan host, AristaDevice device, StringBuilder o)
    {
        o.Line("Port       Name                   Status       Vlan        Duplex  Speed Type");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            var up = port.State == PortState.Connected;
            var (duplex, speed) = up ? device.LinkText(port.SpeedMbps) : ("auto", "auto");
            StatusRow(o, PortName(i), port.Description, StatusText(port.State), VlanText(port), duplex, speed, device.PortType);
        }

        var uplinks = DeviceCommon.ConnectedUplinks(host);
        var inChannel = host.UplinkPortChannel ? "in Po1" : "trunk";
        for (var u = 0; u < AristaDevice.UplinkCount; u++)
        {
            if (u < uplinks)
            {
                StatusRow(o, device.UplinkName(u), "Uplink to " + host.DistributionSwitch, "connected", inChannel, "full", device.UplinkSpeed, device.UplinkType);
            }
            else
            {
                StatusRow(o, device.UplinkName(u), "", "notconnect", "1", "full", device.UplinkSpeed, "Not Present");
            }
        }

        StatusRow(o, "Ma1", "", "connected", "routed", "a-full", "a-1G", "10/100/1000");
        if (host.UplinkPortChannel)
        {
            StatusRow(o, "Po1", "Uplink to " + host.DistributionSwitch, "connected", "trunk", "full", device.IsServer ? "200G" : "50G", "N/A");
        }

        o.Line();
    }

    // EOS cuts the description to the 22 characters of its Name column; the config keeps it whole.
    private static void StatusRow(StringBuilder o, string port, string name, string status, string vlan, string duplex, string speed, string type) =>
        o.Column(port, 11).Column(name, 22).Append(' ').Column(status, 13).Column(vlan, 12)
            .RightColumn(duplex, 6).Append(' ').RightColumn(speed, 6).Append(' ').Line(type);

    private static void WriteMacTable(HostPlan host, AristaDevice device, StringBuilder o)
    {
        o.Line("          Mac Address Table");
        o.Line("------------------------------------------------------------------");
        o.Line();
        o.Line("Vlan    Mac Address       Type        Ports      Moves   Last Move");
        o.Line("----    -----------       ----        -----      -----   ---------");
        var count = 0;
        var uplink = host.UplinkPortChannel ? "Po1" : device.UplinkName(0);
        foreach (var vlan in host.TrunkVlans)
        {
            var text = vlan.ToString(Invariant);
            for (var i = 0; i < host.Ports.Length; i++)
            {
                foreach (var endpoint in host.Ports[i].Endpoints)
                {
                    if (endpoint.Vlan == vlan)
                    {
                        MacRow(o, text, endpoint.Mac, PortName(i), endpoint.SessionTag);
                        count++;
                    }
                }
            }

            foreach (var (macVlan, mac) in host.UplinkMacs)
            {
                if (macVlan == vlan)
                {
                    MacRow(o, text, mac, uplink, (uint)mac);
                    count++;
                }
            }
        }

        o.Append(Invariant, $"Total Mac Addresses for this criterion: {count}\n");
        o.Line();
        o.Line("          Multicast Mac Address Table");
        o.Line("------------------------------------------------------------------");
        o.Line();
        o.Line("Vlan    Mac Address       Type        Ports");
        o.Line("----    -----------       ----        -----");
        o.Line("Total Mac Addresses for this criterion: 0");
    }

    private static void MacRow(StringBuilder o, string vlan, ulong mac, string port, uint tag)
    {
        // The last move is as old as the entry: seconds to days, from the endpoint's own tag.
        var seconds = (int)(tag % (14 * 86400));
        var days = seconds / 86400;
        var clock = string.Create(Invariant, $"{seconds % 86400 / 3600}:{seconds % 3600 / 60:D2}:{seconds % 60:D2}");
        o.RightColumn(vlan, 4).Append("    ").AppendDottedMac(mac).Append("    ").Column("DYNAMIC", 12).Column(port, 11)
            .Column("1", 8).Append(days > 0 ? string.Create(Invariant, $"{days} day{(days == 1 ? "" : "s")}, {clock} ago") : clock + " ago").Line();
    }

    private static void WriteVlans(HostPlan host, AristaDevice device, StringBuilder o)
    {
        o.Line("VLAN  Name                             Status    Ports");
        o.Line("----- -------------------------------- --------- -------------------------------");
        var ports = new List<string>();
        for (var u = DeviceCommon.ConnectedUplinks(host); u < AristaDevice.UplinkCount; u++)
        {
            ports.Add(device.UplinkName(u));
        }

        VlanRow(o, 1, "default", ports);
        foreach (var vlan in DeviceCommon.ConfiguredVlans(host))
        {
            ports.Clear();
            if (vlan == HostPlan.ManagementVlan)
            {
                ports.Add("Cpu");
            }

            for (var i = 0; i < host.Ports.Length; i++)
            {
                var port = host.Ports[i];
                if (port.Vlan == vlan || port.VoiceVlan == vlan || (port.Trunk && AristaDevice.TrunkAllowed(host, port).Contains(vlan)))
                {
                    ports.Add(PortName(i));
                }
            }

            if (host.TrunkVlans.Contains(vlan))
            {
                ports.Add(host.UplinkPortChannel ? "Po1" : device.UplinkName(0));
            }

            VlanRow(o, vlan, HostPlan.VlanName(vlan, host.Floor), ports);
        }

        o.Line();
    }

    private static void VlanRow(StringBuilder o, int vlan, string name, List<string> ports)
    {
        var lines = DeviceCommon.Wrap(ports, ", ", 31);
        o.Column(vlan.ToString(Invariant), 6).Column(name, 33).Append("active    ").Line(lines[0]);
        for (var i = 1; i < lines.Count; i++)
        {
            o.Append(' ', 49).Line(lines[i]);
        }
    }

    private static void WriteDot1xHosts(HostPlan host, StringBuilder o)
    {
        o.Line("Port       Supplicant MAC   Auth         State          Fallback   VLAN");
        o.Line("---------- ---------------- ------------ -------------- ---------- ----");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            if (port.Auth == AuthTemplate.Open)
            {
                continue;
            }

            foreach (var endpoint in port.Endpoints)
            {
                var method = endpoint.ByDot1x ? "EAPOL" : "MAC-BASED";
                var state = endpoint.Authorized ? "SUCCESS" : "FAILED";
                o.Column(PortName(i), 11).AppendDottedMac(endpoint.Mac).Append("   ").Column(method, 13).Column(state, 15)
                    .Column("NONE", 11).Line(endpoint.Authorized ? endpoint.Vlan.ToString(Invariant) : "");
            }
        }

        o.Line();
    }
}
