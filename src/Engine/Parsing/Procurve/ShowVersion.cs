namespace StateTrace.Engine.Parsing.Procurve;

/// <summary>What ProCurve / AOS-Switch <c>show version</c> says.</summary>
/// <param name="Version">The release under <c>Image stamp:</c> (<c>WC.16.10.0009</c>), or after <c>Version</c> on ArubaOS.</param>
/// <param name="BootImage">Primary or Secondary.</param>
/// <param name="Model">Only ArubaOS prints one (<c>ArubaOS (MODEL: 310)</c>); switches name it in <c>show system</c>
/// or the configuration header.</param>
public sealed record ProcurveVersion(string Version, string BootImage, string BootRomVersion, string Model, string Uptime);

/// <summary>
/// Reads <c>show version</c>. AOS-Switch prints the image stamp over several indented lines (build path, date,
/// release, build number); the release is the line shaped like <c>WC.16.10.0009</c> or <c>K.15.06.0017</c>.
/// The ArubaOS form (<c>ArubaOS (MODEL: 310), Version 01.01.0.1 SSR</c>, <c>AP uptime is …</c>) is read too.
/// </summary>
internal static class ShowVersion
{
    public static ProcurveVersion Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        string version = "", bootImage = "", bootRom = "", model = "", uptime = "";
        var inStamp = false;
        var sawText = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            sawText = true;
            if (DeviceText.TryValueAfter(line, "Image stamp:", out var stamp))
            {
                inStamp = true;
                version = IsRelease(stamp) ? stamp.ToString() : version;
                continue;
            }

            if (inStamp && DeviceText.IsIndented(raw))
            {
                if (version.Length == 0 && IsRelease(line))
                {
                    version = line.ToString();
                }

                continue;
            }

            inStamp = false;
            if (DeviceText.TryKeyValue(line, "Boot Image", out var boot))
            {
                bootImage = boot.ToString();
            }
            else if (DeviceText.TryKeyValue(line, "Boot ROM Version", out var rom))
            {
                bootRom = rom.ToString();
            }
            else if (line.StartsWith("ArubaOS", StringComparison.OrdinalIgnoreCase))
            {
                ReadArubaOs(line, ref model, ref version);
            }
            else if (uptime.Length == 0 && line.Contains("uptime is ", StringComparison.OrdinalIgnoreCase))
            {
                uptime = line[(line.IndexOf("uptime is ", StringComparison.OrdinalIgnoreCase) + "uptime is ".Length)..].Trim().ToString();
            }
        }

        if (sawText && version.Length == 0)
        {
            report?.Invoke(firstLine, "show version: no 'Image stamp' release found; Version left empty.");
        }

        return new ProcurveVersion(version, bootImage, bootRom, model, uptime);
    }

    // "WC.16.10.0009", "K.15.06.0017", "YA.16.02.0012": one to three letters, a dot, then digits and dots.
    public static bool IsRelease(ReadOnlySpan<char> text)
    {
        var dot = text.IndexOf('.');
        return dot is >= 1 and <= 3 && !text[..dot].ContainsAnyExceptInRange('A', 'Z') && dot + 1 < text.Length
            && char.IsAsciiDigit(text[dot + 1]) && !text[dot..].ContainsAnyExcept("0123456789.");
    }

    // "ArubaOS (MODEL: 310), Version 01.01.0.1 SSR"
    private static void ReadArubaOs(ReadOnlySpan<char> line, ref string model, ref string version)
    {
        var open = line.IndexOf("MODEL:", StringComparison.OrdinalIgnoreCase);
        var close = line.IndexOf(')');
        if (open >= 0 && close > open)
        {
            model = line[(open + "MODEL:".Length)..close].Trim().ToString();
        }

        var at = line.IndexOf(", Version ", StringComparison.Ordinal);
        if (at >= 0 && version.Length == 0)
        {
            version = line[(at + ", Version ".Length)..].Trim().ToString();
        }
    }
}
