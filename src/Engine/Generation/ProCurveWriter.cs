using System.Globalization;
using System.Text;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Generation;

/// <summary>
/// HPE Aruba 2930F (AOS-Switch, formerly ProCurve) session logs (<c>host# show …</c>), laid out as WC.16.x prints them
/// (tests/fixtures/ntc/hp_procurve, ntc-more/hp_procurve): the image stamp, <c>show system</c> and modules, the
/// running config with port lists, <c>show interfaces brief</c> and <c>status</c>, the port address table, LLDP
/// remote devices, VLANs and port-access clients. Ports are numbered 1–48 (<c>member/port</c> in a VSF stack).
/// </summary>
internal sealed partial class ProCurveWriter : ISessionWriter
{
    public static readonly ProCurveWriter Instance = new();

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] CaptureCommands =
    [
        "no page",
        "show version",
        "show system",
        "show modules",
        "show running-config",
        "show interfaces brief",
        "show interfaces status",
        "show mac-address",
        "show lldp info remote-device detail",
        "show vlans",
        "show port-access clients",
        "exit",
    ];

    private ProCurveWriter()
    {
    }

    public string Platform => Platforms.HpProcurve;

    public IReadOnlyList<string> Commands => CaptureCommands;

    /// <summary>
    /// The status is the link's <c>Up</c>/<c>Down</c>, or <c>Disabled</c> when the port is shut (<c>Enabled No</c>); the
    /// VLAN is the port's untagged one (a phone port is tagged in the voice VLAN too).
    /// </summary>
    public PortView View(HostPlan host, int index, PortPlan port) => new(
        PortName(host, index),
        port.State switch { PortState.Connected => "Up", PortState.NotConnected => "Down", _ => "Disabled" },
        port.Vlan.ToString(Invariant),
        port.Description);

    public void Write(HostPlan host, StringBuilder output)
    {
        var device = new ProCurveDevice(host);
        foreach (var command in CaptureCommands)
        {
            output.Append(host.Hostname).Append("# ").Line(command);
            switch (command)
            {
                case "show version":
                    WriteVersion(device, output);
                    break;
                case "show system":
                    WriteSystem(host, device, output);
                    break;
                case "show modules":
                    WriteModules(device, output);
                    break;
                case "show running-config":
                    WriteRunningConfig(host, device, output);
                    break;
                case "show interfaces brief":
                    WriteInterfacesBrief(host, device, output);
                    break;
                case "show interfaces status":
                    WriteInterfacesStatus(host, device, output);
                    break;
                case "show mac-address":
                    WriteMacTable(host, device, output);
                    break;
                case "show lldp info remote-device detail":
                    WriteLldp(host, device, output);
                    break;
                case "show vlans":
                    WriteVlans(host, output);
                    break;
                case "show port-access clients":
                    WriteClients(host, output);
                    break;
            }
        }
    }

    /// <summary><c>5</c> on a standalone switch, <c>2/5</c> in a VSF stack.</summary>
    internal static string PortName(HostPlan host, int index) => host.Ports.Length <= ProCurveDevice.PortsPerMember
        ? (index + 1).ToString(Invariant)
        : string.Create(Invariant, $"{(index / ProCurveDevice.PortsPerMember) + 1}/{(index % ProCurveDevice.PortsPerMember) + 1}");

    private static void WriteVersion(ProCurveDevice device, StringBuilder o)
    {
        o.Line("Image stamp:    /ws/swbuildm/rel_wc_qaoff/code/build/lvm(swbuildm_rel_wc_qaoff_rel_wc)");
        o.Append("                ").Line(device.BuildDate);
        o.Append("                ").Line(device.Version);
        o.Append(Invariant, $"                {device.BuildNumber}\n");
        o.Line("Boot Image:     Primary");
        o.Line();
        o.Line("Boot ROM Version:    WC.17.02.0006");
        o.Line("Active Boot ROM:     Primary");
        o.Line();
    }

    private static void WriteSystem(HostPlan host, ProCurveDevice device, StringBuilder o)
    {
        o.Line();
        o.Line(" Status and Counters - General System Information");
        o.Line();
        o.Append("  System Name        : ").Line(host.Hostname);
        o.Line("  System Contact     : Network Operations x5500");
        o.Append("  System Location    : ").Line(host.Location);
        o.Line();
        o.Line("  MAC Age Time (sec) : 300");
        o.Line();
        o.Line("  Time Zone          : -300");
        o.Line("  Daylight Time Rule : Continental-US-and-Canada");
        o.Line();
        o.Append("  Software revision  : ").Column(device.Version, 21).Append("Base MAC Addr      : ").AppendHpMac(device.BaseMac).Line();
        o.Append("  ROM Version        : ").Column("WC.17.02.0006", 21).Append("Serial Number      : ").Line(device.Serials[0]);
        o.Line();
        o.Append("  Up Time            : ").Column(Uptime(host.UptimeMinutes), 21).Line("Memory   - Total   : 340,893,184");
        o.Append("  CPU Util (%)       : ").Column(device.Cpu.ToString(Invariant), 21).Append("           Free    : ").Line(device.FreeMemory);
        o.Line();
        o.Append("  IP Mgmt  - Pkts Rx : ").Column(device.PacketsIn, 21).Line("Packet   - Total   : 6600");
        o.Append("             Pkts Tx : ").Column(device.PacketsOut, 21).Line("Buffers    Free    : 5077");
        o.Line("                                                       Lowest  : 5074");
        o.Line("                                                       Missed  : 0");
        o.Line();
    }

    /// <summary>AOS-Switch's one-unit uptime: <c>84 days</c>, <c>5 hours</c>, <c>13 mins</c>.</summary>
    private static string Uptime(int minutes) => minutes switch
    {
        >= 1440 => string.Create(Invariant, $"{minutes / 1440} days"),
        >= 60 => string.Create(Invariant, $"{minutes / 60} hours"),
        _ => string.Create(Invariant, $"{minutes} mins"),
    };

    private static void WriteModules(ProCurveDevice device, StringBuilder o)
    {
        o.Line();
        o.Line(" Status and Counters - Module Information");
        o.Line();
        for (var m = 0; m < device.Members; m++)
        {
            o.Append(device.Members > 1 ? string.Create(Invariant, $"  Member {m + 1} Chassis: ") : "  Chassis: ")
                .Column(device.Model, 35).Append("Serial Number:   ").Line(device.Serials[m]);
        }

        o.Line();
        o.Line("  Slot  Module Description                                  Serial Number    Status");
        o.Line("  ----- --------------------------------------------------- ---------------- -------");
        o.Line();
    }

    private static void WriteInterfacesBrief(HostPlan host, ProCurveDevice device, StringBuilder o)
    {
        o.Line();
        o.Line(" Status and Counters - Port Status");
        o.Line();
        o.Line("                   | Intrusion                           MDI  Flow");
        o.Line("  Port  Type       | Alert     Enabled Status Mode       Mode Ctrl");
        o.Line("  ----- ---------- + --------- ------- ------ ---------- ---- ----");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            var up = port.State == PortState.Connected;
            o.Append("  ").Column(PortName(host, i), 6).Column("100/1000T", 11).Append("| ").Column("No", 10)
                .Column(port.State == PortState.Disabled ? "No" : "Yes", 8).Column(up ? "Up" : "Down", 7)
                .Column(up ? Mode(port) : "1000FDx", 11).Column(up ? "MDIX" : "Auto", 5).Line("off");
        }

        for (var u = 0; u < ProCurveDevice.UplinkCount; u++)
        {
            var connected = u < DeviceCommon.ConnectedUplinks(host);
            o.Append("  ").Column(device.UplinkLabel(host, u), 6).Column("SFP+SR", 11).Append("| ").Column("No", 10).Column("Yes", 8)
                .Column(connected ? "Up" : "Down", 7).Column("10GigFD", 11).Column("NA", 5).Line("off");
        }

        o.Line();
    }

    private static string Mode(PortPlan port) => port.SpeedMbps switch
    {
        1000 => "1000FDx",
        100 => port.HalfDuplex ? "100HDx" : "100FDx",
        _ => port.HalfDuplex ? "10HDx" : "10FDx",
    };

    private static void WriteInterfacesStatus(HostPlan host, ProCurveDevice device, StringBuilder o)
    {
        o.Line();
        o.Line("  Port     Name       Status  Config-mode   Speed    Type       Tagged Untagged");
        o.Line("  -------- ---------- ------- ------------- -------- ---------- ------ --------");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            var up = port.State == PortState.Connected;
            o.Append("  ").Column(PortName(host, i), 9).Column(Cut(port.Description), 11).Column(up ? "Up" : "Down", 8).Column("Auto", 14)
                .Column(up ? Mode(port) : "1000FDx", 9).Column("100/1000T", 11)
                .Column(port.VoiceVlan != 0 ? port.VoiceVlan.ToString(Invariant) : "No", 7).Line(port.Vlan.ToString(Invariant));
        }

        for (var u = 0; u < ProCurveDevice.UplinkCount; u++)
        {
            var connected = u < DeviceCommon.ConnectedUplinks(host);
            var label = device.UplinkLabel(host, u);
            o.Append("  ").Column(label.Length > 8 ? label[..5] + "..." : label, 9).Column(connected ? Cut("Uplink to " + host.DistributionSwitch) : "", 11)
                .Column(connected ? "Up" : "Down", 8).Column("Auto", 14).Column("10GigFD", 9).Column("SFP+SR", 11)
                .Column(connected ? "multi" : "No", 7).Line(connected ? "No" : "1");
        }

        o.Line();
    }

    /// <summary>The Name column holds 10 characters: a longer name shows its first 7 and <c>...</c>.</summary>
    private static string Cut(string name) => name.Length <= 10 ? name : name[..7] + "...";

    private static void WriteMacTable(HostPlan host, ProCurveDevice device, StringBuilder o)
    {
        o.Line();
        o.Line(" Status and Counters - Port Address Table");
        o.Line();
        o.Line("  MAC Address       Port                            VLAN");
        o.Line("  ----------------- ------------------------------- ----");
        var uplink = host.UplinkPortChannel ? "Trk1" : device.UplinkLabel(host, 0);
        foreach (var (vlan, mac) in host.UplinkMacs)
        {
            MacRow(o, mac, uplink, vlan);
        }

        for (var i = 0; i < host.Ports.Length; i++)
        {
            foreach (var endpoint in host.Ports[i].Endpoints)
            {
                MacRow(o, endpoint.Mac, PortName(host, i), endpoint.Vlan);
            }
        }

        o.Line();
    }

    private static void MacRow(StringBuilder o, ulong mac, string port, int vlan) =>
        o.Append("  ").AppendHpMac(mac).Append("     ").Column(port, 32).Line(vlan.ToString(Invariant));

    private static void WriteVlans(HostPlan host, StringBuilder o)
    {
        var vlans = DeviceCommon.ConfiguredVlans(host);
        o.Line();
        o.Line(" Status and Counters - VLAN Information");
        o.Line();
        o.Line("  Maximum VLANs to support : 256                  ");
        o.Line("  Primary VLAN : DEFAULT_VLAN");
        o.Line("  Management VLAN :             ");
        o.Line();
        o.Line("  802.1Q VLAN ID Name         Status       Voice Jumbo");
        o.Line("  -------------- ------------ ------------ ----- -----");
        VlanRow(o, 1, "DEFAULT_VLAN", voice: false);
        foreach (var vlan in vlans)
        {
            VlanRow(o, vlan, HostPlan.VlanName(vlan, host.Floor), vlan == host.VoiceVlan);
        }

        o.Line();
    }

    private static void VlanRow(StringBuilder o, int vlan, string name, bool voice) =>
        o.Append("  ").Column(vlan.ToString(Invariant), 15).Column(name, 13).Column("Port-based", 13).Column(voice ? "Yes" : "No", 6).Line("No   ");

    private static void WriteClients(HostPlan host, StringBuilder o)
    {
        o.Line();
        o.Line(" Port Access Client Status");
        o.Line();
        o.Line("  Port  Client Name         MAC Address       IP Address      User Role                 Type   VLAN");
        o.Line("  ----- ------------------- ----------------- --------------- ------------------------- ------ ----");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            if (port.Auth == AuthTemplate.Open)
            {
                continue;
            }

            foreach (var endpoint in port.Endpoints)
            {
                var name = endpoint.ByDot1x
                    ? string.Create(Invariant, $"u{endpoint.SessionTag % 90000 + 10000}")
                    : new StringBuilder(12).AppendHex(endpoint.Mac, 12).ToString().ToLowerInvariant();
                var role = !endpoint.Authorized ? "denied" : endpoint.IsPhone ? "voice" : "corp-" + port.Role.ToString().ToLowerInvariant();
                o.Append("  ").Column(PortName(host, i), 6).Column(name, 20).AppendHpMac(endpoint.Mac).Append("     ")
                    .Column(endpoint.Authorized ? DeviceCommon.EndpointAddress(host, port, endpoint.Vlan) : "n/a", 16).Column(role, 26)
                    .Column(endpoint.ByDot1x ? "8021X" : "MAC", 7).Line(endpoint.Authorized ? endpoint.Vlan.ToString(Invariant) : "");
            }
        }

        o.Line();
    }
}
