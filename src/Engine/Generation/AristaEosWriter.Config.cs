using System.Text;

namespace StateTrace.Engine.Generation;

internal sealed partial class AristaEosWriter
{
    private static void WriteRunningConfig(HostPlan host, AristaDevice device, StringBuilder c)
    {
        c.Line("! Command: show running-config");
        c.Append("! device: ").Append(host.Hostname).Append(" (").Append(device.ConfigModel).Append(", EOS-").Append(device.Release).Line(")");
        c.Line("!");
        c.Append("! boot system flash:/EOS-").Append(device.Release).Line(".swi");
        c.Line("!");
        c.Line("no aaa root");
        c.Line("!");
        c.Append("username admin privilege 15 role network-admin secret sha512 $6$").Append(device.SecretSalt)
            .Line("$Fq8y1Vz3Lk0Pw2Rn7Tb5Ms9Xc4Hd6Jg.Ue1Ao3Ki5Ol7Nm9Qp2Rs4Tu6Vw8Xy0Za");
        c.Line("!");
        c.Line("service routing protocols model multi-agent");
        c.Line("!");
        c.Append("hostname ").Line(host.Hostname);
        c.Line("ip domain-name corp.example.net");
        c.Line("!");
        c.Line("snmp-server contact Network Operations x5500");
        c.Append("snmp-server location ").Line(host.Location);
        c.Line("snmp-server community NetOps-RO ro");
        c.Line("!");
        c.Line("spanning-tree mode mstp");
        c.Line("!");
        if (!device.IsServer)
        {
            c.Line("aaa group server radius ISE");
            c.Append(Invariant, $"   server 10.{host.SiteOctet}.10.21\n");
            c.Append(Invariant, $"   server 10.{host.SiteOctet}.10.22\n");
            c.Line("!");
            c.Append(Invariant, $"radius-server host 10.{host.SiteOctet}.10.21 key 7 0822455D0A16544541\n");
            c.Append(Invariant, $"radius-server host 10.{host.SiteOctet}.10.22 key 7 0822455D0A16544541\n");
            c.Line("!");
            c.Line("aaa authentication login default group tacacs+ local");
            c.Line("aaa authentication dot1x default group ISE");
            c.Line("aaa accounting dot1x default start-stop group ISE");
            c.Line("!");
            c.Line("dot1x system-auth-control");
            c.Line("dot1x dynamic-authorization");
            c.Line("!");
        }

        foreach (var vlan in DeviceCommon.ConfiguredVlans(host))
        {
            c.Append(Invariant, $"vlan {vlan}\n");
            c.Append("   name ").Line(HostPlan.VlanName(vlan, host.Floor));
            c.Line("!");
        }

        var allowed = DeviceCommon.JoinVlans(host.TrunkVlans);
        if (host.UplinkPortChannel)
        {
            c.Line("interface Port-Channel1");
            c.Append("   description Uplink to ").Line(host.DistributionSwitch);
            c.Line("   switchport mode trunk");
            c.Append("   switchport trunk allowed vlan ").Line(allowed);
            c.Line("!");
        }

        for (var i = 0; i < host.Ports.Length; i++)
        {
            WritePortConfig(host, host.Ports[i], i, c);
        }

        var uplinks = DeviceCommon.ConnectedUplinks(host);
        for (var u = 0; u < AristaDevice.UplinkCount; u++)
        {
            c.Append("interface ").Line(device.UplinkName(u).Replace("Et", "Ethernet", StringComparison.Ordinal));
            if (u < uplinks)
            {
                c.Append(Invariant, $"   description Uplink to {host.DistributionSwitch} Ethernet{DeviceCommon.DistributionPort(host, u)}\n");
                if (host.UplinkPortChannel)
                {
                    c.Line("   channel-group 1 mode active");
                }
                else
                {
                    c.Line("   switchport mode trunk");
                    c.Append("   switchport trunk allowed vlan ").Line(allowed);
                }
            }

            c.Line("!");
        }

        c.Line("interface Management1");
        c.Append("   ip address ").Append(host.ManagementAddress).Line("/24");
        c.Line("!");
        c.Line("interface Vlan900");
        c.Line("   description MGMT");
        c.Append("   ip address ").Append(host.ManagementAddress).Line("/24");
        c.Line("!");
        c.Append("ip route 0.0.0.0/0 ").Line(host.ManagementGateway);
        c.Line("!");
        c.Append(Invariant, $"ntp server 10.{host.SiteOctet}.10.5\n");
        c.Line("!");
        c.Line("management api http-commands");
        c.Line("   no shutdown");
        c.Line("!");
        c.Line("end");
    }

