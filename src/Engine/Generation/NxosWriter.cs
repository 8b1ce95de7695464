using System.Globalization;
using System.Text;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Generation;

/// <summary>
/// Cisco NX-OS session logs of Nexus 93180YC server switches (<c>host# show …</c>), laid out as NX-OS 9.3/10.x prints
/// them (tests/fixtures/ntc-more/cisco_nxos): the version banner, running-config, <c>show interface status</c> with
/// its 9-character status column (<c>notconnec</c>, <c>xcvrAbsen</c>), the MAC table, CDP and LLDP neighbours, VLANs.
/// </summary>
internal sealed partial class NxosWriter : ISessionWriter
{
    public static readonly NxosWriter Instance = new();

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] CaptureCommands =
    [
        "terminal length 0",
        "show version",
        "show running-config",
        "show interface status",
        "show mac address-table",
        "show cdp neighbors detail",
        "show lldp neighbors detail",
        "show vlan brief",
        "exit",
    ];

    private static readonly string Licences = Lf("""
        Cisco Nexus Operating System (NX-OS) Software
        TAC support: http://www.cisco.com/tac
        Copyright (C) 2002-{0}, Cisco and/or its affiliates.
        All rights reserved.
        The copyrights to certain works contained in this software are
        owned by other third parties and used and distributed under their own
        licenses, such as open source.  This software is provided "as is," and unless
        otherwise stated, there is no warranty, express or implied, including but not
        limited to warranties of merchantability and fitness for a particular purpose.
        Certain components of this software are licensed under
        the GNU General Public License (GPL) version 2.0 or 
        GNU General Public License (GPL) version 3.0  or the GNU
        Lesser General Public License (LGPL) Version 2.1 or 
        Lesser General Public License (LGPL) Version 2.0. 
        A copy of each such license is available at
        http://www.opensource.org/licenses/gpl-2.0.php and
        http://opensource.org/licenses/gpl-3.0.html and
        http://www.opensource.org/licenses/lgpl-2.1.php and
        http://www.gnu.org/licenses/old-licenses/library.txt.

        """);

    private NxosWriter()
    {
    }

    public string Platform => Platforms.CiscoNxos;

    public IReadOnlyList<string> Commands => CaptureCommands;

    public PortView View(HostPlan host, int index, PortPlan port) =>
        new(PortName(index), StatusText(port), port.Trunk ? "trunk" : port.Vlan.ToString(Invariant), port.Description);

    public void Write(HostPlan host, StringBuilder output)
    {
        var device = new NxosDevice(host);
        foreach (var command in CaptureCommands)
        {
            output.Append(host.Hostname).Append("# ").Line(command);
            switch (command)
            {
                case "show version":
                    WriteVersion(host, device, output);
                    break;
                case "show running-config":
                    WriteRunningConfig(host, device, output);
                    break;
                case "show interface status":
                    WriteInterfaceStatus(host, output);
                    break;
                case "show mac address-table":
                    WriteMacTable(host, device, output);
                    break;
                case "show cdp neighbors detail":
                    WriteCdpNeighbors(host, device, output);
                    break;
                case "show lldp neighbors detail":
                    WriteLldpNeighbors(host, device, output);
                    break;
                case "show vlan brief":
                    WriteVlanBrief(host, output);
                    break;
            }
        }
    }

    internal static string PortName(int index) => string.Create(Invariant, $"Eth1/{index + 1}");

    /// <summary>NX-OS cuts the status to 9 characters: <c>notconnect</c> prints as <c>notconnec</c>.</summary>
    private static string StatusText(PortPlan port) => port.State switch
    {
        PortState.Connected => "connected",
        PortState.Disabled => "disabled",
        _ when port.Role == PortRole.Spare => "xcvrAbsen",
        _ => "notconnec",
    };

    private static void WriteVersion(HostPlan host, NxosDevice device, StringBuilder o)
    {
        var release = device.Release;
        o.Append(string.Format(Invariant, Licences, release.Year));
        o.Line("Software");
        o.Append("  BIOS: version ").Line(device.Bios);
        o.Append("  NXOS: version ").Append(release.Version).Line(release.Label);
        o.Line("  BIOS compile time:  04/08/2021");
        o.Append("  NXOS image file is: bootflash:///").Line(release.Image);
        o.Append("  NXOS compile time:  ").Line(release.Compiled);
        o.Line().Line();
        o.Line("Hardware");
        o.Append("  cisco Nexus9000 ").Append(device.Chassis).Line(" chassis ");
        o.Line("  Intel(R) Xeon(R) CPU  @ 1.80GHz with 24632568 kB of memory.");
        o.Append("  Processor Board ID ").Line(device.Serial);
        o.Line();
        o.Append("  Device name: ").Line(host.Hostname);
        o.Line("  bootflash:   53298520 kB");
        var (days, hours, minutes, seconds) = DeviceCommon.Split(host);
        o.Append(Invariant, $"Kernel uptime is {days} day(s), {hours} hour(s), {minutes} minute(s), {seconds} second(s)\n");
        o.Line();
        o.Append(Invariant, $"Last reset at {device.ResetMicros} usecs after ")
            .Line(DeviceCommon.BootedAt(host).ToString("ddd MMM d HH:mm:ss yyyy", Invariant));
        o.Line("  Reason: Reset Requested by CLI command reload");
        o.Append("  System version: ").Line(device.PreviousVersion);
        o.Line("  Service: ");
        o.Line();
        o.Line("plugin");
        o.Line("  Core Plugin, Ethernet Plugin");
        o.Line();
        o.Line("Active Package(s):");
        o.Line(" ");
    }

    private static void WriteInterfaceStatus(HostPlan host, StringBuilder o)
    {
        o.Line();
        o.Line("--------------------------------------------------------------------------------");
        o.Line("Port          Name               Status    Vlan      Duplex  Speed   Type");
        o.Line("--------------------------------------------------------------------------------");
        StatusRow(o, "mgmt0", "--", "connected", "routed", "full", "1000", "--");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            var up = port.State == PortState.Connected;
            var type = port.State == PortState.NotConnected && port.Role == PortRole.Spare ? "--" : TypeOf(port);
            StatusRow(o, PortName(i), Name(port.Description), StatusText(port), port.Trunk ? "trunk" : port.Vlan.ToString(Invariant),
                up ? "full" : "auto", up ? SpeedText(port.SpeedMbps) : "auto", type);
        }

        var uplinks = DeviceCommon.ConnectedUplinks(host);
        for (var u = 0; u < NxosDevice.UplinkCount; u++)
        {
            if (u < uplinks)
            {
                StatusRow(o, NxosDevice.UplinkName(u), Name("Uplink to " + host.DistributionSwitch), "connected", "trunk", "full", "100G", "QSFP-100G-SR4-S");
            }
            else
            {
                StatusRow(o, NxosDevice.UplinkName(u), "--", "xcvrAbsen", "1", "auto", "auto", "--");
            }
        }

        if (host.UplinkPortChannel)
        {
            StatusRow(o, "Po1", Name("Uplink to " + host.DistributionSwitch), "connected", "trunk", "full", "100G", "--");
        }

        StatusRow(o, "Vlan1", "--", "down", "routed", "auto", "auto", "--");
        StatusRow(o, "Vlan900", "MGMT", "connected", "routed", "auto", "auto", "--");
        o.Line();
    }

    private static string Name(string description) => description.Length == 0 ? "--" : description;

    private static void StatusRow(StringBuilder o, string port, string name, string status, string vlan, string duplex, string speed, string type) =>
        o.Column(port, 14).Column(name, 18).Append(' ').Column(status, 10).Column(vlan, 10).Column(duplex, 8).Column(speed, 8).Line(type);

    private static string SpeedText(int mbps) => mbps switch
    {
        >= 1000 and < 10000 => "1000",
        _ when mbps % 1000 == 0 => string.Create(Invariant, $"{mbps / 1000}G"),
        _ => mbps.ToString(Invariant),
    };

    /// <summary>The transceiver NX-OS reports: by the link's speed when up, by what the role is cabled with when down.</summary>
    private static string TypeOf(PortPlan port)
    {
        var speed = port.SpeedMbps > 0 ? port.SpeedMbps : port.Role switch
        {
            PortRole.Hypervisor or PortRole.Storage => 25000,
            PortRole.OutOfBand => 1000,
            _ => 10000,
        };

        return speed switch
        {
            25000 => "SFP-H25GB-CU3M",
            10000 => "10Gbase-SR",
            _ => "1000base-T",
        };
    }

    private static void WriteMacTable(HostPlan host, NxosDevice device, StringBuilder o)
    {
        o.Line("Legend: ");
        o.Line("        * - primary entry, G - Gateway MAC, (R) - Routed MAC, O - Overlay MAC");
        o.Line("        age - seconds since last seen,+ - primary entry using vPC Peer-Link,");
        o.Line("        (T) - True, (F) - False, C - ControlPlane MAC, ~ - vsan,");
        o.Line("        (NA)- Not Applicable");
        o.Line("   VLAN     MAC Address      Type      age     Secure NTFY Ports");
        o.Line("---------+-----------------+--------+---------+------+----+------------------");
        MacRow(o, 'G', "-", device.SystemMac, "static", "-", "sup-eth1(R)");
        var uplink = host.UplinkPortChannel ? "Po1" : NxosDevice.UplinkName(0);
        foreach (var vlan in host.TrunkVlans)
        {
            var text = vlan.ToString(Invariant);
            for (var i = 0; i < host.Ports.Length; i++)
            {
                foreach (var endpoint in host.Ports[i].Endpoints)
                {
                    if (endpoint.Vlan == vlan)
                    {
                        MacRow(o, '*', text, endpoint.Mac, "dynamic", "0", PortName(i));
                    }
                }
            }

            foreach (var (macVlan, mac) in host.UplinkMacs)
            {
                if (macVlan == vlan)
                {
                    MacRow(o, '*', text, mac, "dynamic", "0", uplink);
                }
            }
        }

        o.Line();
    }

    private static void MacRow(StringBuilder o, char flag, string vlan, ulong mac, string type, string age, string port) =>
        o.Append(flag).RightColumn(vlan, 6).Append("     ").AppendDottedMac(mac).Append("   ")
            .Column(type, 10).Column(age, 8).Column("F", 7).Column("F", 5).Line(port);

    private static void WriteVlanBrief(HostPlan host, StringBuilder o)
    {
        o.Line();
        o.Line("VLAN Name                             Status    Ports");
        o.Line("---- -------------------------------- --------- -------------------------------");
        var uplinks = DeviceCommon.ConnectedUplinks(host);
        var uplinkMembers = new List<string>();
        if (host.UplinkPortChannel)
        {
            uplinkMembers.Add("Po1");
        }
        else
        {
            uplinkMembers.Add(NxosDevice.UplinkName(0));
        }

        var ports = new List<string>();
        for (var u = uplinks; u < NxosDevice.UplinkCount; u++)
        {
            ports.Add(NxosDevice.UplinkName(u));
        }

        VlanRow(o, 1, "default", ports);
        foreach (var vlan in DeviceCommon.ConfiguredVlans(host))
        {
            ports.Clear();
            if (host.TrunkVlans.Contains(vlan))
            {
                ports.AddRange(uplinkMembers);
            }

            for (var i = 0; i < host.Ports.Length; i++)
            {
                var port = host.Ports[i];
                if (port.Vlan == vlan || (port.Trunk && NxosDevice.TrunkAllowed.Contains(vlan)))
                {
                    ports.Add(PortName(i));
                }
            }

            VlanRow(o, vlan, HostPlan.VlanName(vlan, host.Floor), ports);
        }

        o.Line();
    }

    private static void VlanRow(StringBuilder o, int vlan, string name, List<string> ports)
    {
        var lines = DeviceCommon.Wrap(ports, ", ", 31);
        o.Column(vlan.ToString(Invariant), 5).Column(name, 33).Append("active    ").Line(lines[0]);
        for (var i = 1; i < lines.Count; i++)
        {
            o.Append(' ', 48).Line(lines[i]);
        }
    }

    private static string Lf(string text) => text.Replace("\r", "", StringComparison.Ordinal);
}
