using System.Text;

namespace StateTrace.Engine.Generation;

internal sealed partial class JunosWriter
{
    private static void WriteConfiguration(HostPlan host, JunosDevice device, StringBuilder c)
    {
        c.Append("## Last commit: ").Append(Stamp(device.ConfigChanged)).Append(" by ").Line(User);
        c.Append("version ").Append(device.Release).Line(";");
        c.Line("system {");
        c.Append("    host-name ").Append(host.Hostname).Line(";");
        c.Line("    root-authentication {");
        c.Append("        encrypted-password \"$6$").Append(device.SecretSalt).Line("$Qm3vT1bX0cV8aZr2LkP5yHwS4nE7uJ6gD9fB1oI0tA\"; ## SECRET-DATA");
        c.Line("    }");
        c.Line("    login {");
        c.Append("        user ").Append(User).Line(" {");
        c.Line("            uid 2001;");
        c.Line("            class super-user;");
        c.Line("            authentication {");
        c.Append("                encrypted-password \"$6$").Append(device.SecretSalt).Line("$hVx2Lr9Tq0WmZc4Ns7Ky1Pb6Fd3Ge8Ja5Ui2Oo\"; ## SECRET-DATA");
        c.Line("            }");
        c.Line("        }");
        c.Line("    }");
        c.Line("    services {");
        c.Line("        ssh {");
        c.Line("            protocol-version v2;");
        c.Line("        }");
        c.Line("        netconf {");
        c.Line("            ssh;");
        c.Line("        }");
        c.Line("    }");
        c.Line("    syslog {");
        c.Append(Invariant, $"        host 10.{host.SiteOctet}.10.50 {{\n");
        c.Line("            any notice;");
        c.Line("        }");
        c.Line("    }");
        c.Line("    ntp {");
        c.Append(Invariant, $"        server 10.{host.SiteOctet}.10.5;\n");
        c.Line("    }");
        c.Line("}");
        c.Line("chassis {");
        c.Line("    aggregated-devices {");
        c.Line("        ethernet {");
        c.Line("            device-count 1;");
        c.Line("        }");
        c.Line("    }");
        c.Line("}");
        c.Line("interfaces {");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            c.Append("    ").Append(PortName(i)).Line(" {");
            if (port.State == PortState.Disabled)
            {
                c.Line("        disable;");
            }

            if (port.Description.Length > 0)
            {
                c.Append("        description ").Append(Quote(port.Description)).Line(";");
            }

            c.Line("        unit 0 {");
            c.Line("            family ethernet-switching {");
            c.Line("                interface-mode access;");
            c.Line("                vlan {");
            c.Append("                    members ").Append(HostPlan.VlanName(port.Vlan, host.Floor)).Line(";");
            c.Line("                }");
            c.Line("            }");
            c.Line("        }");
            c.Line("    }");
        }

        var uplinks = DeviceCommon.ConnectedUplinks(host);
        var members = string.Join(' ', host.TrunkVlans.Select(v => HostPlan.VlanName(v, host.Floor)));
        for (var u = 0; u < uplinks; u++)
        {
            c.Append("    ").Append(device.UplinkName(u)).Line(" {");
            c.Append("        description \"Uplink to ").Append(host.DistributionSwitch).Line("\";");
            if (host.UplinkPortChannel)
            {
                c.Line("        ether-options {");
                c.Line("            802.3ad ae0;");
                c.Line("        }");
            }
            else
            {
                TrunkUnit(c, members);
            }

            c.Line("    }");
        }

        if (host.UplinkPortChannel)
        {
            c.Line("    ae0 {");
            c.Append("        description \"Uplink to ").Append(host.DistributionSwitch).Line("\";");
            c.Line("        aggregated-ether-options {");
            c.Line("            lacp {");
            c.Line("                active;");
            c.Line("            }");
            c.Line("        }");
            TrunkUnit(c, members);
            c.Line("    }");
        }

