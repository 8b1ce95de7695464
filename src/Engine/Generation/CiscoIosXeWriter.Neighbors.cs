using System.Text;

namespace StateTrace.Engine.Generation;

internal sealed partial class CiscoIosXeWriter
{
    private const int PortChannelStpNumber = 2105;

    private static readonly string[] PhoneModels = ["8845", "8865", "8841", "7841"];
    private static readonly string[] AccessPointModels = ["C9120AXI-B", "C9130AXI-B", "AIR-AP2802I-B-K9"];
    private static readonly string[] CameraModels = ["P3245-LVE", "M3106-L Mk II", "Q6075-E"];

    private static void WriteCdpNeighbors(HostPlan host, CiscoDevice device, StringBuilder o)
    {
        var count = 0;
        for (var u = 0; u < CiscoDevice.UplinkCount; u++)
        {
            if (!IsUplinkConnected(host, u))
            {
                continue;
            }

            var random = new Prng(Prng.Derive(host.Seed, 0xCD00UL + (ulong)u));
            o.Line("-------------------------");
            o.Append("Device ID: ").Append(host.DistributionSwitch).Line(".corp.example.net");
            o.Line("Entry address(es): ");
            o.Append("  IP address: ").Line(host.ManagementGateway);
            o.Line("Platform: cisco C9500-24Y4C,  Capabilities: Router Switch IGMP ");
            o.Append("Interface: ").Append(device.UplinkLong[u])
                .Append(Invariant, $",  Port ID (outgoing port): TwentyFiveGigE1/0/{host.DistributionPort + (u * 16)}\n");
            o.Append(Invariant, $"Holdtime : {random.Next(120, 180)} sec\n");
            o.Line();
            o.Line("Version :");
            AppendIosBanner(device.DistributionRelease, o);
            o.Line();
            o.Line("advertisement version: 2");
            o.Line("VTP Management Domain: ''");
            o.Line("Native VLAN: 1");
            o.Line("Duplex: full");
            o.Line("Management address(es): ");
            o.Append("  IP address: ").Line(host.ManagementGateway);
            o.Line();
            count++;
        }

        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            if (port.Neighbor is not (NeighborKind.CiscoPhone or NeighborKind.CiscoAccessPoint))
            {
                continue;
            }

            var random = new Prng(Prng.Derive(port.Seed, 0xCD));
            var address = EndpointAddress(host, port);
            var phone = port.Neighbor == NeighborKind.CiscoPhone;
            o.Line("-------------------------");
            if (phone)
            {
                o.Append("Device ID: SEP").AppendHex(port.Endpoints[0].Mac, 12).Line();
            }
            else
            {
                o.Append("Device ID: ").Line(port.Description);
            }

            o.Line("Entry address(es): ");
            o.Append("  IP address: ").Line(address);
            var model = phone ? random.Pick(PhoneModels) : random.Pick(AccessPointModels);
            if (phone)
            {
                o.Append("Platform: Cisco IP Phone ").Append(model).Line(",  Capabilities: Host Phone Two-port Mac Relay ");
                o.Append("Interface: ").Append(device.PortLong[i]).Line(",  Port ID (outgoing port): Port 1");
            }
            else
            {
                o.Append("Platform: cisco ").Append(model).Line(",  Capabilities: Router Trans-Bridge ");
                o.Append("Interface: ").Append(device.PortLong[i]).Line(",  Port ID (outgoing port): GigabitEthernet0");
            }

            o.Append(Invariant, $"Holdtime : {random.Next(120, 180)} sec\n");
            if (phone)
            {
                o.Line("Second Port Status: Up");
            }

            o.Line();
            o.Line("Version :");
            if (phone)
            {
                o.Append("sip").Append(model).Line("_65.14-1-1MN-33");
            }
            else
            {
                o.Line("Cisco AP Software, ap1g7-k9w8 Version: 17.9.4.27");
                o.Line("Technical Support: http://www.cisco.com/techsupport");
                o.Line("Copyright (c) 2014-2015 by Cisco Systems, Inc.");
            }

            o.Line();
            o.Line("advertisement version: 2");
            o.Line("Duplex: full");
            var milliwatts = phone ? random.Next(45, 80) * 100 : random.Next(150, 300) * 100;
            o.Append(Invariant, $"Power drawn: {milliwatts / 1000}.{milliwatts % 1000:D3} Watts\n");
            o.Append(Invariant, $"Power request id: {random.Next(1, 65535)}, Power management id: 3\n");
            o.Append(Invariant, $"Power request levels are:{milliwatts} 0 0 0 0 \n");
            o.Line("Management address(es): ");
            o.Append("  IP address: ").Line(address);
            o.Line();
            count++;
        }

