using System.Text;

namespace StateTrace.Engine.Generation;

internal sealed partial class AosCxWriter
{
    private static void WriteRunningConfig(HostPlan host, AosCxDevice device, StringBuilder c)
    {
        c.Line("Current configuration:");
        c.Line("!");
        c.Append("!Version ArubaOS-CX ").Line(device.Version);
        c.Line("!export-password: default");
        c.Append("hostname ").Line(host.Hostname);
        c.Append("user admin group administrators password ciphertext ").Line(device.Cipher);
        c.Line("clock timezone america/new_york");
        c.Append(Invariant, $"ntp server 10.{host.SiteOctet}.10.5\n");
        c.Line("ntp enable");
        c.Line("!");
        c.Line("!");
        for (var n = 1; n <= 2; n++)
        {
            c.Append(Invariant, $"radius-server host 10.{host.SiteOctet}.10.2{n} key ciphertext ").Line(device.Cipher);
        }

        c.Line("!");
        c.Line("aaa group server radius ISE");
        c.Append(Invariant, $"    server 10.{host.SiteOctet}.10.21\n");
        c.Append(Invariant, $"    server 10.{host.SiteOctet}.10.22\n");
        c.Line("!");
        c.Line("aaa authentication port-access dot1x authenticator");
        c.Line("    radius server-group ISE");
        c.Line("    enable");
        c.Line("aaa authentication port-access mac-auth");
        c.Line("    radius server-group ISE");
        c.Line("    enable");
        c.Line("!");
        c.Line("snmp-server vrf default");
        c.Append("snmp-server system-location ").Line(host.Location);
        c.Line("snmp-server system-contact Network Operations x5500");
        c.Line("snmp-server community NetOps-RO");
        c.Line("!");
        c.Line("ssh server vrf default");
        c.Line("vlan 1");
        foreach (var vlan in DeviceCommon.ConfiguredVlans(host))
        {
            c.Append(Invariant, $"vlan {vlan}\n");
            c.Append("    name ").Line(HostPlan.VlanName(vlan, host.Floor));
            if (vlan == host.VoiceVlan)
            {
                c.Line("    voice");
            }
        }

        c.Line("spanning-tree");
        var allowed = DeviceCommon.JoinVlans(host.TrunkVlans);
        if (host.UplinkPortChannel)
        {
            c.Line("interface lag 1");
            c.Append("    description Uplink to ").Line(host.DistributionSwitch);
            c.Line("    no shutdown");
            c.Line("    no routing");
            c.Line("    vlan trunk native 1");
            c.Append("    vlan trunk allowed ").Line(allowed);
            c.Line("    lacp mode active");
        }

        for (var i = 0; i < host.Ports.Length; i++)
        {
            WritePortConfig(host.Ports[i], PortName(i), c);
        }

        var uplinks = DeviceCommon.ConnectedUplinks(host);
        for (var u = 0; u < AosCxDevice.UplinkCount; u++)
        {
            c.Append("interface ").Line(AosCxDevice.UplinkName(u));
            if (u < uplinks)
            {
                c.Append(Invariant, $"    description Uplink to {host.DistributionSwitch} 1/1/{DeviceCommon.DistributionPort(host, u)}\n");
                c.Line("    no shutdown");
                if (host.UplinkPortChannel)
                {
                    c.Line("    lag 1");
                }
                else
                {
                    c.Line("    no routing");
                    c.Line("    vlan trunk native 1");
                    c.Append("    vlan trunk allowed ").Line(allowed);
                }
            }
            else
            {
                c.Line("    no shutdown");
                c.Line("    no routing");
                c.Line("    vlan access 1");
            }
        }

        c.Line("interface vlan 900");
        c.Line("    description MGMT");
        c.Append("    ip address ").Append(host.ManagementAddress).Line("/24");
        c.Append("ip route 0.0.0.0/0 ").Line(host.ManagementGateway);
        c.Line("!");
        c.Line("https-server vrf default");
    }