        c.Line("    irb {");
        c.Append(Invariant, $"        unit {HostPlan.ManagementVlan} {{\n");
        c.Line("            family inet {");
        c.Append("                address ").Append(host.ManagementAddress).Line("/24;");
        c.Line("            }");
        c.Line("        }");
        c.Line("    }");
        c.Line("}");
        c.Line("snmp {");
        c.Append("    location ").Append(Quote(host.Location)).Line(";");
        c.Line("    contact \"Network Operations x5500\";");
        c.Line("    community NetOps-RO {");
        c.Line("        authorization read-only;");
        c.Line("    }");
        c.Line("}");
        c.Line("routing-options {");
        c.Line("    static {");
        c.Append("        route 0.0.0.0/0 next-hop ").Append(host.ManagementGateway).Line(";");
        c.Line("    }");
        c.Line("}");
        c.Line("protocols {");
        c.Line("    dot1x {");
        c.Line("        authenticator {");
        c.Line("            authentication-profile-name ISE;");
        c.Line("            interface {");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            if (port.Auth == AuthTemplate.Open)
            {
                continue;
            }

            c.Append("                ").Append(PortName(i)).Line(".0 {");
            c.Line("                    supplicant multiple;");
            if (port.Auth == AuthTemplate.MacAuth)
            {
                c.Line("                    mac-radius {");
                c.Line("                        restrict;");
                c.Line("                    }");
            }
            else if (port.Auth == AuthTemplate.Flexible)
            {
                c.Line("                    mac-radius;");
            }

