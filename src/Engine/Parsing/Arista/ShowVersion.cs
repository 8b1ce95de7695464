namespace StateTrace.Engine.Parsing.Arista;

/// <summary>What EOS <c>show version</c> says about the device; empty strings for what it does not print (vEOS has no serial).</summary>
public sealed record AristaVersionInfo(string Model, string Serial, string Version, string Uptime, string SystemMac, string HardwareVersion);

/// <summary>
/// Reads EOS <c>show version</c>: the model from the <c>Arista DCS-7150S-52-CL</c> line, the release as the first word
/// of <c>Software image version:</c> (cEOS adds <c>(engineering build)</c>), and the <c>Key: value</c> lines.
/// </summary>
internal static class ShowVersion
{
    public static AristaVersionInfo Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        string model = "", serial = "", version = "", uptime = "", systemMac = "", hardware = "";
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
            if (model.Length == 0 && line.StartsWith("Arista ", StringComparison.Ordinal))
            {
                model = line["Arista ".Length..].Trim().ToString();
            }
            else if (version.Length == 0 && DeviceText.TryKeyValue(line, "Software image version", out var image))
            {
                version = DeviceText.FirstToken(image).ToString();
            }
            else if (serial.Length == 0 && DeviceText.TryKeyValue(line, "Serial number", out var number))
            {
                serial = number.ToString();
            }
            else if (systemMac.Length == 0 && DeviceText.TryKeyValue(line, "System MAC address", out var mac))
            {
                systemMac = mac.ToString();
            }
            else if (hardware.Length == 0 && DeviceText.TryKeyValue(line, "Hardware version", out var hw))
            {
                hardware = hw.ToString();
            }
            else if (uptime.Length == 0 && DeviceText.TryKeyValue(line, "Uptime", out var up))
            {
                uptime = up.ToString();
            }
            else if (model.Length == 0 && (DeviceText.TryKeyValue(line, "Model", out var named) || DeviceText.TryKeyValue(line, "Model number", out named)))
            {
                model = named.ToString();
            }
        }

        if (version.Length == 0 && sawText)
        {
            report?.Invoke(firstLine, "show version: no 'Software image version:' line found; Version left empty.");
        }

        return new AristaVersionInfo(model, serial, version, uptime, systemMac, hardware);
    }
}