    private static void WritePortConfig(HostPlan host, PortPlan port, int index, StringBuilder c)
    {
        c.Append("interface Ethernet").Append(index + 1).Line();
        if (port.Description.Length > 0)
        {
            c.Append("   description ").Line(port.Description);
        }

        if (port.State == PortState.Disabled)
        {
            c.Line("   shutdown");
        }

        if (port.Trunk)
        {
            c.Append(Invariant, $"   switchport trunk native vlan {port.Vlan}\n");
            c.Append("   switchport trunk allowed vlan ").Line(DeviceCommon.JoinVlans(AristaDevice.TrunkAllowed(host, port)));
            c.Line("   switchport mode trunk");
        }
        else
        {
            c.Append(Invariant, $"   switchport access vlan {port.Vlan}\n");
            if (port.VoiceVlan != 0)
            {
                c.Append(Invariant, $"   switchport phone vlan {port.VoiceVlan}\n");
                c.Line("   switchport phone trunk tagged");
            }
        }

        if (port.Auth is AuthTemplate.Flexible or AuthTemplate.Dot1x or AuthTemplate.MacAuth)
        {
            if (port.Auth != AuthTemplate.MacAuth)
            {
                c.Line("   dot1x pae authenticator");
            }

            if (port.Auth != AuthTemplate.Dot1x)
            {
                c.Line("   dot1x mac based authentication");
            }

            c.Line("   dot1x port-control auto");
            c.Line("   dot1x host-mode multi-host authenticated");
        }

        c.Line(port.Trunk && host.Kind == HostKind.Server ? "   spanning-tree portfast trunk" : "   spanning-tree portfast");
        c.Line("!");
    }

    private static void WriteLldpNeighbors(HostPlan host, AristaDevice device, StringBuilder o)
    {
        var uplinks = DeviceCommon.ConnectedUplinks(host);
        for (var u = 0; u < uplinks; u++)
        {
            var random = new Prng(Prng.Derive(host.Seed, 0x11D900UL + (ulong)u));
            var remote = string.Create(Invariant, $"Ethernet{DeviceCommon.DistributionPort(host, u)}");
            Neighbor(o, device.UplinkName(u).Replace("Et", "Ethernet", StringComparison.Ordinal), host.DistributionMac, remote, "Interface name (5)",
                '"' + remote + '"', host.DistributionSwitch + ".corp.example.net", "Arista Networks EOS version " + device.Release + " running on an Arista Networks DCS-7280SR3-48YC8",
                "Bridge, Router", "Bridge, Router", host.ManagementGateway, random.Next(5, 30));
        }

        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            if (port.Neighbor is NeighborKind.None or NeighborKind.Hypervisor or NeighborKind.Distribution)
            {
                continue;
            }

            var random = new Prng(Prng.Derive(port.Seed, 0x11D9));
            var mac = port.Endpoints[0].Mac;
            var address = DeviceCommon.EndpointAddress(host, port, port.Neighbor == NeighborKind.CiscoPhone ? port.VoiceVlan : port.Vlan);
            var (name, description, capabilities, enabled) = port.Neighbor switch
            {
                NeighborKind.CiscoPhone => ("SEP" + Hex12(mac), "Cisco IP Phone CP-8845, V3, sip8845.14-1-1MN-33", "Bridge, Telephone", "Bridge, Telephone"),
                NeighborKind.CiscoAccessPoint => (port.Description, "Cisco AP Software, ap3g3-k9w8 Version: 17.9.4.27", "Bridge, WLAN Access Point", "WLAN Access Point"),
                _ when port.Role == PortRole.Camera => ("axis-" + Hex12(mac).ToLowerInvariant(), "AXIS P3245-LVE Network Camera 10.12.165", "Station Only", "Station Only"),
                _ => ("NPI" + Hex12(mac)[6..], "HP ETHERNET MULTI-ENVIRONMENT,ROM none,JETDIRECT,JD153", "Other", "Other"),
            };
            var portId = port.Neighbor == NeighborKind.CiscoPhone ? "\"Port 1\"" : "\"" + Colon(mac) + "\"";
            Neighbor(o, string.Create(Invariant, $"Ethernet{i + 1}"), mac, portId.Trim('"'), port.Neighbor == NeighborKind.CiscoPhone ? "Locally assigned (7)" : "MAC address (3)",
                portId, name, description, capabilities, enabled, address, random.Next(5, 30));
        }
    }

    private static void Neighbor(StringBuilder o, string local, ulong chassis, string remote, string portType, string portId,
        string name, string description, string capabilities, string enabled, string address, int age)
    {
        o.Append("Interface ").Append(local).Line(" detected 1 LLDP neighbors:");
        o.Line();
        o.Append("  Neighbor ").AppendDottedMac(chassis).Append("/\"").Append(remote).Append(Invariant, $"\", age {age} seconds\n");
        o.Append(Invariant, $"  Discovered {age / 2 + 3} days, 4:12:09 ago; Last changed {age / 2 + 3} days, 4:12:09 ago\n");
        o.Line("  - Chassis ID type: MAC address (4)");
        o.Append("    Chassis ID     : ").AppendDottedMac(chassis).Line();
        o.Append("  - Port ID type: ").Line(portType);
        o.Append("    Port ID     : ").Line(portId);
        o.Line("  - Time To Live: 120 seconds");
        o.Append("  - System Name: \"").Append(name).Line("\"");
        o.Append("  - System Description: \"").Append(description).Line("\"");
        o.Append("  - System Capabilities : ").Line(capabilities);
        o.Append("    Enabled Capabilities: ").Line(enabled);
        o.Line("  - Management Address Subtype: IPv4");
        o.Append("    Management Address        : ").Line(address);
        o.Line("    Interface Number Subtype  : ifIndex (2)");
        o.Line("    Interface Number          : 0");
        o.Line("    OID String                : ");
        o.Line("  - IEEE802.3 Maximum Frame Size: 1522 bytes");
        o.Line();
    }

    private static string Hex12(ulong mac) => new StringBuilder(12).AppendHex(mac, 12).ToString();

    private static string Colon(ulong mac) => new StringBuilder(17).AppendColonMac(mac).ToString();
}
