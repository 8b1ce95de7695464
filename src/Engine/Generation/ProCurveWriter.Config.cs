using System.Text;

namespace StateTrace.Engine.Generation;

internal sealed partial class ProCurveWriter
{
    private static void WriteRunningConfig(HostPlan host, ProCurveDevice device, StringBuilder c)
    {
        c.Line();
        c.Line("Running configuration:");
        c.Line();
        c.Append("; JL256A Configuration Editor; Created on release #").Line(device.Version);
        c.Append("; Ver #14:").Append(device.Checksum).Line(":04");
        c.Line();
        c.Append("hostname \"").Append(host.Hostname).Line("\"");
        for (var m = 1; m <= device.Members; m++)
        {
            c.Append(Invariant, $"module {m} type jl256a\n");
        }

        c.Line("time daylight-time-rule continental-us-and-canada");
        c.Line("time timezone -300");
        c.Append("ip default-gateway ").Line(host.ManagementGateway);
        c.Line("snmp-server community \"NetOps-RO\" unrestricted");
        c.Line("snmp-server contact \"Network Operations x5500\"");
        c.Append("snmp-server location \"").Append(host.Location).Line("\"");
        for (var n = 1; n <= 2; n++)
        {
            c.Append(Invariant, $"radius-server host 10.{host.SiteOctet}.10.2{n} encrypted-key \"U2FsdGVkX1+kq9WbB0VSYw==\"\n");
        }

        c.Line("aaa authentication port-access eap-radius");
        c.Line("aaa authentication mac-based chap-radius");
        var dot1x = List(host, i => host.Ports[i].Auth is AuthTemplate.Flexible or AuthTemplate.Dot1x);
        var mab = List(host, i => host.Ports[i].Auth is AuthTemplate.Flexible or AuthTemplate.MacAuth);
        if (dot1x.Length > 0)
        {
            c.Append("aaa port-access authenticator ").Line(dot1x);
            c.Line("aaa port-access authenticator active");
        }

        if (mab.Length > 0)
        {
            c.Append("aaa port-access mac-based ").Line(mab);
        }

        c.Line("oobm");
        c.Line("   ip address dhcp-bootp");
        c.Line("   exit");
        var uplinkList = host.UplinkPortChannel ? "Trk1" : ProCurveDevice.UplinkName(host, 0);
        var first = DeviceCommon.ConnectedUplinks(host);
        var spare = first == ProCurveDevice.UplinkCount - 1
            ? ProCurveDevice.UplinkName(host, first)
            : ProCurveDevice.UplinkName(host, first) + "-" + ProCurveDevice.UplinkName(host, ProCurveDevice.UplinkCount - 1);
        c.Line("vlan 1");
        c.Line("   name \"DEFAULT_VLAN\"");
        c.Append("   no untagged ").Line(List(host, _ => true) + "," + uplinkList);
        c.Append("   untagged ").Line(spare);
        c.Line("   no ip address");
        c.Line("   exit");
        foreach (var vlan in DeviceCommon.ConfiguredVlans(host))
        {
            c.Append(Invariant, $"vlan {vlan}\n");
            c.Append("   name \"").Append(HostPlan.VlanName(vlan, host.Floor)).Line("\"");
            var untagged = List(host, i => host.Ports[i].Vlan == vlan);
            if (untagged.Length > 0)
            {
                c.Append("   untagged ").Line(untagged);
            }

            var tagged = List(host, i => host.Ports[i].VoiceVlan == vlan);
            if (host.TrunkVlans.Contains(vlan))
            {
                tagged = tagged.Length == 0 ? uplinkList : tagged + "," + uplinkList;
            }

            if (tagged.Length > 0)
            {
                c.Append("   tagged ").Line(tagged);
            }

            if (vlan == HostPlan.ManagementVlan)
            {
                c.Append("   ip address ").Append(host.ManagementAddress).Line(" 255.255.255.0");
            }
            else
            {
                c.Line("   no ip address");
            }

            if (vlan == host.VoiceVlan)
            {
                c.Line("   voice");
            }

            c.Line("   exit");
        }

        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            if (port.Description.Length == 0 && port.State != PortState.Disabled)
            {
                continue;
            }

            c.Append("interface ").Line(PortName(host, i));
            if (port.State == PortState.Disabled)
            {
                c.Line("   disable");
            }

            if (port.Description.Length > 0)
            {
                c.Append("   name \"").Append(port.Description).Line("\"");
            }

            c.Line("   exit");
        }

        for (var u = 0; u < DeviceCommon.ConnectedUplinks(host); u++)
        {
            c.Append("interface ").Line(ProCurveDevice.UplinkName(host, u));
            c.Append(Invariant, $"   name \"Uplink to {host.DistributionSwitch}\"\n");
            c.Line("   exit");
        }

        if (host.UplinkPortChannel)
        {
            c.Append("trunk ").Append(ProCurveDevice.UplinkName(host, 0)).Append('-').Append(ProCurveDevice.UplinkName(host, 1)).Line(" trk1 lacp");
        }

