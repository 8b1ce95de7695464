using System.Text;

namespace StateTrace.Engine.Generation;

internal sealed partial class NxosWriter
{
    private static void WriteRunningConfig(HostPlan host, NxosDevice device, StringBuilder c)
    {
        c.Line();
        c.Line("!Command: show running-config");
        c.Append("!Running configuration last done at: ").Line(device.ConfigChanged.ToString("ddd MMM d HH:mm:ss yyyy", Invariant));
        c.Append("!Time: ").Line(DeviceCommon.CapturedAt.ToString("ddd MMM d HH:mm:ss yyyy", Invariant));
        c.Line();
        c.Append("version ").Append(device.Release.Version).Append(" Bios:version ").Append(device.Bios).Line(" ");
        c.Append("hostname ").Line(host.Hostname);
        c.Append("vdc ").Append(host.Hostname).Line(" id 1");
        c.Line("  limit-resource vlan minimum 16 maximum 4094");
        c.Line("  limit-resource vrf minimum 2 maximum 4096");
        c.Line("  limit-resource port-channel minimum 0 maximum 511");
        c.Line("  limit-resource u4route-mem minimum 248 maximum 248");
        c.Line("  limit-resource u6route-mem minimum 96 maximum 96");
        c.Line("  limit-resource m4route-mem minimum 58 maximum 58");
        c.Line("  limit-resource m6route-mem minimum 8 maximum 8");
        c.Line();
        c.Line("feature tacacs+");
        c.Line("feature interface-vlan");
        c.Line("feature lacp");
        c.Line("feature lldp");
        c.Line();
        c.Append("username admin password 5 $5$").Append(device.SecretSalt).Line("$Yp1vN0q8cR3wZ7tL2kB9xM4sF6hJ5gD  role network-admin");
        c.Line("ip domain-lookup");
        c.Line("ip domain-name corp.example.net");
        c.Append(Invariant, $"tacacs-server host 10.{host.SiteOctet}.10.31 key 7 \"Fewhg123\"\n");
        c.Line("aaa group server tacacs+ TACACS ");
        c.Append(Invariant, $"    server 10.{host.SiteOctet}.10.31 \n");
        c.Line("    use-vrf management");
        c.Append("snmp-server contact Network Operations x5500").Line();
        c.Append("snmp-server location ").Line(host.Location);
        c.Line("snmp-server community NetOps-RO group network-operator");
        c.Append(Invariant, $"ntp server 10.{host.SiteOctet}.10.5 use-vrf management\n");
        c.Line("aaa authentication login default group TACACS ");
        c.Line();
        c.Append("vlan 1,").Line(DeviceCommon.JoinVlans(DeviceCommon.ConfiguredVlans(host)));
        foreach (var vlan in DeviceCommon.ConfiguredVlans(host))
        {
            c.Append(Invariant, $"vlan {vlan}\n");
            c.Append("  name ").Line(HostPlan.VlanName(vlan, host.Floor));
        }

        c.Line();
        c.Line("vrf context management");
        c.Append("  ip route 0.0.0.0/0 ").Line(host.ManagementGateway);
        c.Line();
        c.Line("interface Vlan1");
        c.Line();
        c.Line("interface Vlan900");
        c.Line("  description MGMT");
        c.Line("  no shutdown");
        c.Append("  ip address ").Append(host.ManagementAddress).Line("/24");
        c.Line();
        var allowed = DeviceCommon.JoinVlans(host.TrunkVlans);
        if (host.UplinkPortChannel)
        {
            c.Line("interface port-channel1");
            c.Append("  description Uplink to ").Line(host.DistributionSwitch);
            c.Line("  switchport mode trunk");
            c.Append("  switchport trunk allowed vlan ").Line(allowed);
            c.Line();
        }

        for (var i = 0; i < host.Ports.Length; i++)
        {
            WritePortConfig(host.Ports[i], PortName(i), c);
        }

        var uplinks = DeviceCommon.ConnectedUplinks(host);
        for (var u = 0; u < NxosDevice.UplinkCount; u++)
        {
            c.Append("interface ").Line(NxosDevice.UplinkName(u).Replace("Eth", "Ethernet", StringComparison.Ordinal));
            if (u < uplinks)
            {
                c.Append(Invariant, $"  description Uplink to {host.DistributionSwitch} Eth1/{DeviceCommon.DistributionPort(host, u)}\n");
                c.Line("  switchport mode trunk");
                c.Append("  switchport trunk allowed vlan ").Line(allowed);
                if (host.UplinkPortChannel)
                {
                    c.Line("  channel-group 1 mode active");
                }

                c.Line("  no shutdown");
            }

            c.Line();
        }

        c.Line("interface mgmt0");
        c.Line("  vrf member management");
        c.Append("  ip address ").Append(host.ManagementAddress).Line("/24");
        c.Line("line console");
        c.Line("  exec-timeout 15");
        c.Line("line vty");
        c.Line("  exec-timeout 15");
        c.Append("boot nxos bootflash:/").Line(device.Release.Image);
        c.Line();
        c.Line();
    }

    private static void WritePortConfig(PortPlan port, string name, StringBuilder c)
    {
        c.Append("interface ").Line(name.Replace("Eth", "Ethernet", StringComparison.Ordinal));
        if (port.Description.Length > 0)
        {
            c.Append("  description ").Line(port.Description);
        }

        if (port.Trunk)
        {
            c.Line("  switchport mode trunk");
            c.Append(Invariant, $"  switchport trunk native vlan {port.Vlan}\n");
            c.Append("  switchport trunk allowed vlan ").Line(DeviceCommon.JoinVlans(NxosDevice.TrunkAllowed));
            c.Line("  spanning-tree port type edge trunk");
            c.Line("  mtu 9216");
        }
        else
        {
            c.Append(Invariant, $"  switchport access vlan {port.Vlan}\n");
            c.Line("  spanning-tree port type edge");
        }

        c.Line(port.State == PortState.Disabled ? "  shutdown" : "  no shutdown");
        c.Line();
    }

