using System.Globalization;
using System.Text;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Generation;

/// <summary>
/// Juniper Junos session logs of EX2300/EX4300 access switches and virtual chassis (<c>netops@host> show … | no-more</c>,
/// each output closed by the <c>{master:0}</c> banner), laid out as Junos 21–23 prints them
/// (tests/fixtures/ntc-more/juniper_junos): version per FPC, system uptime, chassis hardware, the configuration in
/// braces, <c>show interfaces terse</c> and the per-port detail, the ethernet-switching table, LLDP neighbours, VLANs and
/// 802.1X sessions.
/// </summary>
internal sealed partial class JunosWriter : ISessionWriter
{
    public static readonly JunosWriter Instance = new();

    public const string User = "netops";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] CaptureCommands =
    [
        "show version | no-more",
        "show system uptime | no-more",
        "show chassis hardware | no-more",
        "show configuration | no-more",
        "show interfaces terse | no-more",
        "show interfaces | no-more",
        "show ethernet-switching table | no-more",
        "show lldp neighbors | no-more",
        "show vlans | no-more",
        "show dot1x interface | no-more",
        "exit",
    ];

    private JunosWriter()
    {
    }

    public string Platform => Platforms.JuniperJunos;

    public IReadOnlyList<string> Commands => CaptureCommands;

    /// <summary>The status is the link's <c>up</c>/<c>down</c>, or <c>disabled</c> when the port is shut (Admin <c>down</c>).</summary>
    public PortView View(HostPlan host, int index, PortPlan port) => new(
        PortName(index),
        port.State switch { PortState.Connected => "up", PortState.NotConnected => "down", _ => "disabled" },
        port.Vlan.ToString(Invariant),
        port.Description);

    public void Write(HostPlan host, StringBuilder output)
    {
        var device = new JunosDevice(host);
        foreach (var command in CaptureCommands)
        {
            if (command == "show interfaces | no-more" && !device.CapturesDetail)
            {
                continue;
            }

            output.Append(User).Append('@').Append(host.Hostname).Append("> ").Line(command);
            switch (command)
            {
                case "show version | no-more":
                    WriteVersion(host, device, output);
                    break;
                case "show system uptime | no-more":
                    WriteUptime(host, device, output);
                    break;
                case "show chassis hardware | no-more":
                    WriteHardware(device, output);
                    break;
                case "show configuration | no-more":
                    WriteConfiguration(host, device, output);
                    break;
                case "show interfaces terse | no-more":
                    WriteTerse(host, device, output);
                    break;
                case "show interfaces | no-more":
                    WriteInterfaces(host, device, output);
                    break;
                case "show ethernet-switching table | no-more":
                    WriteSwitchingTable(host, device, output);
                    break;
                case "show lldp neighbors | no-more":
                    WriteLldp(host, device, output);
                    break;
                case "show vlans | no-more":
                    WriteVlans(host, device, output);
                    break;
                case "show dot1x interface | no-more":
                    WriteDot1x(host, output);
                    break;
                default:
                    continue; // exit prints nothing
            }

            // The CLI closes every output with a blank line and the virtual chassis banner before the next prompt.
            output.Line();
            output.Line("{master:0}");
        }
    }

    /// <summary><c>ge-member/0/port</c>, ports counted from 0.</summary>
    internal static string PortName(int index) =>
        string.Create(Invariant, $"ge-{index / JunosDevice.PortsPerMember}/0/{index % JunosDevice.PortsPerMember}");

    private static void WriteVersion(HostPlan host, JunosDevice device, StringBuilder o)
    {
        for (var m = 0; m < device.Members; m++)
        {
            // Virtual-chassis-capable EX switches head each member's packages with its FPC, even when alone.
            o.Append(Invariant, $"fpc{m}:\n");
            o.Line("--------------------------------------------------------------------------");

            o.Append("Hostname: ").Line(host.Hostname);
            o.Append("Model: ").Line(device.Model);
            o.Append("Junos: ").Line(device.Release);
            foreach (var package in JunosDevice.Packages)
            {
                o.Append(package).Append(" [").Append(package.StartsWith("JUNOS OS", StringComparison.Ordinal) ? device.OsBuild : device.Build).Line("]");
            }

            o.Append("JUNOS EX  Software Suite [").Append(device.Release).Line("]");
            o.Append("JUNOS Web Management Platform Package [").Append(device.Build).Line("]");
            if (m < device.Members - 1)
            {
                o.Line();
            }
        }
    }

    private static void WriteUptime(HostPlan host, JunosDevice device, StringBuilder o)
    {
        var booted = DeviceCommon.BootedAt(host);
        var configured = device.ConfigChanged;
        for (var m = 0; m < device.Members; m++)
        {
            if (device.Members > 1)
            {
                o.Append(Invariant, $"fpc{m}:\n");
                o.Line("--------------------------------------------------------------------------");
            }

            o.Append("Current time: ").Line(Stamp(DeviceCommon.CapturedAt));
            o.Line("Time Source:  NTP CLOCK ");
            o.Append("System booted: ").Append(Stamp(booted)).Append(" (").Append(Ago(DeviceCommon.CapturedAt - booted)).Line(" ago)");
            o.Append("Protocols started: ").Append(Stamp(booted.AddMinutes(4))).Append(" (").Append(Ago(DeviceCommon.CapturedAt - booted.AddMinutes(4))).Line(" ago)");
            o.Append("Last configured: ").Append(Stamp(configured)).Append(" (").Append(Ago(DeviceCommon.CapturedAt - configured)).Append(" ago) by ").Line(User);
            var days = host.UptimeMinutes / 1440;
            o.Append(Invariant, $" 9:00AM  up {days} day{(days == 1 ? "" : "s")}, {host.UptimeMinutes % 1440 / 60}:{host.UptimeMinutes % 60:D2}, 1 user, load averages: 0.{device.Load:D2}, 0.{device.Load / 2:D2}, 0.01\n");
            if (m < device.Members - 1)
            {
                o.Line();
            }
        }
    }

    internal static string Stamp(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", Invariant);

    /// <summary>Junos age: <c>26w3d 17:59</c>, <c>3d 04:12</c>, <c>05:12:33</c>.</summary>
    internal static string Ago(TimeSpan age)
    {
        var days = (int)age.TotalDays;
        return days >= 7
            ? string.Create(Invariant, $"{days / 7}w{days % 7}d {age.Hours:D2}:{age.Minutes:D2}")
            : days > 0
                ? string.Create(Invariant, $"{days}d {age.Hours:D2}:{age.Minutes:D2}")
                : string.Create(Invariant, $"{age.Hours:D2}:{age.Minutes:D2}:{age.Seconds:D2}");
    }

    private static void WriteHardware(JunosDevice device, StringBuilder o)
    {
        o.Line("Hardware inventory:");
        o.Line("Item             Version  Part number  Serial number     Description");
        o.Column("Chassis", 39).Column(device.Serials[0], 18).Line(device.Model.ToUpperInvariant());
        for (var m = 0; m < device.Members; m++)
        {
            o.Column(string.Create(Invariant, $"Routing Engine {m}"), 17).Column(device.Is4300 ? "REV 13" : "REV 05", 9)
                .Column(device.Is4300 ? "650-044931" : "650-059881", 13).Column(device.Serials[m], 18).Line(device.Model.ToUpperInvariant());
            o.Column(string.Create(Invariant, $"FPC {m}"), 17).Column(device.Is4300 ? "REV 13" : "REV 05", 9)
                .Column(device.Is4300 ? "650-044931" : "650-059881", 13).Column(device.Serials[m], 18).Line(device.Model.ToUpperInvariant());
            o.Line("  CPU                     BUILTIN      BUILTIN           FPC CPU");
            o.Line("  PIC 0                   BUILTIN      BUILTIN           48x10/100/1000 Base-T");
            o.Column(string.Create(Invariant, $"  PIC {device.UplinkPic}"), 17).Column("REV 05", 9).Column("611-063980", 13)
                .Column(device.ModuleSerials[m], 18).Line("4x1/10G SFP/SFP+");
            if (m == 0)
            {
                o.Line("    Xcvr 0       REV 01   740-021308   AM2233SCQN4       SFP+-10G-SR");
                o.Line("    Xcvr 1       REV 01   740-021308   AM2233SCQ7B       SFP+-10G-SR");
            }

            o.Column(string.Create(Invariant, $"Power Supply {m}"), 17).Column("REV 03", 9).Column(device.Is4300 ? "740-046873" : "640-060603", 13)
                .Column(device.PowerSerials[m], 18).Line(device.Is4300 ? "JPSU-1100-AC-AFO-A" : "JPSU-750-AC-AFO");
            o.Column(string.Create(Invariant, $"Fan Tray {m}"), 57).Line("Fan Module, Airflow Out (AFO)");
        }
    }

    private static void WriteTerse(HostPlan host, JunosDevice device, StringBuilder o)
    {
        o.Line("Interface               Admin Link Proto    Local                 Remote");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            var admin = port.State == PortState.Disabled ? "down" : "up";
            var link = port.State == PortState.Connected ? "up" : "down";
            TerseRow(o, PortName(i), admin, link, "", "");
            TerseRow(o, PortName(i) + ".0", "up", link, "eth-switch", "");
        }

        var uplinks = DeviceCommon.ConnectedUplinks(host);
        for (var u = 0; u < JunosDevice.UplinkCount; u++)
        {
            var link = u < uplinks ? "up" : "down";
            TerseRow(o, device.UplinkName(u), "up", link, "", "");
            if (u < uplinks)
            {
                TerseRow(o, device.UplinkName(u) + ".0", "up", link, host.UplinkPortChannel ? "aenet" : "eth-switch", host.UplinkPortChannel ? "--> ae0.0" : "");
            }
        }

        if (host.UplinkPortChannel)
        {
            TerseRow(o, "ae0", "up", "up", "", "");
            TerseRow(o, "ae0.0", "up", "up", "eth-switch", "");
        }

        TerseRow(o, "irb", "up", "up", "", "");
        TerseRow(o, "irb.900", "up", "up", "inet", host.ManagementAddress + "/24");
        TerseRow(o, "jsrv", "up", "up", "", "");
        TerseRow(o, "jsrv.1", "up", "up", "inet", "128.0.0.127/2");
        TerseRow(o, "lo0", "up", "up", "", "");
        TerseRow(o, "vme", "up", "down", "", "");
    }

    private static void TerseRow(StringBuilder o, string name, string admin, string link, string proto, string local)
    {
        o.Column(name, 24).Column(admin, 6);
        if (proto.Length == 0)
        {
            o.Line(link);
            return;
        }

        // Columns widen for a longer value (eth-switch) rather than cut it.
        o.Column(link, 5).Append(proto);
        if (local.Length > 0)
        {
            o.Append(' ', Math.Max(1, 9 - proto.Length)).Append(local);
        }

        o.Line();
    }

    private static void WriteSwitchingTable(HostPlan host, JunosDevice device, StringBuilder o)
    {
        var count = host.UplinkMacs.Count;
        foreach (var port in host.Ports)
        {
            count += port.Endpoints.Length;
        }

        o.Line();
        o.Line("MAC flags (S - static MAC, D - dynamic MAC, L - locally learned, P - Persistent static, C - Control MAC");
        o.Line("           SE - statistics enabled, NM - non configured MAC, R - remote PE MAC, O - ovsdb MAC)");
        o.Line();
        o.Line();
        o.Append(Invariant, $"Ethernet switching table : {count} entries, {count} learned\n");
        o.Line("Routing instance : default-switch");
        o.Line("    Vlan                MAC                 MAC         Age    Logical                NH        RTR ");
        o.Line("    name                address             flags              interface              Index     ID");
        var uplink = host.UplinkPortChannel ? "ae0.0" : device.UplinkName(0) + ".0";
        foreach (var vlan in host.TrunkVlans)
        {
            var name = HostPlan.VlanName(vlan, host.Floor);
            for (var i = 0; i < host.Ports.Length; i++)
            {
                foreach (var endpoint in host.Ports[i].Endpoints)
                {
                    if (endpoint.Vlan == vlan)
                    {
                        SwitchingRow(o, name, endpoint.Mac, PortName(i) + ".0");
                    }
                }
            }

            foreach (var (macVlan, mac) in host.UplinkMacs)
            {
                if (macVlan == vlan)
                {
                    SwitchingRow(o, name, mac, uplink);
                }
            }
        }
    }

    private static void SwitchingRow(StringBuilder o, string vlan, ulong mac, string logical) =>
        o.Append("    ").Column(vlan, 20).AppendColonMac(mac).Append("   ").Column("D", 13).Column("-", 4).Append("   ")
            .Column(logical, 23).Column("0", 10).Line("0");

    private static void WriteLldp(HostPlan host, JunosDevice device, StringBuilder o)
    {
        o.Line("Local Interface    Parent Interface    Chassis Id          Port info          System Name");
        for (var u = 0; u < DeviceCommon.ConnectedUplinks(host); u++)
        {
            o.Column(device.UplinkName(u), 19).Column(host.UplinkPortChannel ? "ae0" : "-", 20).AppendColonMac(host.DistributionMac).Append("   ")
                .Column(string.Create(Invariant, $"xe-0/0/{DeviceCommon.DistributionPort(host, u) - 1}"), 19).Line(host.DistributionSwitch);
        }

        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            if (port.Neighbor is NeighborKind.None or NeighborKind.Hypervisor or NeighborKind.Distribution)
            {
                continue;
            }

            var mac = port.Endpoints[0].Mac;
            var hex = new StringBuilder(12).AppendHex(mac, 12).ToString();
            var (portInfo, name) = port.Neighbor switch
            {
                NeighborKind.CiscoPhone => (hex + ":P1", "SEP" + hex),
                NeighborKind.CiscoAccessPoint => ("eth0", port.Description),
                _ when port.Role == PortRole.Camera => ("eth0", "axis-" + hex.ToLowerInvariant()),
                _ => ("Port 1", "NPI" + hex[6..]),
            };
            o.Column(PortName(i), 19).Column("-", 20).AppendColonMac(mac).Append("   ").Column(portInfo, 19).Line(name);
        }
    }

    private static void WriteVlans(HostPlan host, JunosDevice device, StringBuilder o)
    {
        o.Line();
        o.Line("Routing instance        VLAN name             Tag          Interfaces");
        var uplink = host.UplinkPortChannel ? "ae0.0*" : device.UplinkName(0) + ".0*";
        foreach (var vlan in DeviceCommon.ConfiguredVlans(host).OrderBy(v => HostPlan.VlanName(v, host.Floor), StringComparer.Ordinal))
        {
            o.Column("default-switch", 24).Column(HostPlan.VlanName(vlan, host.Floor), 22).Line(vlan.ToString(Invariant));
            var members = new List<string>();
            if (host.TrunkVlans.Contains(vlan))
            {
                members.Add(uplink);
            }

            for (var i = 0; i < host.Ports.Length; i++)
            {
                var port = host.Ports[i];
                if (port.Vlan == vlan || port.VoiceVlan == vlan)
                {
                    members.Add(PortName(i) + ".0" + (port.State == PortState.Connected ? "*" : ""));
                }
            }

            foreach (var member in members.Order(StringComparer.Ordinal))
            {
                o.Append(' ', 59).Line(member);
            }
        }
    }

    private static void WriteDot1x(HostPlan host, StringBuilder o)
    {
        o.Line("802.1X Information:");
        o.Line("Interface     Role           State           MAC address          User");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            if (port.Auth == AuthTemplate.Open)
            {
                continue;
            }

            if (port.Endpoints.Length == 0)
            {
                o.Column(PortName(i) + ".0", 14).Column("Authenticator", 15).Line("Initialize");
                continue;
            }

            foreach (var endpoint in port.Endpoints)
            {
                var user = endpoint.ByDot1x
                    ? string.Create(Invariant, $"u{endpoint.SessionTag % 90000 + 10000}")
                    : new StringBuilder(12).AppendHex(endpoint.Mac, 12).ToString().ToLowerInvariant();
                o.Column(PortName(i) + ".0", 14).Column("Authenticator", 15).Column(endpoint.Authorized ? "Authenticated" : "Held", 16)
                    .AppendColonMac(endpoint.Mac).Append("    ").Line(user);
            }
        }
    }
}
