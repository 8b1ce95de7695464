namespace StateTrace.Engine.Parsing.Brocade;

/// <summary>What FastIron's <c>show version</c> says about the device; a stack lists one serial per unit.</summary>
/// <param name="Make">Ruckus or Brocade, from the copyright line (Brocade when the capture names neither).</param>
/// <param name="Hardware">As printed after <c>HW:</c> (<c>Stackable ICX7150-48P</c>).</param>
/// <param name="Model">The hardware without the <c>Stackable</c>/<c>Chassis</c> word (<c>ICX7150-48P</c>).</param>
/// <param name="Version">The first unit's <c>SW: Version</c> (<c>08.0.90T213</c>).</param>
/// <param name="Uptime">The first <c>uptime is</c> value (the active unit's on a stack).</param>
public sealed record FastIronVersion(
    string Make, string Hardware, string Model, string Version, IReadOnlyList<string> Serial, string Uptime);

/// <summary>
/// Reads FastIron/ICX <c>show version</c>. The original took the model only when <c>HW:</c> said <c>Stackable</c>;
/// chassis and fixed switches (<c>HW: Chassis FastIron SX 800</c>) are read too.
/// </summary>
internal static class ShowVersion
{
    private const string Uptime = "uptime is ";

    public static FastIronVersion Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        string make = "", hardware = "", model = "", version = "", uptime = "";
        List<string>? serials = null;
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
            if (make.Length == 0)
            {
                make = MakeOf(line);
            }

            if (version.Length == 0 && DeviceText.TryValueAfter(line, "SW: Version ", out var sw))
            {
                version = DeviceText.FirstToken(sw).ToString();
            }
            else if (hardware.Length == 0 && DeviceText.TryValueAfter(line, "HW:", out var hw) && !hw.IsEmpty)
            {
                hardware = hw.ToString();
                model = ModelOf(hw);
            }
            else if (line.StartsWith("Serial", StringComparison.OrdinalIgnoreCase) && TrySerial(line, out var serial))
            {
                (serials ??= []).Add(serial);
            }
            else if (uptime.Length == 0)
            {
                var at = line.IndexOf(Uptime, StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    uptime = line[(at + Uptime.Length)..].Trim().ToString();
                }
            }
        }

        if (sawText && version.Length == 0)
        {
            report?.Invoke(firstLine, "show version: no 'SW: Version' line found; Version left empty.");
        }

        return new FastIronVersion(make.Length == 0 ? "Brocade" : make, hardware, model, version, serials ?? [], uptime);
    }

    // "Copyright (c) Ruckus Networks, Inc." on 08.0.8x and later, "Brocade Communications Systems" before.
    private static string MakeOf(ReadOnlySpan<char> line)
    {
        if (line.Contains("Ruckus", StringComparison.OrdinalIgnoreCase) || line.Contains("CommScope", StringComparison.OrdinalIgnoreCase))
        {
            return "Ruckus";
        }

        return line.Contains("Brocade", StringComparison.OrdinalIgnoreCase) || line.Contains("Foundry", StringComparison.OrdinalIgnoreCase)
            ? "Brocade"
            : "";
    }

    private static string ModelOf(ReadOnlySpan<char> hardware)
    {
        foreach (var word in (ReadOnlySpan<string>)["Stackable ", "Chassis "])
        {
            if (hardware.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return hardware[word.Length..].Trim().ToString();
            }
        }

        return hardware.ToString();
    }

    // "Serial  #: BZT3217M025", "Serial  #:FEE3816Q018"; "Serial #: Non-exist." marks an empty module slot.
    private static bool TrySerial(ReadOnlySpan<char> line, out string serial)
    {
        serial = "";
        var mark = line.IndexOf("#:", StringComparison.Ordinal);
        if (mark < 0 || !line[..mark].Trim().Equals("Serial", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var value = DeviceText.FirstToken(line[(mark + 2)..]);
        if (value.IsEmpty || value.StartsWith("Non-exist", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        serial = value.ToString();
        return true;
    }
}