        c.Append(Invariant, $"sntp server priority 1 10.{host.SiteOctet}.10.5\n");
        c.Line("timesync sntp");
        c.Line("sntp unicast");
        c.Line("spanning-tree");
        c.Append("spanning-tree ").Append(List(host, i => host.Ports[i].Role != PortRole.Spare)).Line(" admin-edge-port");
        c.Line("no tftp server");
        c.Line("password manager");
        c.Line();
    }

    /// <summary><c>1-4,7,9-12</c>: AOS-Switch port lists (with the member prefix in a stack).</summary>
    private static string List(HostPlan host, Func<int, bool> match)
    {
        var text = new StringBuilder();
        foreach (var (first, last) in DeviceCommon.Runs(Enumerable.Range(0, host.Ports.Length).Where(match)))
        {
            var from = first;
            while (from <= last)
            {
                var to = Math.Min(last, ((from / ProCurveDevice.PortsPerMember) + 1) * ProCurveDevice.PortsPerMember - 1);
                if (text.Length > 0)
                {
                    text.Append(',');
                }

                text.Append(PortName(host, from));
                if (to > from)
                {
                    text.Append('-').Append(PortName(host, to));
                }

                from = to + 1;
            }
        }

        return text.ToString();
    }

    private static void WriteLldp(HostPlan host, ProCurveDevice device, StringBuilder o)
    {
        o.Line();
        o.Line(" LLDP Remote Device Information Detail");
        o.Line();
        for (var u = 0; u < DeviceCommon.ConnectedUplinks(host); u++)
        {
            Entry(o, ProCurveDevice.UplinkName(host, u), "mac-address", Spaced(host.DistributionMac), "local",
                string.Create(Invariant, $"A{DeviceCommon.DistributionPort(host, u)}"), host.DistributionSwitch,
                "Aruba JL095A 5406R zl2 Switch, revision KB.16.11.0012, ROM KB.16.01.0008 (/ws/swbuildm/rel_ukiah_qaoff/code/build/bom(swbuildm_rel_ukiah_qaoff_rel_ukiah))",
                string.Create(Invariant, $"A{DeviceCommon.DistributionPort(host, u)}"), "1", "bridge, router", "bridge, router", host.ManagementGateway, null);
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
            var hex = new StringBuilder(12).AppendHex(mac, 12).ToString();
            var (name, description, capabilities) = port.Neighbor switch
            {
                NeighborKind.CiscoPhone => ("SEP" + hex, "Cisco IP Phone CP-8845, V3, sip8845.14-1-1MN-33", "bridge, telephone"),
                NeighborKind.CiscoAccessPoint => (port.Description, "ArubaOS (MODEL: 515), Version 8.10.0.7 LSR", "bridge, wlan-access-point"),
                _ when port.Role == PortRole.Camera => ("axis-" + hex.ToLowerInvariant(), "AXIS P3245-LVE Network Camera 10.12.165", "station-only"),
                _ => ("NPI" + hex[6..], "HP ETHERNET MULTI-ENVIRONMENT,ROM none,JETDIRECT,JD153", "other"),
            };
            Entry(o, PortName(host, i), phone ? "network-address" : "mac-address", phone ? address : Spaced(mac),
                phone ? "local" : "mac-address", phone ? hex.ToLowerInvariant() + ":P1" : Bytes(mac),
                name, description, phone ? "SW PORT" : "eth0", "", capabilities, capabilities, address,
                port.Neighbor == NeighborKind.CiscoAccessPoint ? "Class4" : phone ? "Class3" : null);
        }
    }

    private static string Spaced(ulong mac) => new StringBuilder(13).AppendHpMac(mac).ToString();

    /// <summary><c>c0 25 a5 aa bb 01</c>: how a MAC-address port ID is shown.</summary>
    private static string Bytes(ulong mac) => new StringBuilder(17).AppendColonMac(mac).Replace(':', ' ').ToString();

    private static void Entry(StringBuilder o, string local, string chassisType, string chassisId, string portType, string portId, string name,
        string description, string portDescription, string pvid, string supported, string enabled, string address, string? medClass)
    {
        o.Append("  Local Port   : ").Line(local);
        o.Append("  ChassisType  : ").Line(chassisType);
        o.Append("  ChassisId    : ").Line(chassisId);
        o.Append("  PortType     : ").Line(portType);
        o.Append("  PortId       : ").Line(portId);
        o.Append("  SysName      : ").Line(name);
        o.Append("  System Descr : ").Line(description);
        o.Append("  PortDescr    : ").Line(portDescription);
        o.Append("  Pvid         : ").Line(pvid);
        o.Line();
        o.Append("  System Capabilities Supported  : ").Line(supported);
        o.Append("  System Capabilities Enabled    : ").Line(enabled);
        o.Line();
        o.Line("  Remote Management Address");
        o.Line("     Type    : ipv4");
        o.Append("     Address : ").Line(address);
        if (medClass is not null)
        {
            o.Line();
            o.Line("  MED Information Detail");
            o.Append("    EndpointClass          :").Line(medClass);
        }

        o.Line();
        o.Line("------------------------------------------------------------------------------");
    }
}
