namespace StateTrace.Engine.Parsing.Nxos;

/// <summary>What NX-OS <c>show version</c> says about the device.</summary>
/// <param name="Hostname">From <c>Device name:</c>.</param>
/// <param name="Version">The release alone (<c>10.3(6)</c>), without the <c>[Maintenance Release]</c> or <c>[build …]</c> note.</param>
/// <param name="Model">The chassis model: <c>C93180YC-EX</c> from <c>cisco Nexus9000 C93180YC-EX chassis</c>.</param>
/// <param name="Serial">From <c>Processor Board ID</c>.</param>
public sealed record NxosVersionInfo(
    string Hostname, string Version, string Model, string Serial, string Uptime, string Bios, string BootImage, string LastResetReason);

/// <summary>
/// Reads NX-OS <c>show version</c>. The release comes from <c>NXOS: version</c> (7.x and later) or <c>system: version</c>
/// (older and ACI), then <c>kickstart: version</c>; never from <c>System version:</c> under <c>Last reset</c>, which is
/// the release that was running before the last reload.
/// </summary>
internal static class ShowVersion
{
    public static NxosVersionInfo Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        string hostname = "", nxos = "", system = "", kickstart = "", model = "", serial = "", uptime = "", bios = "";
        string nxosImage = "", kickstartImage = "", systemImage = "", reason = "";
        var inHardware = false;
        var sawText = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.Trim();
            if (line.IsEmpty || DeviceText.IsPrompt(raw))
            {
                continue;
            }

            sawText = true;
            if (!DeviceText.IsIndented(raw))
            {
                inHardware = line is "Hardware";
            }

            if (DeviceText.TryKeyValue(line, "NXOS", out var value))
            {
                nxos = nxos.Length > 0 ? nxos : Release(value);
            }
            else if (DeviceText.TryKeyValue(line, "system", out value))
            {
                system = system.Length > 0 ? system : Release(value);
            }
            else if (DeviceText.TryKeyValue(line, "kickstart", out value))
            {
                kickstart = kickstart.Length > 0 ? kickstart : Release(value);
            }
            else if (DeviceText.TryKeyValue(line, "BIOS", out value))
            {
                bios = bios.Length > 0 ? bios : Release(value);
            }
            else if (DeviceText.TryKeyValue(line, "NXOS image file is", out value))
            {
                nxosImage = value.ToString();
            }
            else if (DeviceText.TryValueAfter(line, "kickstart image file is:", out value))
            {
                kickstartImage = value.ToString();
            }
            else if (DeviceText.TryValueAfter(line, "system image file is:", out value))
            {
                systemImage = value.ToString();
            }
            else if (DeviceText.TryKeyValue(line, "Device name", out value))
            {
                hostname = value.ToString();
            }
            else if (DeviceText.TryValueAfter(line, "Processor Board ID ", out value))
            {
                serial = serial.Length > 0 ? serial : DeviceText.FirstToken(value).ToString();
            }
            else if (DeviceText.TryValueAfter(line, "Kernel uptime is ", out value))
            {
                uptime = value.ToString();
            }
            else if (reason.Length == 0 && DeviceText.TryKeyValue(line, "Reason", out value))
            {
                reason = value.ToString();
            }
            else if (inHardware && model.Length == 0 && line.StartsWith("cisco ", StringComparison.OrdinalIgnoreCase))
            {
                model = ChassisModel(line["cisco ".Length..]);
            }
        }

        var version = nxos.Length > 0 ? nxos : system.Length > 0 ? system : kickstart;
        if (version.Length == 0 && sawText)
        {
            report?.Invoke(firstLine, "show version: no 'NXOS: version' or 'system: version' line found; Version left empty.");
        }

        var image = nxosImage.Length > 0 ? nxosImage : kickstartImage.Length > 0 ? kickstartImage : systemImage;
        return new NxosVersionInfo(hostname, version, model, serial, uptime, bios, image, reason);
    }

    // "version 10.3(6) [Maintenance Release]" → 10.3(6); "version 14.0(1h) [build 14.0(1h)]" → 14.0(1h).
    private static string Release(ReadOnlySpan<char> value)
    {
        if (value.StartsWith("version ", StringComparison.OrdinalIgnoreCase))
        {
            value = value["version ".Length..];
        }

        return DeviceText.FirstToken(value).ToString();
    }

    // "Nexus9000 C9396PX Chassis" → C9396PX; "Nexus5548 Chassis ("O2 32X10GE…")" → Nexus5548;
    // "N9K-C9396PX ("supervisor")" → N9K-C9396PX: the words before "Chassis" or "(", the last of them.
    private static string ChassisModel(ReadOnlySpan<char> rest)
    {
        var model = ReadOnlySpan<char>.Empty;
        foreach (var range in rest.SplitAny(" \t"))
        {
            var word = rest[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (word[0] == '(' || word.Equals("chassis", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            model = word;
        }

        return model.ToString();
    }
}
