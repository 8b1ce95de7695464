using System.Globalization;
using System.Text;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Generation;

/// <summary>
/// Aruba AOS-CX session logs of 6300M/6100 access switches (<c>host# show …</c>), laid out as AOS-CX 10.1x prints them
/// (tests/fixtures/ntc-more/aruba_aoscx): version and <c>show system</c>, the running config, <c>show interface brief</c>
/// and the per-port <c>show interface</c> detail, the MAC table, LLDP neighbour detail, VLANs with port ranges and the
/// port-access client status.
/// </summary>
internal sealed partial class AosCxWriter : ISessionWriter
{
    public static readonly AosCxWriter Instance = new();

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] CaptureCommands =
    [
        "no page",
        "show version",
        "show system",
        "show running-config",
        "show interface brief",
        "show interface",
        "show mac-address-table",
        "show lldp neighbor-info detail",
        "show vlan",
        "show aaa authentication port-access interface all client-status",
        "exit",
    ];

    private AosCxWriter()
    {
    }

    public string Platform => Platforms.ArubaAosCx;

    public IReadOnlyList<string> Commands => CaptureCommands;

    /// <summary>
    /// The status is the link's <c>up</c>/<c>down</c>, or <c>disabled</c> when the port is shut (<c>Enabled no</c>); a port
    /// that carries the voice VLAN is in trunk mode (native data VLAN), as its <c>Mode</c> column says.
    /// </summary>
    public PortView View(HostPlan host, int index, PortPlan port) => new(
        PortName(index),
        port.State switch { PortState.Connected => "up", PortState.NotConnected => "down", _ => "disabled" },
        port.VoiceVlan != 0 ? "trunk" : port.Vlan.ToString(Invariant),
        port.Description);

    public void Write(HostPlan host, StringBuilder output)
    {
        var device = new AosCxDevice(host);
        foreach (var command in CaptureCommands)
        {
            if (command == "show interface" && !device.CapturesDetail)
            {
                continue;
            }

            output.Append(host.Hostname).Append("# ").Line(command);
            switch (command)
            {
                case "show version":
                    WriteVersion(device, output);
                    break;
                case "show system":
                    WriteSystem(host, device, output);
                    break;
                case "show running-config":
                    WriteRunningConfig(host, device, output);
                    break;
                case "show interface brief":
                    WriteInterfaceBrief(host, device, output);
                    break;
                case "show interface":
                    WriteInterfaces(host, device, output);
                    break;
                case "show mac-address-table":
                    WriteMacTable(host, output);
                    break;
                case "show lldp neighbor-info detail":
                    WriteLldpNeighbors(host, device, output);
                    break;
                case "show vlan":
                    WriteVlans(host, output);
                    break;
                case "show aaa authentication port-access interface all client-status":
                    WriteClients(host, output);
                    break;
            }
        }
    }

    /// <summary><c>member/1/port</c>: 48 ports per VSF member.</summary>
    internal static string PortName(int index) =>
        string.Create(Invariant, $"{(index / AosCxDevice.PortsPerMember) + 1}/1/{(index % AosCxDevice.PortsPerMember) + 1}");

    private static void WriteVersion(AosCxDevice device, StringBuilder o)
    {
        o.Line("-----------------------------------------------------------------------------");
        o.Line("ArubaOS-CX");
        o.Line("(c) Copyright 2017-2023 Hewlett Packard Enterprise Development LP");
        o.Line("-----------------------------------------------------------------------------");
        o.Append("Version      : ").Line(device.Version);
        o.Append("Build Date   : ").Line(device.BuildDate);
        o.Append("Build ID     : ArubaOS-CX:").Append(device.Version).Append(':').Append(device.BuildSha[..12]).Append(':').Line(device.BuildStamp);
        o.Append("Build SHA    : ").Line(device.BuildSha);
        o.Line("Hot Patches  : ");
        o.Line("Active Image : primary");
        o.Line();
        o.Append("Service OS Version : ").Line(device.ServiceOs);
        o.Append("BIOS Version       : ").Line(device.Bios);
        o.Line();
    }

    private static void WriteSystem(HostPlan host, AosCxDevice device, StringBuilder o)
    {
        o.Append("Hostname           : ").Line(host.Hostname);
        o.Append("System Description : ").Line(device.Version);
        o.Line("System Contact     : Network Operations x5500");
        o.Append("System Location    : ").Line(host.Location);
        o.Line();
        o.Line("Vendor             : Aruba");
        o.Append("Product Name       : ").Line(device.ProductName);
        o.Append("Chassis Serial Nbr : ").Line(device.Serial);
        o.Append("Base MAC Address   : ").AppendHpMac(device.BaseMac).Line();
        o.Append("ArubaOS-CX Version : ").Line(device.Version);
        o.Line();
        o.Line("Time Zone          : America/New_York");
        o.Line();
        o.Append("Up Time            : ").Line(Uptime(host.UptimeMinutes));
        o.Append(Invariant, $"CPU Util (%)       : {device.Cpu}\n");
        o.Append(Invariant, $"Memory Usage (%)   : {device.Memory}\n");
        o.Line();
    }

    /// <summary>AOS-CX form: <c>12 weeks, 3 days, 14 hours, 5 minutes</c>.</summary>
    internal static string Uptime(int minutes)
    {
        var parts = new List<string>(4);
        Add(parts, minutes / (7 * 1440), "week");
        Add(parts, minutes % (7 * 1440) / 1440, "day");
        Add(parts, minutes % 1440 / 60, "hour");
        parts.Add(minutes % 60 == 0 ? "under a minute" : string.Create(Invariant, $"{minutes % 60} minute{(minutes % 60 == 1 ? "" : "s")}"));
        return string.Join(", ", parts);

        static void Add(List<string> parts, int value, string unit)
        {
            if (value > 0 || parts.Count > 0)
            {
                parts.Add(string.Create(Invariant, $"{value} {unit}{(value == 1 ? "" : "s")}"));
            }
        }
    }

    private static void WriteInterfaceBrief(HostPlan host, AosCxDevice device, StringBuilder o)
    {
        o.Line("--------------------------------------------------------------------------------------------------------");
        o.Line("Port       Native  Mode   Type           Enabled Status  Reason                  Speed   Description");
        o.Line("           VLAN                                                                  (Mb/s)");
        o.Line("--------------------------------------------------------------------------------------------------------");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            var up = port.State == PortState.Connected;
            BriefRow(o, PortName(i), port.Vlan.ToString(Invariant), port.VoiceVlan != 0 ? "trunk" : "access", device.PortType,
                port.State == PortState.Disabled ? "no" : "yes", up ? "up" : "down", Reason(port.State),
                up ? port.SpeedMbps.ToString(Invariant) : "--", port.Description.Length == 0 ? "--" : port.Description);
        }

        var uplinks = DeviceCommon.ConnectedUplinks(host);
        for (var u = 0; u < AosCxDevice.UplinkCount; u++)
        {
            var connected = u < uplinks;
            BriefRow(o, AosCxDevice.UplinkName(u), host.UplinkPortChannel && connected ? "--" : "1", host.UplinkPortChannel && connected ? "--" : "trunk",
                connected ? device.UplinkType : "--", "yes", connected ? "up" : "down", connected ? "" : "No XCVR installed",
                connected ? "10000" : "--", connected ? "Uplink to " + host.DistributionSwitch : "--");
        }

        if (host.UplinkPortChannel)
        {
            BriefRow(o, "lag1", "1", "trunk", "--", "yes", "up", "", "20000", "Uplink to " + host.DistributionSwitch);
        }

        o.Line();
    }

    private static string Reason(PortState state) => state switch
    {
        PortState.Connected => "",
        PortState.NotConnected => "Waiting for link",
        _ => "Administratively down",
    };

    private static void BriefRow(StringBuilder o, string port, string vlan, string mode, string type, string enabled, string status,
        string reason, string speed, string description) =>
        o.Column(port, 11).Column(vlan, 8).Column(mode, 7).Column(type, 15).Column(enabled, 8).Column(status, 8).Column(reason, 24)
            .Column(speed, 8).Line(description);

    private static void WriteMacTable(HostPlan host, StringBuilder o)
    {
        var count = host.UplinkMacs.Count;
        foreach (var port in host.Ports)
        {
            count += port.Endpoints.Length;
        }

        o.Line("MAC age-time            : 300 seconds");
        o.Append(Invariant, $"Number of MAC addresses : {count}\n");
        o.Line();
        o.Line("MAC Address          VLAN     Type                      Port");
        o.Line("--------------------------------------------------------------");
        var uplink = host.UplinkPortChannel ? "lag1" : AosCxDevice.UplinkName(0);
        foreach (var vlan in host.TrunkVlans)
        {
            foreach (var (macVlan, mac) in host.UplinkMacs)
            {
                if (macVlan == vlan)
                {
                    MacRow(o, mac, vlan, "dynamic", uplink);
                }
            }

            for (var i = 0; i < host.Ports.Length; i++)
            {
                var port = host.Ports[i];
                foreach (var endpoint in port.Endpoints)
                {
                    if (endpoint.Vlan == vlan)
                    {
                        MacRow(o, endpoint.Mac, vlan, port.Auth == AuthTemplate.Open ? "dynamic" : "port-access-security", PortName(i));
                    }
                }
            }
        }

        o.Line();
    }

    private static void MacRow(StringBuilder o, ulong mac, int vlan, string type, string port) =>
        o.AppendColonMac(mac).Append("    ").Column(vlan.ToString(Invariant), 9).Column(type, 26).Line(port);

    private static void WriteVlans(HostPlan host, StringBuilder o)
    {
        o.Line("------------------------------------------------------------------------------------------------------------------");
        o.Line("VLAN  Name                              Status  Reason                  Type        Interfaces                    ");
        o.Line("------------------------------------------------------------------------------------------------------------------");
        var uplinks = DeviceCommon.ConnectedUplinks(host);
        var spare = Enumerable.Range(uplinks, AosCxDevice.UplinkCount - uplinks).Select(AosCxDevice.UplinkName).ToList();
        VlanRow(o, "1", "DEFAULT_VLAN_1", "default", spare);
        foreach (var vlan in DeviceCommon.ConfiguredVlans(host))
        {
            var members = Ranges(host, i => host.Ports[i].Vlan == vlan || host.Ports[i].VoiceVlan == vlan);
            if (host.TrunkVlans.Contains(vlan))
            {
                members.Add(host.UplinkPortChannel ? "lag1" : AosCxDevice.UplinkName(0));
            }

            VlanRow(o, vlan.ToString(Invariant), HostPlan.VlanName(vlan, host.Floor), "static", members);
        }

        o.Line();
    }

    private static void VlanRow(StringBuilder o, string vlan, string name, string type, List<string> members)
    {
        var lines = DeviceCommon.Wrap(members, ",", 29, trailing: true);
        o.Column(vlan, 6).Column(name, 34).Column("up", 8).Column("ok", 24).Column(type, 12).Line(lines[0]);
        for (var i = 1; i < lines.Count; i++)
        {
            o.Append(' ', 84).Line(lines[i]);
        }
    }

    /// <summary><c>1/1/2-1/1/4</c> runs of the ports that match (a run never spans two members).</summary>
    private static List<string> Ranges(HostPlan host, Func<int, bool> match)
    {
        var ranges = new List<string>();
        foreach (var (first, last) in DeviceCommon.Runs(Enumerable.Range(0, host.Ports.Length).Where(match)))
        {
            var from = first;
            while (from <= last)
            {
                var to = Math.Min(last, ((from / AosCxDevice.PortsPerMember) + 1) * AosCxDevice.PortsPerMember - 1);
                ranges.Add(to > from ? PortName(from) + "-" + PortName(to) : PortName(from));
                from = to + 1;
            }
        }

        return ranges;
    }

    private static void WriteClients(HostPlan host, StringBuilder o)
    {
        o.Line();
        o.Line("Port Access Client Status Details");
        o.Line();
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            if (port.Auth == AuthTemplate.Open)
            {
                continue;
            }

            foreach (var endpoint in port.Endpoints)
            {
                var method = endpoint.ByDot1x ? "dot1x" : "mac-auth";
                var status = endpoint.Authorized ? "Authenticated" : "Unauthenticated";
                var other = endpoint.ByDot1x ? "mac-auth - Not attempted" : "dot1x - Not attempted";
                o.Append("Client ").AppendColonMac(endpoint.Mac).Append(", ")
                    .Line(endpoint.ByDot1x ? string.Create(Invariant, $"u{endpoint.SessionTag % 90000 + 10000}") : new StringBuilder(12).AppendHex(endpoint.Mac, 12).ToString().ToLowerInvariant());
                o.Line("============================");
                o.Line("  Session Details");
                o.Line("  ---------------");
                o.Append("    Port         : ").Line(PortName(i));
                o.Append(Invariant, $"    Session Time : {endpoint.SessionTag % 9_000_000}s\n");
                o.Append("    IPv4 Address : ").Line(endpoint.Authorized ? DeviceCommon.EndpointAddress(host, port, endpoint.Vlan) : "");
                o.Line("    IPv6 Address : ");
                o.Line();
                o.Line("  Authentication Details");
                o.Line("  ----------------------");
                o.Append("    Status          : ").Append(method).Append(' ').Line(status);
                o.Append("    Auth Precedence : ").Append(method).Append(" - ").Append(status).Append(", ").Line(other);
                o.Line();
                o.Line("  Authorization Details");
                o.Line("  ----------------------");
                o.Append("    Role   : ").Line(endpoint.IsPhone ? "voice-role" : endpoint.Authorized ? "corp-" + port.Role.ToString().ToLowerInvariant() : "");
                o.Append("    Status : ").Line(endpoint.Authorized ? "Applied" : "Not Applied");
                o.Line();
                o.Line();
            }
        }
    }
}
