using System.Text;

namespace StateTrace.Engine.Generation;

internal sealed partial class FastIronWriter
{
    private static void WriteRunningConfig(HostPlan host, FastIronDevice device, StringBuilder c)
    {
        c.Line("Current configuration:");
        c.Line("!");
        c.Append("ver ").Line(device.Version);
        c.Line("!");
        for (var unit = 1; unit <= device.Units; unit++)
        {
            c.Append(Invariant, $"stack unit {unit}\n");
            if (device.Is7150)
            {
                c.Line("  module 1 icx7150-48pf-poe-port-management-module");
                c.Line("  module 2 icx7150-2-copper-port-2g-module");
                c.Line("  module 3 icx7150-4-sfp-plus-port-40g-module");
            }
            else
            {
                c.Line("  module 1 icx7450-48p-poe-management-module");
                c.Line("  module 2 icx7400-xgf-4port-40g-module");
                c.Line("  module 3 icx7400-qsfp-1port-40g-module");
            }
        }

        c.Line("!");
        c.Line("!");
        var uplinks = DeviceCommon.ConnectedUplinks(host);
        var uplinkRange = uplinks == 1 ? "ethe " + device.UplinkName(0) : $"ethe {device.UplinkName(0)} to {device.UplinkName(1)}";
        c.Line("vlan 1 name DEFAULT-VLAN by port");
        c.Line("!");
        foreach (var vlan in DeviceCommon.ConfiguredVlans(host))
        {
            c.Append(Invariant, $"vlan {vlan} name {HostPlan.VlanName(vlan, host.Floor)} by port\n");
            var tagged = Ranges(host, i => host.Ports[i].VoiceVlan == vlan);
            if (host.TrunkVlans.Contains(vlan))
            {
                tagged = tagged.Length == 0 ? uplinkRange : tagged + " " + uplinkRange;
            }

            if (tagged.Length > 0)
            {
                c.Append(" tagged ").Line(tagged);
            }

            var untagged = Ranges(host, i => host.Ports[i].Vlan == vlan);
            if (untagged.Length > 0)
            {
                c.Append(" untagged ").Line(untagged);
            }

            if (vlan == HostPlan.ManagementVlan)
            {
                c.Line(" router-interface ve 900");
            }

            c.Line(" spanning-tree 802-1w");
            c.Line("!");
        }

        c.Line("!");
        c.Line("authentication");
        c.Append(Invariant, $" auth-default-vlan {HostPlan.ParkingVlan}\n");
        c.Line(" re-authentication");
        var dot1x = Ranges(host, i => host.Ports[i].Auth is AuthTemplate.Flexible or AuthTemplate.Dot1x);
        var mab = Ranges(host, i => host.Ports[i].Auth is AuthTemplate.Flexible or AuthTemplate.MacAuth);
        c.Line(" dot1x enable");
        if (dot1x.Length > 0)
        {
            c.Append(" dot1x enable ").Line(dot1x);
            c.Append(" dot1x port-control auto ").Line(dot1x);
        }

        c.Line(" mac-authentication enable");
        if (mab.Length > 0)
        {
            c.Append(" mac-authentication enable ").Line(mab);
        }

        c.Line(" mac-authentication dot1x-override");
        c.Line("!");
        c.Line("aaa authentication dot1x default radius");
        c.Line("aaa authentication login default tacacs+ local");
        c.Line("aaa authentication login privilege-mode");
        c.Line("enable aaa console");
        c.Append("hostname ").Line(host.Hostname);
        c.Append("ip dns domain-list corp.example.net").Line();
        c.Append("ip route 0.0.0.0/0 ").Line(host.ManagementGateway);
        c.Line("!");
        c.Line("lldp run");
        c.Line("!");
        c.Append(Invariant, $"logging host 10.{host.SiteOctet}.10.50\n");
        c.Append(Invariant, $"radius-server host 10.{host.SiteOctet}.10.21 auth-port 1812 acct-port 1813 default key 2 $Zl5ucm9ab2VvVytpdQ== dot1x mac-auth\n");
        c.Append(Invariant, $"radius-server host 10.{host.SiteOctet}.10.22 auth-port 1812 acct-port 1813 default key 2 $Zl5ucm9ab2VvVytpdQ== dot1x mac-auth\n");
        c.Line("snmp-server community 2 $U2kyXj1k ro");
        c.Append("snmp-server location ").Line(host.Location);
        c.Line("snmp-server contact Network Operations x5500");
        c.Append(Invariant, $"sntp server 10.{host.SiteOctet}.10.5\n");
        c.Append("username netadmin password 8 $1$").Line(device.SecretSalt);
        c.Line("!");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            WritePortConfig(host.Ports[i], PortName(i), c);
        }

