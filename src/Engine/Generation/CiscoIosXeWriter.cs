using System.Globalization;
using System.Text;

namespace StateTrace.Engine.Generation;

/// <summary>
/// Cisco IOS-XE session logs of Catalyst 9300/9200L access switches, each command's output laid out as the devices
/// print it (column widths, trailing spaces and all), so the parsers meet here what they meet in the field.
/// </summary>
internal sealed partial class CiscoIosXeWriter : ISessionWriter
{
    public static readonly CiscoIosXeWriter Instance = new();

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The commands of the canonical capture (original-system §1.1), in capture order.</summary>
    internal static readonly string[] CaptureCommands =
    [
        "terminal length 0",
        "show version",
        "show running-config",
        "show interfaces status",
        "show mac address-table",
        "show cdp neighbors detail",
        "show lldp neighbors detail",
        "show spanning-tree",
        "show vlan brief",
        "show interfaces",
        "show authentication sessions",
        "exit",
    ];

    // Multi-line boilerplate is kept LF-only whatever line ends this source file was checked out with.
    private static readonly string GplNotice = Lf("""
        All rights reserved.  Certain components of Cisco IOS-XE software are
        licensed under the GNU General Public License ("GPL") Version 2.0.  The
        software code licensed under GPL Version 2.0 is free software that comes
        with ABSOLUTELY NO WARRANTY.  You can redistribute and/or modify such
        GPL code under the terms of GPL Version 2.0.  For more details, see the
        documentation or "License Notice" file accompanying the IOS-XE software,
        or the applicable URL provided on the flyer accompanying the IOS-XE
        software.


        ROM: IOS-XE ROMMON

        """);

    private static readonly string CryptoNotice = Lf("""
        System image file is "flash:packages.conf"
        Last reload reason: Reload Command



        This product contains cryptographic features and is subject to United
        States and local country laws governing import, export, transfer and
        use. Delivery of Cisco cryptographic products does not imply
        third-party authority to import, export, distribute or use encryption.
        Importers, exporters, distributors and users are responsible for
        compliance with U.S. and local country laws. By using this product you
        agree to comply with applicable laws and regulations. If you are unable
        to comply with U.S. and local laws, return this product immediately.

        A summary of U.S. laws governing Cisco cryptographic products may be found at:
        http://www.cisco.com/wwl/export/crypto/tool/stqrg.html

        If you require further assistance please contact us by sending email to
        export@cisco.com.



        """);

    private CiscoIosXeWriter()
    {
    }

    public string Platform => Parsing.Platforms.CiscoIos;

    public IReadOnlyList<string> Commands => CaptureCommands;

    public PortView View(HostPlan host, int index, PortPlan port) => new(
        CiscoDevice.ShortName(index),
        StatusText(port.State),
        port.Trunk ? "trunk" : port.Vlan.ToString(Invariant),
        port.Description);

    public void Write(HostPlan host, StringBuilder output)
    {
        var device = new CiscoDevice(host);
        var config = new StringBuilder(host.Ports.Length * 420);
        foreach (var command in CaptureCommands)
        {
            if (command == "show interfaces" && !device.CapturesInterfaces)
            {
                continue;
            }

            output.Append(host.Hostname).Append('#').Line(command);
            switch (command)
            {
                case "show version":
                    WriteVersion(host, device, output);
                    break;
                case "show running-config":
                    WriteRunningConfig(host, device, output, config);
                    break;
                case "show interfaces status":
                    WriteInterfacesStatus(host, device, output);
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
                case "show spanning-tree":
                    WriteSpanningTree(host, device, output);
                    break;
                case "show vlan brief":
                    WriteVlanBrief(host, device, output);
                    break;
                case "show interfaces":
                    WriteInterfaces(host, device, output);
                    break;
                case "show authentication sessions":
                    WriteAuthenticationSessions(host, device, output);
                    break;
            }
        }
    }

