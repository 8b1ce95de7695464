using System.Globalization;
using System.Text;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Generation;

/// <summary>
/// Palo Alto Networks PAN-OS session logs of PA-3220 site firewalls (<c>admin@host> show …</c>), laid out as PAN-OS
/// 10.x prints them (tests/fixtures/ntc-more/paloalto_panos): <c>show system info</c>, the running config in braces
/// (interface comments are the descriptions), <c>show interface all</c> with its hardware and logical tables, the MAC
/// table, LLDP neighbours and the routing table. Every data port is configured, spare ones as layer 3 without a zone,
/// so every port is listed.
/// </summary>
internal sealed partial class PanosWriter : ISessionWriter
{
    public static readonly PanosWriter Instance = new();

    public const string User = "admin";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] CaptureCommands =
    [
        "set cli pager off",
        "show system info",
        "show config running",
        "show interface all",
        "show mac all",
        "show lldp neighbors all",
        "show routing route",
        "exit",
    ];

    private PanosWriter()
    {
    }

    public string Platform => Platforms.PaloAltoPanos;

    public IReadOnlyList<string> Commands => CaptureCommands;

    /// <summary>
    /// A firewall port with an address is <c>routed</c> (its tag is 0: it carries no VLAN), a spare one has no VLAN; the
    /// description is the interface's <c>comment</c> in the configuration, the only place PAN-OS shows it.
    /// </summary>
    public PortView View(HostPlan host, int index, PortPlan port) => new(
        PortName(index),
        port.State == PortState.Connected ? "up" : "down",
        Zone(port).Length > 0 ? "routed" : "",
        port.Description);

    public void Write(HostPlan host, StringBuilder output)
    {
        var device = new PanosDevice(host);
        foreach (var command in CaptureCommands)
        {
            output.Append(User).Append('@').Append(host.Hostname).Append("> ").Line(command);
            switch (command)
            {
                case "show system info":
                    WriteSystemInfo(host, device, output);
                    break;
                case "show config running":
                    WriteConfig(host, device, output);
                    break;
                case "show interface all":
                    WriteInterfaces(host, device, output);
                    break;
                case "show mac all":
                    WriteMacTable(output);
                    break;
                case "show lldp neighbors all":
                    WriteLldp(host, output);
                    break;
                case "show routing route":
                    WriteRoutes(host, device, output);
                    break;
            }
        }
    }

    internal static string PortName(int index) => string.Create(Invariant, $"ethernet1/{index + 1}");

    private static void WriteSystemInfo(HostPlan host, PanosDevice device, StringBuilder o)
    {
        o.Line();
        o.Append("hostname: ").Line(host.Hostname);
        o.Append("ip-address: ").Line(host.ManagementAddress);
        o.Append("public-ip-address: ").Line(device.Outside);
        o.Line("netmask: 255.255.255.0");
        o.Append("default-gateway: ").Line(host.ManagementGateway);
        o.Line("ip-assignment: static");
        o.Line("ipv6-address: unknown");
        o.Append("ipv6-link-local-address: fe80::").Append(Invariant, $"{(device.BaseMac >> 32) & 0xFFFF:x}:{(device.BaseMac >> 16) & 0xFFFF:x}:{device.BaseMac & 0xFFFF:x}").Line("/64");
        o.Append("mac-address: ").AppendColonMac(device.BaseMac).Line();
        o.Append("time: ").Line(DeviceCommon.CapturedAt.ToString("ddd MMM d HH:mm:ss yyyy", Invariant));
        var (days, hours, minutes, seconds) = DeviceCommon.Split(host);
        o.Append(Invariant, $"uptime: {days} days, {hours}:{minutes:D2}:{seconds:D2}\n");
        o.Line("family: 3200");
        o.Line("model: PA-3220");
        o.Append("serial: ").Line(device.Serial);
        o.Line("cloud-mode: non-cloud");
        o.Append("sw-version: ").Line(device.Version);
        o.Line("global-protect-client-package-version: 0.0.0");
        o.Line("device-dictionary-version: 128-493");
        o.Line("device-dictionary-release-date: 2024/05/14 11:22:04 PDT");
        o.Append("app-version: ").Line(device.AppVersion);
        o.Line("app-release-date: 2024/05/14 17:02:38 PDT");
        o.Line("av-version: 4803-5321");
        o.Line("av-release-date: 2024/05/15 04:01:12 PDT");
        o.Line("threat-version: 8845-8779");
        o.Line("threat-release-date: 2024/05/14 17:02:38 PDT");
        o.Line("wf-private-version: 0");
        o.Line("wf-private-release-date: unknown");
        o.Line("url-db: paloaltonetworks");
        o.Line("wildfire-version: 878125-881798");
        o.Line("wildfire-release-date: 2024/05/15 07:45:25 PDT");
        o.Line("wildfire-rt: Disabled");
        o.Line("url-filtering-version: 20240515.20157");
        o.Line("global-protect-datafile-version: unknown");
        o.Line("global-protect-datafile-release-date: unknown");
        o.Line("global-protect-clientless-vpn-version: 0");
        o.Append("logdb-version: ").Line(device.LogDb);
        o.Line("platform-family: 3200");
        o.Line("vpn-disable-mode: off");
        o.Line("multi-vsys: off");
        o.Line("ZTP: Disabled");
        o.Line("operational-mode: normal");
        o.Line("device-certificate-status: Valid");
        o.Line();
    }

    private static void WriteInterfaces(HostPlan host, PanosDevice device, StringBuilder o)
    {
        o.Line();
        o.Append(Invariant, $"total configured hardware interfaces: {host.Ports.Length + 2}\n");
        o.Line();
        o.Line("name                    id    speed/duplex/state/fec        mac address");
        o.Line("--------------------------------------------------------------------------------");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            var state = port.State == PortState.Connected
                ? string.Create(Invariant, $"{port.SpeedMbps}/full/up/auto")
                : "ukn/ukn/down(autoneg)/ukn";
            o.Column(PortName(i), 24).Column((16 + i).ToString(Invariant), 6).Column(state, 30).AppendColonMac(device.PortMac(i)).Line();
        }

        o.Column("ha1-a", 24).Column("5", 6).Column("1000/full/up/ukn", 30).AppendColonMac(device.BaseMac + 0xB5).Line();
        o.Column("ha1-b", 24).Column("7", 6).Column("ukn/ukn/down(autoneg)/ukn", 30).AppendColonMac(device.BaseMac + 0xB4).Line();
        o.Line();
        o.Line("aggregation groups: 0");
        o.Line();
        o.Line();
        o.Append(Invariant, $"total configured logical interfaces: {host.Ports.Length + 1}\n");
        o.Line();
        o.Line("name                id    vsys zone             forwarding               tag    address");
        o.Line("------------------- ----- ---- ---------------- ------------------------ ------ ------------------");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            var zone = Zone(port);
            o.Column(PortName(i), 20).Column((16 + i).ToString(Invariant), 6).Column("1", 5).Column(zone, 17)
                .Column(zone.Length > 0 ? "vr:default" : "N/A", 25).Column(port.Vlan.ToString(Invariant), 7).Line(PanosDevice.Address(host, port));
        }

        o.Column("ha1-a", 20).Column("5", 6).Column("0", 5).Column("", 17).Column("ha", 25).Column("0", 7).Line("169.254.1.1/30");
        o.Line();
    }

    /// <summary>The zone of a configured port; a spare one has none.</summary>
    internal static string Zone(PortPlan port) => port.Role switch
    {
        PortRole.Untrust => "untrust",
        PortRole.Trust => "trust",
        PortRole.Dmz => "dmz",
        PortRole.Guest => "guest",
        _ => "",
    };

    private static void WriteMacTable(StringBuilder o)
    {
        o.Line();
        o.Line("maximum of entries supported :      8192");
        o.Line("default timeout :                   1800 seconds");
        o.Line("total MAC entries in table :        0");
        o.Line("total MAC entries shown :           0");
        o.Line("status: s - static, c - complete, i - incomplete");
        o.Line();
        o.Line("vlan                hw address        interface         status   ttl");
        o.Line("--------------------------------------------------------------------------------");
        o.Line();
    }

    private static void WriteLldp(HostPlan host, StringBuilder o)
    {
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            if (port.Neighbor != NeighborKind.Distribution)
            {
                continue;
            }

            o.Line("Local information:");
            o.Append(Invariant, $"Index {i + 1}\n");
            o.Append("Local interface: ").Line(PortName(i));
            o.Append(Invariant, $"Local Port ID: {i + 16}\n");
            o.Line("Neighbor information:");
            o.Line();
            o.Line("Chassis type: MAC address");
            o.Append("Chassis ID: ").AppendColonMac(host.DistributionMac).Line();
            o.Line("Port type: Interface name");
            o.Append(Invariant, $"Port ID: TwentyFiveGigE1/0/{host.DistributionPort + 40}\n");
            o.Append("Port description: Firewall ").Line(host.Hostname);
            o.Line("TTL: 117");
            o.Append("System name: ").Line(host.DistributionSwitch);
            o.Line("System description: C9500-24Y4C switch");
            o.Line("System capabilities:");
            o.Line("Supported: B, R,");
            o.Line("Enabled: B, R,");
            o.Line("Management address type: ipv4");
            o.Append("Management address: ").Line(host.ManagementGateway);
            o.Line("Interface number: 1");
            o.Line("Interface type: Ifindex");
            o.Line("oid: 1.3.6.1.2.1.31.1.1.1.1.1.");
            o.Line();
        }
    }

    private static void WriteRoutes(HostPlan host, PanosDevice device, StringBuilder o)
    {
        o.Line("flags: A:active, ?:loose, C:connect, H:host, S:static, ~:internal, R:rip, O:ospf, B:bgp, ");
        o.Line("       Oi:ospf intra-area, Oo:ospf inter-area, O1:ospf ext-type-1, O2:ospf ext-type-2, E:ecmp, M:multicast");
        o.Line();
        o.Line("  ");
        o.Line("VIRTUAL ROUTER: default (id 1)");
        o.Line("  ==========");
        o.Line("destination                                 nexthop                                 metric flags      age   interface          next-AS    ");
        var count = 1;
        RouteRow(o, "0.0.0.0/0", device.OutsideGateway, "10", "A S", PortName(0));
        RouteRow(o, string.Create(Invariant, $"10.{host.SiteOctet}.0.0/16"), PanosDevice.TrustPeer(host), "10", "A S", PortName(2));
        count++;
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            if (port.State != PortState.Connected || Zone(port).Length == 0)
            {
                continue;
            }

            var address = PanosDevice.Address(host, port);
            RouteRow(o, PanosDevice.Network(address), "0.0.0.0", "0", "A C", PortName(i));
            RouteRow(o, address[..address.IndexOf('/')] + "/32", "0.0.0.0", "0", "A H", "");
            count += 2;
        }

        o.Append(Invariant, $"total routes shown: {count}\n");
        o.Line();
    }

    private static void RouteRow(StringBuilder o, string destination, string nexthop, string metric, string flags, string iface) =>
        o.Column(destination, 44).Column(nexthop, 40).Column(metric, 7).Column(flags, 11).Column("", 6).Column(iface, 19).Line();
}
