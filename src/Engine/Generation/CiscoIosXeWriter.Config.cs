using System.Text;

namespace StateTrace.Engine.Generation;

internal sealed partial class CiscoIosXeWriter
{
    private static void WriteRunningConfig(HostPlan host, CiscoDevice device, StringBuilder o, StringBuilder config)
    {
        // The header states the body's size, so the body is built first.
        config.Clear();
        WriteConfigBody(host, device, config);
        o.Line("Building configuration...");
        o.Line();
        o.Append(Invariant, $"Current configuration : {config.Length} bytes\n");
        o.Append(config);
    }

    private static void WriteConfigBody(HostPlan host, CiscoDevice device, StringBuilder c)
    {
        var changed = CiscoDevice.Clock(device.ConfigChanged);
        c.Line("!");
        c.Append("! Last configuration change at ").Append(changed).Line(" by netadmin");
        c.Append("! NVRAM config last updated at ").Append(changed).Line(" by netadmin");
        c.Line("!");
        c.Append("version ").Line(device.Release.ConfigVersion);
        c.Line("service timestamps debug datetime msec localtime show-timezone");
        c.Line("service timestamps log datetime msec localtime show-timezone");
        c.Line("service password-encryption");
        c.Line("service call-home");
        c.Line("platform punt-keepalive disable-kernel-core");
        c.Line("!");
        c.Append("hostname ").Line(host.Hostname);
        c.Line("!");
        c.Line("!");
        if (!device.IsLite)
        {
            c.Line("vrf definition Mgmt-vrf");
            c.Line(" !");
            c.Line(" address-family ipv4");
            c.Line(" exit-address-family");
            c.Line(" !");
            c.Line(" address-family ipv6");
            c.Line(" exit-address-family");
            c.Line("!");
        }

        c.Line("logging buffered 64000 informational");
        c.Append("enable secret 9 $9$").Append(device.SecretSalt).Line("$Qm3vT1bX0cV8aZr2LkP5yHwS4nE7uJ6gD9fB1oI0tA");
        c.Line("!");
        c.Line("aaa new-model");
        c.Line("!");
        c.Line("!");
        c.Line("aaa group server radius ISE");
        c.Line(" server name ISE-PSN-01");
        c.Line(" server name ISE-PSN-02");
        c.Line("!");
        c.Line("aaa authentication login default group tacacs+ local");
        c.Line("aaa authentication dot1x default group ISE");
        c.Line("aaa authorization network default group ISE ");
        c.Line("aaa accounting dot1x default start-stop group ISE");
        c.Line("!");
        c.Line("!");
        c.Line("aaa server radius dynamic-author");
        c.Append(Invariant, $" client 10.{host.SiteOctet}.10.21 server-key 7 0822455D0A16544541\n");
        c.Append(Invariant, $" client 10.{host.SiteOctet}.10.22 server-key 7 0822455D0A16544541\n");
        c.Line("!");
        c.Line("aaa session-id common");
        c.Line("clock timezone EST -5 0");
        c.Line("clock summer-time EDT recurring");
        for (var m = 0; m < device.Members; m++)
        {
            c.Append(Invariant, $"switch {m + 1} provision ").Line(device.Models[m].ToLowerInvariant());
        }

        c.Line("!");
        c.Line("ip domain name corp.example.net");
        c.Line("!");
        c.Line("login on-success log");
        c.Line("!");
        c.Line("device-tracking tracking");
        c.Line("!");
        c.Line(device.IsLite
            ? "license boot level network-essentials addon dna-essentials"
            : "license boot level network-advantage addon dna-advantage");
        c.Line("!");
        c.Line("diagnostic bootup level minimal");
        c.Line("!");
        c.Line("spanning-tree mode rapid-pvst");
        c.Line("spanning-tree extend system-id");
        c.Line("dot1x system-auth-control");
        c.Line("dot1x critical eapol");
        c.Line("authentication critical recovery delay 1000");
        c.Line("!");
        c.Line("memory free low-watermark processor 134344");
        c.Line("!");
        c.Append("username netadmin privilege 15 secret 9 $9$").Append(device.SecretSalt).Line("$hVx2Lr9Tq0WmZc4Ns7Ky1Pb6Fd3Ge8Ja5Ui2Oo");
        c.Line("!");
        c.Line("redundancy");
        c.Line(" mode sso");
        c.Line("!");
        c.Line("!");
        c.Line("transceiver type all");
        c.Line(" monitoring");
        c.Line("!");
        foreach (var vlan in ConfiguredVlans(host))
        {
            c.Append(Invariant, $"vlan {vlan}\n");
            c.Append(" name ").Line(HostPlan.VlanName(vlan, host.Floor));
            c.Line("!");
        }

        c.Line("lldp run");
        c.Line("!");
        c.Line("!");
        if (host.UplinkPortChannel)
        {
            c.Line("interface Port-channel1");
            c.Append(" description Uplink to ").Line(host.DistributionSwitch);
            AppendTrunkAllowed(host, c);
            c.Line(" switchport mode trunk");
            c.Line("!");
        }

        if (!device.IsLite)
        {
            c.Line("interface GigabitEthernet0/0");
            c.Line(" vrf forwarding Mgmt-vrf");
            c.Line(" no ip address");
            c.Line(" negotiation auto");
            c.Line("!");
        }

        for (var i = 0; i < host.Ports.Length; i++)
        {
            WritePortConfig(host.Ports[i], device.PortLong[i], c);
        }

        for (var u = 0; u < CiscoDevice.UplinkCount; u++)
        {
            c.Append("interface ").Line(device.UplinkLong[u]);
            if (IsUplinkConnected(host, u))
            {
                c.Append(Invariant, $" description Uplink to {host.DistributionSwitch} Twe1/0/{host.DistributionPort + (u * 16)}\n");
                AppendTrunkAllowed(host, c);
                c.Line(" switchport mode trunk");
                if (host.UplinkPortChannel)
                {
                    c.Line(" channel-group 1 mode active");
                }
            }

            c.Line("!");
        }

        c.Line("interface Vlan1");
        c.Line(" no ip address");
        c.Line(" shutdown");
        c.Line("!");
        c.Append(Invariant, $"interface Vlan{HostPlan.ManagementVlan}\n");
        c.Line(" description MGMT");
        c.Append(" ip address ").Append(host.ManagementAddress).Line(" 255.255.255.0");
        c.Line("!");
        c.Append("ip default-gateway ").Line(host.ManagementGateway);
        c.Line("ip forward-protocol nd");
        c.Line("ip http server");
        c.Line("ip http authentication local");
        c.Line("ip http secure-server");
        c.Line("ip ssh version 2");
        c.Line("!");
        c.Append(Invariant, $"logging host 10.{host.SiteOctet}.10.50\n");
        c.Line("!");
        c.Line("snmp-server community 7 NetOps-RO RO");
        c.Append("snmp-server location ").Line(host.Location);
        c.Line("snmp-server contact Network Operations x5500");
        c.Line("!");
        for (var n = 1; n <= 2; n++)
        {
            c.Append(Invariant, $"radius server ISE-PSN-0{n}\n");
            c.Append(Invariant, $" address ipv4 10.{host.SiteOctet}.10.2{n} auth-port 1812 acct-port 1813\n");
            c.Line(" key 7 0822455D0A16544541");
            c.Line("!");
        }

        c.Line("!");
        c.Line("control-plane");
        c.Line(" service-policy input system-cpp-policy");
        c.Line("!");
        c.Line("banner motd ^C");
        c.Line("*** Authorised access only. Disconnect now if you are not authorised. ***");
        c.Line("^C");
        c.Line("!");
        c.Line("line con 0");
        c.Line(" exec-timeout 15 0");
        c.Line(" stopbits 1");
        c.Line("line vty 0 4");
        c.Line(" exec-timeout 15 0");
        c.Line(" transport input ssh");
        c.Line("line vty 5 15");
        c.Line(" exec-timeout 15 0");
        c.Line(" transport input ssh");
        c.Line("!");
        c.Append(Invariant, $"ntp server 10.{host.SiteOctet}.10.5\n");
        c.Append(Invariant, $"ntp server 10.{host.SiteOctet}.10.6\n");
        c.Line("!");
        c.Line("!");
        c.Line("end");
        c.Line();
    }

