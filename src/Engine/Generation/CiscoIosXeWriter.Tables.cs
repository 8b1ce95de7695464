using System.Text;

namespace StateTrace.Engine.Generation;

internal sealed partial class CiscoIosXeWriter
{
    // The switch's own CPU entries that head every IOS-XE MAC table.
    private static readonly ulong[] CpuMacs =
    [
        0x01000CCCCCCC, 0x01000CCCCCCD, 0x0180C2000000, 0x0180C2000001, 0x0180C2000002, 0x0180C2000003,
        0x0180C2000004, 0x0180C2000005, 0x0180C2000006, 0x0180C2000007, 0x0180C2000008, 0x0180C2000009,
        0x0180C200000A, 0x0180C200000B, 0x0180C200000C, 0x0180C200000D, 0x0180C200000E, 0x0180C200000F,
        0x0180C2000010, 0x0180C2000021, 0xFFFFFFFFFFFF,
    ];

    private static void WriteInterfacesStatus(HostPlan host, CiscoDevice device, StringBuilder o)
    {
        o.Line();
        o.Line("Port         Name               Status       Vlan       Duplex  Speed Type");
        if (!device.IsLite)
        {
            StatusRow(o, "Gi0/0", "", "connected", "routed", "a-full", "a-1000", "10/100/1000BaseTX");
        }

        Span<char> vlan = stackalloc char[8];
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            var status = StatusText(port.State);

            var (duplex, speed) = port.State == PortState.Connected
                ? (port.HalfDuplex ? "a-half" : "a-full", port.SpeedMbps switch { 1000 => "a-1000", 100 => "a-100", _ => "a-10" })
                : ("auto", "auto");

            var vlanText = port.Trunk ? "trunk".AsSpan() : Format(port.Vlan, vlan);
            StatusRow(o, device.PortShort[i], port.Description, status, vlanText, duplex, speed, "10/100/1000BaseTX");
        }

        var uplinkSpeed = device.IsLite ? "1000" : "10G";
        for (var u = 0; u < CiscoDevice.UplinkCount; u++)
        {
            if (IsUplinkConnected(host, u))
            {
                StatusRow(o, device.UplinkShort[u], "Uplink to " + host.DistributionSwitch, "connected", "trunk", "full", uplinkSpeed, device.UplinkOptic);
            }
            else if (device.IsLite)
            {
                StatusRow(o, device.UplinkShort[u], "", "notconnect", "1", "auto", "auto", "Not Present");
            }
            else
            {
                StatusRow(o, device.UplinkShort[u], "", "notconnect", "1", "full", "10G", "unknown");
            }
        }

        if (host.UplinkPortChannel)
        {
            StatusRow(o, "Po1", "Uplink to " + host.DistributionSwitch, "connected", "trunk", "a-full", device.IsLite ? "a-1000" : "a-10G", "");
        }