        for (var u = 0; u < uplinks; u++)
        {
            c.Append("interface ethernet ").Line(device.UplinkName(u));
            c.Append(Invariant, $" port-name Uplink to {host.DistributionSwitch}\n");
            c.Line("!");
        }

        c.Line("interface ve 900");
        c.Append(" ip address ").Append(host.ManagementAddress).Line(" 255.255.255.0");
        c.Line("!");
        if (host.UplinkPortChannel)
        {
            c.Line("lag \"Uplink\" dynamic id 1");
            c.Append(" ports ").Line(uplinkRange);
            c.Append(" primary-port ").Line(device.UplinkName(0));
            c.Line(" deploy");
            c.Line("!");
        }

        c.Line("!");
        c.Line("end");
        c.Line();
    }

    /// <summary>A port's block, only when something is set on it (FastIron prints no empty interface blocks).</summary>
    private static void WritePortConfig(PortPlan port, string name, StringBuilder c)
    {
        var poe = port.Role is PortRole.UserWithPhone or PortRole.AccessPoint or PortRole.Camera;
        var edge = port.Role != PortRole.Spare;
        if (port.Description.Length == 0 && port.State != PortState.Disabled && !poe && !edge)
        {
            return;
        }

        c.Append("interface ethernet ").Line(name);
        if (port.State == PortState.Disabled)
        {
            c.Line(" disable");
        }

        if (port.Description.Length > 0)
        {
            c.Append(" port-name ").Line(port.Description);
        }

        if (poe)
        {
            c.Line(" inline power");
        }

        if (edge)
        {
            c.Line(" spanning-tree 802-1w admin-edge-port");
        }

        c.Line("!");
    }

    /// <summary><c>ethe 1/1/1 to 1/1/4 ethe 1/1/7</c> for the ports that match.</summary>
    private static string Ranges(HostPlan host, Func<int, bool> match)
    {
        var text = new StringBuilder();
        foreach (var (first, last) in DeviceCommon.Runs(Enumerable.Range(0, host.Ports.Length).Where(match)))
        {
            // A range never spans two stack units.
            var from = first;
            while (from <= last)
            {
                var to = Math.Min(last, ((from / FastIronDevice.PortsPerUnit) + 1) * FastIronDevice.PortsPerUnit - 1);
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                text.Append("ethe ").Append(PortName(from));
                if (to > from)
                {
                    text.Append(" to ").Append(PortName(to));
                }

                from = to + 1;
            }
        }

        return text.ToString();
    }

    private static void WriteLldpNeighbors(HostPlan host, FastIronDevice device, StringBuilder o)
    {
        var uplinks = DeviceCommon.ConnectedUplinks(host);
        for (var u = 0; u < uplinks; u++)
        {
            var random = new Prng(Prng.Derive(host.Seed, 0x11D900UL + (ulong)u));
            o.Append("Local port: ").Line(device.UplinkName(u));
            o.Append("  Neighbor: ").AppendDottedMac(host.DistributionMac + 0x40 + (ulong)u).Append(Invariant, $", TTL {random.Next(90, 121)} seconds\n");
            o.Append("    + Chassis ID (MAC address): ").AppendDottedMac(host.DistributionMac).Line();
            o.Append("    + Port ID (MAC address): ").AppendDottedMac(host.DistributionMac + 0x40 + (ulong)u).Line();
            o.Line("    + Time to live: 120 seconds");
            o.Append("    + System name         : \"").Append(host.DistributionSwitch).Line("\"");
            o.Append(Invariant, $"    + Port description    : \"10GigabitEthernet1/2/{DeviceCommon.DistributionPort(host, u)}\"\n");
            o.Append("    + System description  : \"Ruckus Wireless, Inc. ICX7850-48FS, IronWare Version ").Append(device.Version)
                .Line(" compiled on Jun 23 2022 at 04:10:29 labeled as TNR08095k\"");
            o.Line("    + System capabilities : bridge, router");
            o.Line("      Enabled capabilities: bridge, router");
            o.Line("    + 802.3 MAC/PHY          : auto-negotiation supported, but disabled");
            o.Line("      Operational MAU type   : 10GigBaseLR");
            o.Line("    + Link aggregation: " + (host.UplinkPortChannel ? "aggregated (aggregated port ifIndex: 257)" : "not capable"));
            o.Line("    + Maximum frame size: 10200 octets");
            o.Line("    + Port VLAN ID: none");
            o.Append("    + Management address (IPv4): ").Line(host.ManagementGateway);
            o.Line();
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
            var phone = port.Neighbor == NeighborKind.CiscoPhone;
            var (name, description, capabilities) = port.Neighbor switch
            {
                NeighborKind.CiscoPhone => ("SEP" + new StringBuilder(12).AppendHex(mac, 12), "Cisco IP Phone CP-8845, V3, sip8845.14-1-1MN-33", "bridge, telephone"),
                NeighborKind.CiscoAccessPoint => (port.Description, "Ruckus R650 Multimedia Hotzone Wireless AP/SW Version: 6.1.1.0.1274", "bridge, WLAN access point"),
                _ when port.Role == PortRole.Camera => ("axis-" + new StringBuilder(12).AppendHex(mac, 12).ToString().ToLowerInvariant(), "AXIS P3245-LVE Network Camera 10.12.165", "station"),
                _ => ("NPI" + new StringBuilder(6).AppendHex(mac & 0xFFFFFF, 6), "HP ETHERNET MULTI-ENVIRONMENT,ROM none,JETDIRECT,JD153", "other"),
            };
            o.Append("Local port: ").Line(PortName(i));
            o.Append("  Neighbor: ").AppendDottedMac(mac).Append(Invariant, $", TTL {random.Next(90, 181)} seconds\n");
            o.Append("    + Chassis ID (").Append(phone ? "network address" : "MAC address").Append("): ");
            if (phone)
            {
                o.Line(DeviceCommon.EndpointAddress(host, port, port.VoiceVlan));
            }
            else
            {
                o.AppendDottedMac(mac).Line();
            }

            o.Append("    + Port ID (").Append(phone ? "locally assigned" : "MAC address").Append("): ");
            if (phone)
            {
                o.Append('"').Append(new StringBuilder(12).AppendHex(mac, 12)).Line(":P1\"");
            }
            else
            {
                o.AppendDottedMac(mac).Line();
            }

            o.Line(phone ? "    + Time to live: 180 seconds" : "    + Time to live: 120 seconds");
            o.Append("    + System name         : \"").Append(name).Line("\"");
            o.Append("    + Port description    : \"").Append(phone ? "SW PORT" : "eth0").Line("\"");
            o.Append("    + System description  : \"").Append(description).Line("\"");
            o.Append("    + System capabilities : ").Line(capabilities);
            o.Append("      Enabled capabilities: ").Line(capabilities);
            o.Line("    + 802.3 MAC/PHY          : auto-negotiation enabled");
            o.Line("      Advertised capabilities: 10BaseT-HD, 10BaseT-FD, 100BaseTX-HD, 100BaseTX-FD, fdxSPause, 1000BaseT-FD");
            o.Line(port.SpeedMbps == 100 ? "      Operational MAU type   : 100BaseTX-FD" : "      Operational MAU type   : 1000BaseT-FD");
            o.Line("    + Maximum frame size: 1522 octets");
            o.Line("    + Port VLAN ID: none");
            o.Append("    + Management address (IPv4): ").Line(DeviceCommon.EndpointAddress(host, port, phone ? port.VoiceVlan : port.Vlan));
            o.Line();
        }
    }
}