    private static void WriteVersion(HostPlan host, CiscoDevice device, StringBuilder o)
    {
        var release = device.Release;
        var family = device.IsLite ? "Catalyst L3 Switch Software (CAT9K_LITE_IOSXE)" : "Catalyst L3 Switch Software (CAT9K_IOSXE)";
        o.Append(Invariant, $"Cisco IOS XE Software, Version {release.Long}\n");
        o.Append(Invariant, $"Cisco IOS Software [{release.Codename}], {family}, Version {release.Short}, RELEASE SOFTWARE ({release.Fc})\n");
        o.Line("Technical Support: http://www.cisco.com/techsupport");
        o.Append(Invariant, $"Copyright (c) 1986-{release.Year} by Cisco Systems, Inc.\n");
        o.Append(Invariant, $"Compiled {release.Compiled} by mcpre\n");
        o.Line().Line();
        o.Append(Invariant, $"Cisco IOS-XE software, Copyright (c) 2005-{release.Year} by cisco Systems, Inc.\n");
        o.Append(GplNotice);
        o.Append(Invariant, $"BOOTLDR: System Bootstrap, Version {release.Rommon}, RELEASE SOFTWARE (P)\n");
        o.Line();
        o.Append(host.Hostname).Append(" uptime is ").Line(CiscoDevice.Uptime(host.UptimeMinutes));
        o.Append("Uptime for this control processor is ").Line(CiscoDevice.Uptime(host.UptimeMinutes + 6));
        o.Append("System returned to ROM by Reload Command at ").Line(CiscoDevice.Clock(device.LastReload.AddSeconds(-212)));
        o.Append("System restarted at ").Line(CiscoDevice.Clock(device.LastReload));
        o.Append(CryptoNotice);
        o.Line("Technology Package License Information: ");
        o.Line();
        o.Line("------------------------------------------------------------------------------");
        o.Line("Technology-package                                     Technology-package");
        o.Line("Current                        Type                       Next reboot  ");
        o.Line("------------------------------------------------------------------------------");
        if (device.IsLite)
        {
            o.Line("network-essentials      Smart License                    network-essentials  ");
            o.Line("dna-essentials          Subscription Smart License       dna-essentials                ");
        }
        else
        {
            o.Line("network-advantage       Smart License                    network-advantage   ");
            o.Line("dna-advantage           Subscription Smart License       dna-advantage                 ");
            o.Line("AIR License Level: AIR DNA Advantage");
            o.Line("Next reload AIR license Level: AIR DNA Advantage");
        }

        o.Line().Line();
        o.Line("Smart Licensing Status: Registration Not Applicable/Not Applicable");
        o.Line();
        var ports = host.Ports.Length;
        if (device.IsLite)
        {
            o.Append(Invariant, $"cisco {device.Models[0]} (ARM64) processor (revision V01) with 600201K/3071K bytes of memory.\n");
        }
        else
        {
            o.Append(Invariant, $"cisco {device.Models[0]} (X86) processor with 1338934K/6147K bytes of memory.\n");
        }

        o.Append("Processor board ID ").Line(device.Serials[0]);
        o.Line("Running default software");
        o.Append(Invariant, $"{(device.IsLite ? 1 : 8) * device.Members} Virtual Ethernet interfaces\n");
        o.Append(Invariant, $"{ports + (device.IsLite ? CiscoDevice.UplinkCount : 4 * device.Members)} Gigabit Ethernet interfaces\n");
        if (!device.IsLite)
        {
            o.Append(Invariant, $"{CiscoDevice.UplinkCount * 2 * device.Members} Ten Gigabit Ethernet interfaces\n");
        }

        o.Line("2048K bytes of non-volatile configuration memory.");
        o.Line(device.IsLite ? "4194304K bytes of physical memory." : "8388608K bytes of physical memory.");
        o.Line("1638400K bytes of Crash Files at crashinfo:.");
        o.Line(device.IsLite ? "819200K bytes of Flash at flash:." : "11264000K bytes of Flash at flash:.");
        o.Line();
        WriteMemberInventory(device, 0, o);
        o.Line().Line();
        o.Line("Switch Ports Model              SW Version        SW Image              Mode   ");
        o.Line("------ ----- -----              ----------        ----------            ----   ");
        for (var m = 0; m < device.Members; m++)
        {
            var memberPorts = Math.Min(CiscoDevice.PortsPerMember, ports - (m * CiscoDevice.PortsPerMember)) + (device.IsLite ? 4 : 14);
            o.Append(m == 0 ? '*' : ' ').Append(Invariant, $"{m + 1,5} ").Column(memberPorts.ToString(Invariant), 6)
                .Column(device.Models[m], 19).Column(release.Long, 18).Column(device.Image, 22).Line("INSTALL");
        }

        for (var m = 1; m < device.Members; m++)
        {
            o.Line().Line();
            o.Append(Invariant, $"Switch {m + 1:D2}\n");
            o.Line("---------");
            o.Append("Switch uptime                      : ").Append(CiscoDevice.Uptime(Math.Max(0, host.UptimeMinutes - 2 - m))).Line(" ");
            o.Line();
            WriteMemberInventory(device, m, o);
        }

        o.Line().Line();
        o.Line("Configuration register is 0x102");
        o.Line();
    }

    private static string Lf(string text) => text.Replace("\r", "", StringComparison.Ordinal);

    private static void WriteMemberInventory(CiscoDevice device, int member, StringBuilder o)
    {
        o.Append("Base Ethernet MAC Address          : ").AppendColonMac(device.BaseMacs[member]).Line();
        o.Line(device.IsLite ? "Motherboard Assembly Number        : 73-19181-05" : "Motherboard Assembly Number        : 73-17956-04");
        o.Append("Motherboard Serial Number          : ").Line(device.BoardSerials[member]);
        o.Line("Model Revision Number              : A0");
        o.Line("Motherboard Revision Number        : A0");
        o.Append("Model Number                       : ").Line(device.Models[member]);
        o.Append("System Serial Number               : ").Line(device.Serials[member]);
        o.Line(device.IsLite ? "CLEI Code Number                   : INM1S00ARA" : "CLEI Code Number                   : CMM1S00DRA");
    }
}