            c.Line("                }");
        }

        c.Line("            }");
        c.Line("        }");
        c.Line("    }");
        c.Line("    lldp {");
        c.Line("        interface all;");
        c.Line("    }");
        c.Line("    lldp-med {");
        c.Line("        interface all;");
        c.Line("    }");
        c.Line("    rstp;");
        c.Line("}");
        c.Line("access {");
        c.Line("    radius-server {");
        for (var n = 1; n <= 2; n++)
        {
            c.Append(Invariant, $"        10.{host.SiteOctet}.10.2{n} secret \"$9$dVbwgZUjq.5T\"; ## SECRET-DATA\n");
        }

        c.Line("    }");

        c.Line("    profile ISE {");
        c.Line("        authentication-order radius;");
        c.Line("        radius {");
        c.Append(Invariant, $"            authentication-server [ 10.{host.SiteOctet}.10.21 10.{host.SiteOctet}.10.22 ];\n");
        c.Line("        }");
        c.Line("    }");
        c.Line("}");
        c.Line("switch-options {");
        c.Line("    voip {");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            if (port.VoiceVlan == 0)
            {
                continue;
            }

            c.Append("        interface ").Append(PortName(i)).Line(".0 {");
            c.Append("            vlan ").Append(HostPlan.VlanName(port.VoiceVlan, host.Floor)).Line(";");
            c.Line("            forwarding-class expedited-forwarding;");
            c.Line("        }");
        }

        c.Line("    }");
        c.Line("}");
        c.Line("vlans {");
        foreach (var vlan in DeviceCommon.ConfiguredVlans(host).OrderBy(v => HostPlan.VlanName(v, host.Floor), StringComparer.Ordinal))
        {
            c.Append("    ").Append(HostPlan.VlanName(vlan, host.Floor)).Line(" {");
            c.Append(Invariant, $"        vlan-id {vlan};\n");
            if (vlan == HostPlan.ManagementVlan)
            {
                c.Append(Invariant, $"        l3-interface irb.{vlan};\n");
            }

            c.Line("    }");
        }

        c.Line("}");
    }

    private static void TrunkUnit(StringBuilder c, string members)
    {
        c.Line("        unit 0 {");
        c.Line("            family ethernet-switching {");
        c.Line("                interface-mode trunk;");
        c.Line("                vlan {");
        c.Append("                    members [ ").Append(members).Line(" ];");
        c.Line("                }");
        c.Line("            }");
        c.Line("        }");
    }

    /// <summary>Junos quotes a value that holds anything but letters, digits and <c>_-./:</c>.</summary>
    private static string Quote(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.' or '/' or ':'))
            {
                return "\"" + value + "\"";
            }
        }

        return value;
    }

    private static void WriteInterfaces(HostPlan host, JunosDevice device, StringBuilder o)
    {
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            var up = port.State == PortState.Connected;
            o.Append("Physical interface: ").Append(PortName(i))
                .Line(port.State == PortState.Disabled ? ", Administratively down, Physical link is Down" : up ? ", Enabled, Physical link is Up" : ", Enabled, Physical link is Down");
            o.Append(Invariant, $"  Interface index: {650 + i}, SNMP ifIndex: {514 + i}\n");
            if (port.Description.Length > 0)
            {
                o.Append("  Description: ").Line(port.Description);
            }

            var speed = up ? string.Create(Invariant, $"{port.SpeedMbps}mbps") : "Auto";
            o.Append("  Link-level type: Ethernet, MTU: 1514, LAN-PHY mode, Link-mode: ").Append(up ? (port.HalfDuplex ? "Half-duplex" : "Full-duplex") : "Auto")
                .Append(", Speed: ").Append(speed)
                .Line(", BPDU Error: None, Loop Detect PDU Error: None, Ethernet-Switching Error: None, MAC-REWRITE Error: None, Loopback: Disabled, Source filtering: Disabled, Flow control: Disabled, Auto-negotiation: Enabled, Remote fault: Online, Media type: Copper, IEEE 802.3az Energy Efficient Ethernet: Disabled, Auto-MDIX: Enabled");
            o.Line(up ? "  Device flags   : Present Running" : "  Device flags   : Present Running Down");
            o.Line(port.State == PortState.Disabled ? "  Interface flags: Hardware-Down Down SNMP-Traps Internal: 0x4000" : "  Interface flags: SNMP-Traps Internal: 0x4000");
            o.Line("  Link flags     : None");
            o.Line("  CoS queues     : 12 supported, 12 maximum usable queues");
            o.Append("  Current address: ").AppendColonMac(device.PortMac(i)).Append(", Hardware address: ").AppendColonMac(device.PortMac(i)).Line();
            if (port.EverUp)
            {
                var flapped = DeviceCommon.CapturedAt.AddSeconds(-Math.Min(port.IdleSeconds + 3600L * (port.Number % 500 + 1), host.UptimeMinutes * 60L));
                o.Append("  Last flapped   : ").Append(Stamp(flapped)).Append(" (").Append(Ago(DeviceCommon.CapturedAt - flapped)).Line(" ago)");
            }
            else
            {
                o.Line("  Last flapped   : Never");
            }

            o.Append(Invariant, $"  Input rate     : {port.InputRateBits} bps ({port.InputRateBits / 4000} pps)\n");
            o.Append(Invariant, $"  Output rate    : {port.OutputRateBits} bps ({port.OutputRateBits / 3000} pps)\n");
            o.Line(up ? "  Active alarms  : None" : "  Active alarms  : LINK");
            o.Line(up ? "  Active defects : None" : "  Active defects : LINK");
            o.Line("  PCS statistics                      Seconds");
            o.Line("    Bit errors                             0");
            o.Line("    Errored blocks                         0");
            o.Line("  Interface transmit statistics: Disabled");
            o.Line();
            o.Append("  Logical interface ").Append(PortName(i)).Append(Invariant, $".0 (Index {555 + i}) (SNMP ifIndex {531 + i})\n");
            o.Line(up ? "    Flags: Up SNMP-Traps 0x0 Encapsulation: Ethernet-Bridge" : "    Flags: Device-Down SNMP-Traps 0x0 Encapsulation: Ethernet-Bridge");
            o.Append(Invariant, $"    Input packets : {port.InputPackets}\n");
            o.Append(Invariant, $"    Output packets: {port.OutputPackets}\n");
            o.Line("    Protocol eth-switch, MTU: 1514");
            o.Line("      Flags: Is-Primary");
            o.Line();
        }
    }
}
