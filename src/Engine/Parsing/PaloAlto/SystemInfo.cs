namespace StateTrace.Engine.Parsing.PaloAlto;

/// <summary>What PAN-OS <c>show system info</c> says about the firewall (management port, model, software).</summary>
public sealed record PanosSystemInfo(
    string Hostname,
    string IpAddress,
    string Netmask,
    string DefaultGateway,
    string MacAddress,
    string Uptime,
    string Family,
    string Model,
    string Serial,
    string Version,
    string PlatformFamily,
    string VmMode,
    string VmLicense,
    string VpnDisableMode,
    string MultiVsys,
    string OperationalMode,
    string Location);

/// <summary>
/// Reads <c>show system info</c>: <c>key: value</c> lines (<c>sw-version: 10.1.6</c>, <c>uptime: 2 days, 2:38:49</c>).
/// The key ends at the first colon, so values holding colons (times, IPv6, MACs) stay whole.
/// </summary>
internal static class SystemInfo
{
    public static PanosSystemInfo Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        string hostname = "", ip = "", netmask = "", gateway = "", mac = "", uptime = "", family = "", model = "", serial = "";
        string version = "", platformFamily = "", vmMode = "", vmLicense = "", vpnDisable = "", multiVsys = "", mode = "", location = "";
        var sawText = false;
        var known = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.Trim();
            sawText |= !line.IsEmpty;
            var colon = line.IndexOf(':');
            if (colon <= 0 || DeviceText.IsPrompt(raw))
            {
                continue;
            }

            var value = line[(colon + 1)..].Trim();
            switch (line[..colon])
            {
                case "hostname":
                    hostname = value.ToString();
                    break;
                case "ip-address":
                    ip = value.ToString();
                    break;
                case "netmask":
                    netmask = value.ToString();
                    break;
                case "default-gateway":
                    gateway = value.ToString();
                    break;
                case "mac-address":
                    mac = value.ToString();
                    break;
                case "uptime":
                    uptime = value.ToString();
                    break;
                case "family":
                    family = value.ToString();
                    break;
                case "model":
                    model = value.ToString();
                    break;
                case "serial":
                    serial = value.ToString();
                    break;
                case "sw-version":
                    version = value.ToString();
                    break;
                case "platform-family":
                    platformFamily = value.ToString();
                    break;
                case "vm-mode":
                    vmMode = value.ToString();
                    break;
                case "vm-license":
                    vmLicense = value.ToString();
                    break;
                case "vpn-disable-mode":
                    vpnDisable = value.ToString();
                    break;
                case "multi-vsys":
                    multiVsys = value.ToString();
                    break;
                case "operational-mode":
                    mode = value.ToString();
                    break;
                case "device-location" or "location":
                    location = value.ToString();
                    break;
                default:
                    continue;
            }

            known = true;
        }

        if (sawText && !known)
        {
            report?.Invoke(firstLine, "show system info: no 'hostname:', 'model:' or 'sw-version:' lines found; nothing read.");
        }

        return new PanosSystemInfo(
            hostname, ip, netmask, gateway, mac, uptime, family, model, serial, version, platformFamily, vmMode, vmLicense, vpnDisable,
            multiVsys, mode, location);
    }
}