        o.Line();
    }

    private static string StatusText(PortState state) => state switch
    {
        PortState.Connected => "connected",
        PortState.NotConnected => "notconnect",
        _ => "disabled",
    };

    private static void StatusRow(StringBuilder o, string port, string name, string status, ReadOnlySpan<char> vlan, string duplex, string speed, string type)
    {
        // IOS cuts the name to 18 characters; a longer description only shows in full in the config.
        o.Column(port, 13).Column(name, 18).Append(' ').Column(status, 13).Column(vlan, 11)
            .RightColumn(duplex, 6).Append(' ').RightColumn(speed, 6);
        if (type.Length > 0)
        {
            o.Append(' ').Append(type);
        }

        o.Line();
    }

    private static void WriteMacTable(HostPlan host, CiscoDevice device, StringBuilder o)
    {
        o.Line("          Mac Address Table");
        o.Line("-------------------------------------------");
        o.Line();
        o.Line("Vlan    Mac Address       Type        Ports");
        o.Line("----    -----------       --------    -----");
        foreach (var mac in CpuMacs)
        {
            MacRow(o, "All", mac, "STATIC", "CPU");
        }

        var count = CpuMacs.Length;
        var uplink = host.UplinkPortChannel ? "Po1" : device.UplinkShort[0];
        Span<char> vlanText = stackalloc char[8];
        foreach (var vlan in host.TrunkVlans)
        {
            var text = Format(vlan, vlanText);
            if (vlan == HostPlan.ManagementVlan)
            {
                MacRow(o, text, device.SviMac, "STATIC", "Vl900");
                count++;
            }

            for (var i = 0; i < host.Ports.Length; i++)
            {
                foreach (var endpoint in host.Ports[i].Endpoints)
                {
                    if (endpoint.Vlan == vlan)
                    {
                        MacRow(o, text, endpoint.Mac, "DYNAMIC", device.PortShort[i]);
                        count++;
                    }
                }
            }

            foreach (var (macVlan, mac) in host.UplinkMacs)
            {
                if (macVlan == vlan)
                {
                    MacRow(o, text, mac, "DYNAMIC", uplink);
                    count++;
                }
            }
        }

        o.Append(Invariant, $"Total Mac Addresses for this criterion: {count}\n");
    }

    private static void MacRow(StringBuilder o, ReadOnlySpan<char> vlan, ulong mac, string type, string port) =>
        o.RightColumn(vlan, 4).Append("    ").AppendDottedMac(mac).Append("    ").Column(type, 12).Line(port);

    private static void WriteVlanBrief(HostPlan host, CiscoDevice device, StringBuilder o)
    {
        o.Line();
        o.Line("VLAN Name                             Status    Ports");
        o.Line("---- -------------------------------- --------- -------------------------------");
        var ports = new List<string>(host.Ports.Length);
        for (var u = 0; u < CiscoDevice.UplinkCount; u++)
        {
            if (!IsUplinkConnected(host, u))
            {
                ports.Add(device.UplinkShort[u]);
            }
        }

        VlanRow(o, 1, "default", ports);
        foreach (var vlan in ConfiguredVlans(host))
        {
            ports.Clear();
            for (var i = 0; i < host.Ports.Length; i++)
            {
                var port = host.Ports[i];
                if (!port.Trunk && (port.Vlan == vlan || port.VoiceVlan == vlan))
                {
                    ports.Add(device.PortShort[i]);
                }
            }

            VlanRow(o, vlan, HostPlan.VlanName(vlan, host.Floor), ports);
        }

        o.Line("1002 fddi-default                     act/unsup ");
        o.Line("1003 token-ring-default               act/unsup ");
        o.Line("1004 fddinet-default                  act/unsup ");
        o.Line("1005 trnet-default                    act/unsup ");
    }

    private static void VlanRow(StringBuilder o, int vlan, string name, List<string> ports)
    {
        Span<char> text = stackalloc char[8];
        o.Column(Format(vlan, text), 5).Column(name, 33).Append("active    ");
        var lineLength = 0;
        foreach (var port in ports)
        {
            if (lineLength > 0 && lineLength + 2 + port.Length > 34)
            {
                o.Line().Append(' ', 48);
                lineLength = 0;
            }
            else if (lineLength > 0)
            {
                o.Append(", ");
                lineLength += 2;
            }

            o.Append(port);
            lineLength += port.Length;
        }

        o.Line();
    }

    private static void WriteAuthenticationSessions(HostPlan host, CiscoDevice device, StringBuilder o)
    {
        o.Line("Interface                MAC Address    Method  Domain  Status Fg  Session ID");
        o.Line("--------------------------------------------------------------------------------------------");
        var sessionPrefix = AddressHex(host.ManagementAddress);
        var count = 0;
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            if (port.Auth == AuthTemplate.Open)
            {
                continue;
            }

            foreach (var endpoint in port.Endpoints)
            {
                var (method, domain, status) = !endpoint.Authorized
                    ? ("N/A", "UNKNOWN", "Unauth")
                    : (endpoint.ByDot1x ? "dot1x" : "mab", endpoint.IsPhone ? "VOICE" : "DATA", "Auth");
                o.Column(device.PortShort[i], 25).AppendDottedMac(endpoint.Mac).Append(' ')
                    .Column(method, 8).Column(domain, 8).Column(status, 7).Append("    ")
                    .AppendHex(sessionPrefix, 8).AppendHex(endpoint.SessionTag, 8).AppendHex(endpoint.Mac & 0xFFFFFFFF, 8).Line();
                count++;
            }
        }

        o.Line();
        o.Append(Invariant, $"Session count = {count}\n");
        o.Line();
        o.Line("Key to Session Events Blocked Status Flags:");
        o.Line();
        o.Line("  A - Applying Policy (multi-line status for details)");
        o.Line("  D - Awaiting Removal");
        o.Line("  F - Final Removal in progress");
        o.Line("  I - Awaiting IIF ID allocation");
        o.Line("  P - Pushed Session");
        o.Line("  R - Removing User Profile (multi-line status for details)");
        o.Line("  U - Applying User Profile (multi-line status for details)");
        o.Line("  X - Unknown Blocker");
        o.Line();
        o.Line("Runnable methods list:");
        o.Line("   Handle  Priority  Name");
        o.Line("     13        5  dot1x");
        o.Line("     15       10  webauth");
        o.Line("     14       15  mab");
        o.Line();
    }

    private static ReadOnlySpan<char> Format(int value, Span<char> buffer)
    {
        value.TryFormat(buffer, out var written, default, Invariant);
        return buffer[..written];
    }

    private static ulong AddressHex(string dotted)
    {
        ulong value = 0;
        foreach (var range in dotted.AsSpan().Split('.'))
        {
            value = (value << 8) | byte.Parse(dotted.AsSpan(range), Invariant);
        }

        return value;
    }
}