    private static void WritePortConfig(PortPlan port, string name, StringBuilder c)
    {
        c.Append("interface ").Line(name);
        if (port.Description.Length > 0)
        {
            c.Append(" description ").Line(port.Description);
        }

        if (port.Trunk)
        {
            c.Append(Invariant, $" switchport trunk native vlan {port.Vlan}\n");
            c.Append(Invariant, $" switchport trunk allowed vlan {port.Vlan}\n");
            c.Line(" switchport mode trunk");
        }
        else
        {
            c.Append(Invariant, $" switchport access vlan {port.Vlan}\n");
            c.Line(" switchport mode access");
            if (port.VoiceVlan != 0)
            {
                c.Append(Invariant, $" switchport voice vlan {port.VoiceVlan}\n");
            }
        }

        if (port.State == PortState.Disabled)
        {
            c.Line(" shutdown");
        }

        switch (port.Auth)
        {
            case AuthTemplate.Flexible:
                var lines = port.AuthLines;
                if ((lines & FlexibleLines.EventFail) != 0)
                {
                    c.Line(" authentication event fail action next-method");
                }

                if (port.CriticalAuth)
                {
                    c.Append(Invariant, $" authentication event server dead action authorize vlan {port.Vlan}\n");
                    c.Line(" authentication event server alive action reinitialize");
                }

                if ((lines & FlexibleLines.Order) != 0)
                {
                    c.Line(" authentication order mab dot1x");
                }

                if ((lines & FlexibleLines.Priority) != 0)
                {
                    c.Line(" authentication priority dot1x mab");
                }

                if ((lines & FlexibleLines.PortControl) != 0)
                {
                    c.Line(" authentication port-control auto");
                }

                c.Line(" mab");
                c.Line(" dot1x pae authenticator");
                if ((lines & FlexibleLines.QuietPeriod) != 0)
                {
                    c.Line(" dot1x timeout quiet-period 90");
                }

                if ((lines & FlexibleLines.TxPeriod) != 0)
                {
                    c.Line(" dot1x timeout tx-period 5");
                }

                break;
            case AuthTemplate.Dot1x:
                c.Line(" authentication port-control auto");
                c.Line(" dot1x pae authenticator");
                c.Line(" dot1x timeout tx-period 5");
                break;
            case AuthTemplate.MacAuth:
                c.Line(" authentication port-control auto");
                c.Line(" mab");
                break;
        }

        c.Line(port.Trunk ? " spanning-tree portfast trunk" : " spanning-tree portfast");
        c.Line("!");
    }

    private static void AppendTrunkAllowed(HostPlan host, StringBuilder c)
    {
        c.Append(" switchport trunk allowed vlan ");
        for (var i = 0; i < host.TrunkVlans.Length; i++)
        {
            if (i > 0)
            {
                c.Append(',');
            }

            c.Append(host.TrunkVlans[i]);
        }

        c.Line();
    }

    private static bool IsUplinkConnected(HostPlan host, int uplink) => uplink == 0 || (uplink == 1 && host.UplinkPortChannel);

    /// <summary>VLANs the switch defines (besides 1 and the 1002–1005 defaults), ascending.</summary>
    private static int[] ConfiguredVlans(HostPlan host) =>
    [
        HostPlan.PrinterVlan, HostPlan.CameraVlan, HostPlan.AccessPointVlan, HostPlan.FacilityVlan,
        host.DataVlan, host.VoiceVlan, HostPlan.ManagementVlan, HostPlan.ParkingVlan,
    ];
}