        o.Line();
        o.Append(Invariant, $"Total cdp entries displayed : {count}\n");
    }

    private static void WriteLldpNeighbors(HostPlan host, CiscoDevice device, StringBuilder o)
    {
        var count = 0;
        for (var u = 0; u < CiscoDevice.UplinkCount; u++)
        {
            if (!IsUplinkConnected(host, u))
            {
                continue;
            }

            var random = new Prng(Prng.Derive(host.Seed, 0x11D900UL + (ulong)u));
            var remotePort = host.DistributionPort + (u * 16);
            o.Line("------------------------------------------------");
            o.Append("Local Intf: ").Line(device.UplinkShort[u]);
            o.Append("Chassis id: ").AppendDottedMac(host.DistributionMac).Line();
            o.Append(Invariant, $"Port id: Twe1/0/{remotePort}\n");
            o.Append(Invariant, $"Port Description: Downlink to {host.Hostname}\n");
            o.Append("System Name: ").Append(host.DistributionSwitch).Line(".corp.example.net");
            o.Line();
            o.Line("System Description: ");
            AppendIosBanner(device.DistributionRelease, o);
            o.Line();
            o.Append(Invariant, $"Time remaining: {random.Next(90, 121)} seconds\n");
            o.Line("System Capabilities: B,R");
            o.Line("Enabled Capabilities: B,R");
            o.Line("Management Addresses:");
            o.Append("    IP: ").Line(host.ManagementGateway);
            o.Line("Auto Negotiation - not supported");
            o.Line("Physical media capabilities - not advertised");
            o.Line("Media Attachment Unit type - not advertised");
            o.Line("Vlan ID: - not advertised");
            o.Line();
            count++;
        }

        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            if (port.Neighbor != NeighborKind.LldpDevice)
            {
                continue;
            }

            var random = new Prng(Prng.Derive(port.Seed, 0x11D9));
            var mac = port.Endpoints[0].Mac;
            var camera = port.Role == PortRole.Camera;
            o.Line("------------------------------------------------");
            o.Append("Local Intf: ").Line(device.PortShort[i]);
            o.Append("Chassis id: ").AppendDottedMac(mac).Line();
            o.Append("Port id: ").AppendDottedMac(mac).Line();
            o.Line(camera ? "Port Description: eth0" : "Port Description: Port 1");
            if (camera)
            {
                o.Append("System Name: axis-").AppendHex(mac, 12).Line();
            }
            else
            {
                o.Append("System Name: NPI").AppendHex(mac & 0xFFFFFF, 6).Line();
            }

            o.Line();
            o.Line("System Description: ");
            if (camera)
            {
                o.Append("AXIS ").Append(random.Pick(CameraModels)).Line(" Network Camera 10.12.165");
            }
            else
            {
                o.Line("HP ETHERNET MULTI-ENVIRONMENT,ROM none,JETDIRECT,JD153,EEPROM JSI24080022");
            }

            o.Line();
            o.Append(Invariant, $"Time remaining: {random.Next(90, 121)} seconds\n");
            o.Line(camera ? "System Capabilities: S" : "System Capabilities: O");
            o.Line(camera ? "Enabled Capabilities: S" : "Enabled Capabilities: O");
            o.Line("Management Addresses:");
            o.Append("    IP: ").Line(EndpointAddress(host, port));
            o.Line("Auto Negotiation - supported, enabled");
            o.Line("Physical media capabilities:");
            if (!camera)
            {
                o.Line("    1000baseT(FD)");
            }

            o.Line("    100base-TX(FD)");
            o.Line("    100base-TX(HD)");
            o.Line("    10base-T(FD)");
            o.Line("    10base-T(HD)");
            o.Line(camera ? "Media Attachment Unit type: 16" : "Media Attachment Unit type: 30");
            o.Line("Vlan ID: - not advertised");
            o.Line();
            count++;
        }

        o.Line();
        o.Append(Invariant, $"Total entries displayed: {count}\n");
    }

    private static void WriteSpanningTree(HostPlan host, CiscoDevice device, StringBuilder o)
    {
        var uplinkName = host.UplinkPortChannel ? "Po1" : device.UplinkShort[0];
        var uplinkLong = host.UplinkPortChannel ? "Port-channel1" : device.UplinkLong[0];
        var uplinkNumber = host.UplinkPortChannel ? PortChannelStpNumber : device.UplinkStpNumber(0);
        var uplinkCost = (host.UplinkPortChannel, device.IsLite) switch
        {
            (true, true) => 3,
            (false, true) => 4,
            (true, false) => 1,
            (false, false) => 2,
        };

        Span<char> number = stackalloc char[8];
        foreach (var vlan in host.TrunkVlans)
        {
            o.Line();
            o.Append(Invariant, $"VLAN{vlan:D4}\n");
            o.Line("  Spanning tree enabled protocol rstp");
            o.Append(Invariant, $"  Root ID    Priority    {24576 + vlan}\n");
            o.Append("             Address     ").AppendDottedMac(host.DistributionMac).Line();
            o.Append(Invariant, $"             Cost        {uplinkCost}\n");
            o.Append(Invariant, $"             Port        {uplinkNumber} ({uplinkLong})\n");
            o.Line("             Hello Time   2 sec  Max Age 20 sec  Forward Delay 15 sec");
            o.Line();
            o.Append(Invariant, $"  Bridge ID  Priority    {32768 + vlan}  (priority 32768 sys-id-ext {vlan})\n");
            o.Append("             Address     ").AppendDottedMac(device.BaseMacs[0]).Line();
            o.Line("             Hello Time   2 sec  Max Age 20 sec  Forward Delay 15 sec");
            o.Line("             Aging Time  300 sec");
            o.Line();
            o.Line("Interface           Role Sts Cost      Prio.Nbr Type");
            o.Line("------------------- ---- --- --------- -------- --------------------------------");
            for (var i = 0; i < host.Ports.Length; i++)
            {
                var port = host.Ports[i];
                if (port.State != PortState.Connected || (port.Vlan != vlan && (port.Trunk || port.VoiceVlan != vlan)))
                {
                    continue;
                }

                var cost = port.SpeedMbps switch { 1000 => 4, 100 => 19, _ => 100 };
                o.Column(device.PortShort[i], 20).Append("Desg FWD ").Column(Format(cost, number), 10)
                    .Append("128.").Column(Format(CiscoDevice.StpPortNumber(i), number), 5)
                    .Line(port.HalfDuplex ? "Shr Edge" : "P2p Edge");
            }

            o.Column(uplinkName, 20).Append("Root FWD ").Column(Format(uplinkCost, number), 10)
                .Append("128.").Column(Format(uplinkNumber, number), 5).Line("P2p");
            o.Line().Line();
        }
    }

    private static void AppendIosBanner(CiscoRelease release, StringBuilder o)
    {
        o.Append(Invariant, $"Cisco IOS Software [{release.Codename}], Catalyst L3 Switch Software (CAT9K_IOSXE), Version {release.Short}, RELEASE SOFTWARE ({release.Fc})\n");
        o.Line("Technical Support: http://www.cisco.com/techsupport");
        o.Append(Invariant, $"Copyright (c) 1986-{release.Year} by Cisco Systems, Inc.\n");
        o.Append(Invariant, $"Compiled {release.Compiled} by mcpre\n");
    }

    /// <summary>An endpoint's address in its VLAN's subnet: 10.&lt;site&gt;.&lt;vlan-derived&gt;.&lt;host&gt;.</summary>
    private static string EndpointAddress(HostPlan host, PortPlan port)
    {
        var vlan = port.Neighbor == NeighborKind.CiscoPhone ? port.VoiceVlan : port.Vlan;
        var third = vlan >= 500 ? 200 + (vlan - 500) / 10 : vlan;
        return string.Create(Invariant, $"10.{host.SiteOctet}.{third}.{(((host.HostIndex * 53) + port.Number) % 250) + 3}");
    }
}