    private static void WritePortConfig(PortPlan port, string name, StringBuilder c)
    {
        c.Append("interface ").Line(name);
        if (port.Description.Length > 0)
        {
            c.Append("    description ").Line(port.Description);
        }

        c.Line(port.State == PortState.Disabled ? "    shutdown" : "    no shutdown");
        c.Line("    no routing");
        if (port.VoiceVlan != 0)
        {
            c.Append(Invariant, $"    vlan trunk native {port.Vlan}\n");
            c.Append(Invariant, $"    vlan trunk allowed {port.Vlan},{port.VoiceVlan}\n");
        }
        else
        {
            c.Append(Invariant, $"    vlan access {port.Vlan}\n");
        }

        if (port.Role != PortRole.Spare)
        {
            c.Line("    spanning-tree port-type admin-edge");
        }

        if (port.Auth != AuthTemplate.Open)
        {
            c.Line("    aaa authentication port-access client-limit 4");
            if (port.Auth != AuthTemplate.MacAuth)
            {
                c.Line("    aaa authentication port-access dot1x authenticator");
                c.Line("        enable");
            }

            if (port.Auth != AuthTemplate.Dot1x)
            {
                c.Line("    aaa authentication port-access mac-auth");
                c.Line("        enable");
            }
        }
    }