    private static void WriteCdpNeighbors(HostPlan host, NxosDevice device, StringBuilder o)
    {
        var uplinks = DeviceCommon.ConnectedUplinks(host);
        for (var u = 0; u < uplinks; u++)
        {
            var random = new Prng(Prng.Derive(host.Seed, 0xCD00UL + (ulong)u));
            o.Line("----------------------------------------");
            o.Append("Device ID:").Append(host.DistributionSwitch).Append("(").Append(DeviceCommon.Serial(ref random, "FDO2", 7)).Line(")");
            o.Append("System Name: ").Line(host.DistributionSwitch);
            o.Line();
            o.Line("Interface address(es):");
            o.Append("    IPv4 Address: ").Line(host.ManagementGateway);
            o.Line("Platform: N9K-C93600CD-GX, Capabilities: Router Switch IGMP Filtering Supports-STP-Dispute");
            o.Append("Interface: ").Append(NxosDevice.UplinkName(u).Replace("Eth", "Ethernet", StringComparison.Ordinal))
                .Append(Invariant, $", Port ID (outgoing port): Ethernet1/{DeviceCommon.DistributionPort(host, u)}\n");
            o.Append(Invariant, $"Holdtime: {random.Next(120, 180)} sec\n");
            o.Line();
            o.Line("Version:");
            o.Append("Cisco Nexus Operating System (NX-OS) Software, Version ").Line(device.Release.Version);
            o.Line();
            o.Line("Advertisement Version: 2");
            o.Line();
            o.Line("Native VLAN: 1");
            o.Line("Duplex: full");
            o.Line("Mgmt address(es):");
            o.Append("    IPv4 Address: ").Line(host.ManagementGateway);
        }

        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            if (port.Neighbor != NeighborKind.Hypervisor)
            {
                continue;
            }

            // ESXi's standard vSwitch speaks CDP: the host's name, its vmnic and build, no management VLAN.
            var random = new Prng(Prng.Derive(port.Seed, 0xCD));
            var name = DeviceCommon.HypervisorName(host, port);
            var address = DeviceCommon.EndpointAddress(host, port, port.Vlan);
            o.Line("----------------------------------------");
            o.Append("Device ID:").Append(name).Line(".corp.example.net");
            o.Line();
            o.Line("Interface address(es):");
            o.Append("    IPv4 Address: ").Line(address);
            o.Line("Platform: VMware ESX, Capabilities: Switch");
            o.Append("Interface: ").Append(PortName(i).Replace("Eth", "Ethernet", StringComparison.Ordinal))
                .Append(", Port ID (outgoing port): ").Line(DeviceCommon.HypervisorNic(port));
            o.Append(Invariant, $"Holdtime: {random.Next(120, 180)} sec\n");
            o.Line();
            o.Line("Version:");
            o.Line(random.Percent(50) ? "Releasebuild-21424296" : "Releasebuild-22380479");
            o.Line();
            o.Line("Advertisement Version: 2");
            o.Line();
            o.Line("Duplex: full");
            o.Line("MTU: 9000");
            o.Line("Mgmt address(es):");
            o.Append("    IPv4 Address: ").Line(address);
        }
    }

    private static void WriteLldpNeighbors(HostPlan host, NxosDevice device, StringBuilder o)
    {
        o.Line("Capability codes:");
        o.Line("  (R) Router, (B) Bridge, (T) Telephone, (C) DOCSIS Cable Device");
        o.Line("  (W) WLAN Access Point, (P) Repeater, (S) Station, (O) Other");
        o.Line("Device ID            Local Intf      Hold-time  Capability  Port ID  ");
        o.Line();
        var uplinks = DeviceCommon.ConnectedUplinks(host);
        for (var u = 0; u < uplinks; u++)
        {
            var random = new Prng(Prng.Derive(host.Seed, 0x11D900UL + (ulong)u));
            o.Append("Chassis id: ").AppendDottedMac(host.DistributionMac).Line();
            o.Append(Invariant, $"Port id: Ethernet1/{DeviceCommon.DistributionPort(host, u)}\n");
            o.Append("Local Port id: ").Line(NxosDevice.UplinkName(u));
            o.Append("Port Description: Downlink to ").Line(host.Hostname);
            o.Append("System Name: ").Line(host.DistributionSwitch);
            o.Append("System Description: Cisco Nexus Operating System (NX-OS) Software ").Line(device.Release.Version);
            o.Line("TAC support: http://www.cisco.com/tac");
            o.Append(Invariant, $"Copyright (c) 2002-{device.Release.Year}, Cisco Systems, Inc. All rights reserved.\n");
            o.Append(Invariant, $"Time remaining: {random.Next(90, 121)} seconds\n");
            o.Line("System Capabilities: B, R");
            o.Line("Enabled Capabilities: B, R");
            o.Append("Management Address: ").Line(host.ManagementGateway);
            o.Line("Management Address IPV6: not advertised");
            o.Line("Vlan ID: not advertised");
            o.Line();
        }

        o.Line();
        o.Append(Invariant, $"Total entries displayed: {uplinks}\n");
    }
}