    private static void WriteInterfaces(HostPlan host, AosCxDevice device, StringBuilder o)
    {
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            var up = port.State == PortState.Connected;
            o.Append("Interface ").Append(PortName(i)).Line(up ? " is up " : " is down ");
            o.Line(port.State == PortState.Disabled ? " Admin state is down" : " Admin state is up");
            if (!up)
            {
                o.Append(" State information: ").Line(Reason(port.State));
            }

            var since = DeviceCommon.CapturedAt.AddSeconds(-Math.Min(port.IdleSeconds + (up ? 86400L * (port.Number % 90 + 1) : 0), host.UptimeMinutes * 60L));
            o.Append(up ? " Link state: up for " : " Link state: down for ").Append(Ago(DeviceCommon.CapturedAt - since))
                .Append(" (since ").Append(since.ToString("ddd MMM dd HH:mm:ss 'UTC' yyyy", Invariant)).Line(")");
            o.Append(Invariant, $" Link transitions: {(port.EverUp ? port.Resets * 2 + 1 : 0)}\n");
            o.Append(" Description: ").Line(port.Description);
            o.Append(" Hardware: Ethernet, MAC Address: ").AppendColonMac(device.PortMac(i)).Line(" ");
            o.Line(" MTU 1500 ");
            o.Append(" Type ").Line(device.PortType);
            o.Line(port.HalfDuplex ? " Half-duplex " : " Full-duplex ");
            o.Line(" qos trust none");
            o.Append(Invariant, $" Speed {(up ? port.SpeedMbps : 0)} Mb/s \n");
            o.Line(" Auto-negotiation is on");
            o.Line(" Energy-Efficient Ethernet is disabled");
            o.Line(" Flow-control: off ");
            o.Line(" Error-control: off ");
            o.Line(up ? " MDI mode: MDIX " : " MDI mode: none ");
            if (port.VoiceVlan != 0)
            {
                o.Line(" VLAN Mode: native-untagged");
                o.Append(Invariant, $" Native VLAN: {port.Vlan}\n");
                o.Append(Invariant, $" Allowed VLAN List: {port.Vlan},{port.VoiceVlan}\n");
            }
            else
            {
                o.Line(" VLAN Mode: access");
                o.Append(Invariant, $" Access VLAN: {port.Vlan}\n");
            }

            o.Line(" Rate collection interval: 300 seconds");
            o.Line();
            o.Line(" Rate                               RX                   TX        Total (RX+TX)");
            o.Line(" ---------------- -------------------- -------------------- --------------------");
            var rx = port.InputRateBits / 1_000_000.0;
            var tx = port.OutputRateBits / 1_000_000.0;
            RateRow(o, " Mbits / sec", rx, tx);
            RateRow(o, " KPkts / sec", rx / 4, tx / 3);
            RateRow(o, "   Unicast", rx / 4, tx / 3);
            RateRow(o, "   Multicast", 0, 0);
            RateRow(o, "   Broadcast", 0, 0);
            RateRow(o, " Utilization", up ? rx * 100 / port.SpeedMbps : 0, up ? tx * 100 / port.SpeedMbps : 0);
            o.Line();
            o.Line(" Statistic                          RX                   TX                Total");
            o.Line(" ---------------- -------------------- -------------------- --------------------");
            StatRow(o, " Packets", port.InputPackets, port.OutputPackets);
            StatRow(o, "   Unicast", port.InputPackets - port.Broadcasts - port.Multicasts, port.OutputPackets - port.OutputBroadcasts);
            StatRow(o, "   Multicast", port.Multicasts, 0);
            StatRow(o, "   Broadcast", port.Broadcasts, port.OutputBroadcasts);
            StatRow(o, " Bytes", port.InputBytes, port.OutputBytes);
            StatRow(o, " Jumbos", 0, 0);
            StatRow(o, " Dropped", 0, 0);
            StatRow(o, " Pause Frames", 0, 0);
            StatRow(o, " Errors", port.InputErrors, 0);
            o.Append("   CRC/FCS        ").RightColumn(port.Crc.ToString(Invariant), 21).RightColumn("n/a", 21).RightColumn(port.Crc.ToString(Invariant), 21).Line();
            o.Line("   Collision                       n/a                    0                    0");
            o.Line("   Runts                             0                  n/a                    0");
            o.Line("   Giants                            0                  n/a                    0");
            o.Line();
        }
    }

    private static void RateRow(StringBuilder o, string label, double rx, double tx) =>
        o.Column(label, 17).RightColumn(rx.ToString("0.00", Invariant), 21).RightColumn(tx.ToString("0.00", Invariant), 21)
            .RightColumn((rx + tx).ToString("0.00", Invariant), 21).Line();

    private static void StatRow(StringBuilder o, string label, long rx, long tx) =>
        o.Column(label, 17).RightColumn(rx.ToString(Invariant), 21).RightColumn(tx.ToString(Invariant), 21)
            .RightColumn((rx + tx).ToString(Invariant), 21).Line();

    /// <summary>AOS-CX's coarse age: <c>14 hours</c>, <c>9 months</c>.</summary>
    private static string Ago(TimeSpan age) => age.TotalDays switch
    {
        >= 60 => string.Create(Invariant, $"{(int)(age.TotalDays / 30)} months"),
        >= 2 => string.Create(Invariant, $"{(int)age.TotalDays} days"),
        >= 2.0 / 24 => string.Create(Invariant, $"{(int)age.TotalHours} hours"),
        _ => string.Create(Invariant, $"{Math.Max(1, (int)age.TotalMinutes)} minutes"),
    };

    private static void WriteLldpNeighbors(HostPlan host, AosCxDevice device, StringBuilder o)
    {
        var entries = DeviceCommon.ConnectedUplinks(host);
        foreach (var port in host.Ports)
        {
            entries += port.Neighbor is NeighborKind.None or NeighborKind.Hypervisor or NeighborKind.Distribution ? 0 : 1;
        }

        o.Line("LLDP Neighbor Information ");
        o.Line("=========================");
        o.Append(Invariant, $"Total Neighbor Entries          : {entries}\n");
        o.Line("Total Neighbor Entries Deleted  : 0");
        o.Line("Total Neighbor Entries Dropped  : 0");
        o.Line("Total Neighbor Entries Aged-Out : 0");
        for (var u = 0; u < DeviceCommon.ConnectedUplinks(host); u++)
        {
            Neighbor(o, AosCxDevice.UplinkName(u), host.DistributionSwitch, "Aruba JL636A  GL" + device.Version[2..], host.DistributionMac,
                host.ManagementGateway, "Bridge, Router", "Bridge, Router",
                string.Create(Invariant, $"1/1/{DeviceCommon.DistributionPort(host, u)}"), "Downlink to " + host.Hostname, null);
        }

        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            if (port.Neighbor is NeighborKind.None or NeighborKind.Hypervisor or NeighborKind.Distribution)
            {
                continue;
            }

            var mac = port.Endpoints[0].Mac;
            var phone = port.Neighbor == NeighborKind.CiscoPhone;
            var address = DeviceCommon.EndpointAddress(host, port, phone ? port.VoiceVlan : port.Vlan);
            var (name, description, capabilities, enabled) = port.Neighbor switch
            {
                NeighborKind.CiscoPhone => ("SEP" + new StringBuilder(12).AppendHex(mac, 12), "Cisco IP Phone CP-8845, V3, sip8845.14-1-1MN-33", "Bridge, Telephone", "Bridge, Telephone"),
                NeighborKind.CiscoAccessPoint => (port.Description, "ArubaOS (MODEL: 535), Version 8.10.0.7 LSR", "Bridge, WLAN", "WLAN"),
                _ when port.Role == PortRole.Camera => ("axis-" + new StringBuilder(12).AppendHex(mac, 12).ToString().ToLowerInvariant(), "AXIS P3245-LVE Network Camera 10.12.165", "Station Only", "Station Only"),
                _ => ("NPI" + new StringBuilder(6).AppendHex(mac & 0xFFFFFF, 6), "HP ETHERNET MULTI-ENVIRONMENT,ROM none,JETDIRECT,JD153", "Other", "Other"),
            };
            Neighbor(o, PortName(i), name, description, mac, address, capabilities, enabled, null, phone ? "SW PORT" : "eth0",
                port.Neighbor is NeighborKind.CiscoPhone or NeighborKind.CiscoAccessPoint ? (phone ? "6.5 W" : "25.5 W") : null);
        }

        o.Line("--------------------------------------------------------------------------------");
    }

    private static void Neighbor(StringBuilder o, string port, string name, string description, ulong chassis, string address,
        string capabilities, string enabled, string? portId, string portDescription, string? power)
    {
        o.Line("--------------------------------------------------------------------------------");
        o.Append("Port                           : ").Line(port);
        o.Line("Neighbor Entries               : 1");
        o.Line("Neighbor Entries Deleted       : 0");
        o.Line("Neighbor Entries Dropped       : 0");
        o.Line("Neighbor Entries Aged-Out      : 0");
        o.Append("Neighbor Chassis-Name          : ").Line(name);
        o.Append("Neighbor Chassis-Description   : ").Line(description);
        o.Append("Neighbor Chassis-ID            : ").AppendColonMac(chassis).Line();
        o.Append("Neighbor Management-Address    : ").Line(address);
        o.Append("Chassis Capabilities Available : ").Line(capabilities);
        o.Append("Chassis Capabilities Enabled   : ").Line(enabled);
        o.Append("Neighbor Port-ID               : ");
        if (portId is null)
        {
            o.AppendColonMac(chassis).Line();
        }
        else
        {
            o.Line(portId);
        }

        o.Append("Neighbor Port-Desc             : ").Line(portDescription);
        o.Line("Neighbor Port VLAN ID          : ");
        o.Line("TTL                            : 120");
        if (power is not null)
        {
            o.Line("Neighbor PoE information       : DOT3");
            o.Line("Neighbor Power Type            : Type 2 PD");
            o.Line("Neighbor Power Priority        : Unknown");
            o.Line("Neighbor Power Source          : PSE");
            o.Append("PD Requested Power Value       : ").Line(power);
            o.Append("PSE Allocated Power Value      : ").Line(power);
        }

        o.Line("Neighbor Mac-Phy details");
        o.Line("Neighbor Auto-neg Supported    : true");
        o.Line("Neighbor Auto-Neg Enabled      : true");
        o.Line("Neighbor Auto-Neg Advertised   : 1000 BASE_TFD, FDX_APAUSE, FDX_PAUSE, 100 BASE_TXFD, Other");
        o.Line("Neighbor MAU type              :  ");
    }
}
