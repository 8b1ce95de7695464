namespace StateTrace.Engine.Parsing.Juniper;

/// <summary>What Junos <c>show version</c> says. A virtual chassis or cluster lists every member; the first is kept.</summary>
public sealed record JunosVersion(string Hostname, string Model, string Version, string Serial);

/// <summary>
/// Reads Junos <c>show version</c>. The release is the <c>Junos:</c> line (12.1 and later); older releases print
/// only package lines, where <c>JUNOS Software Release [x]</c>, <c>JUNOS EX Software Suite [x]</c> or
/// <c>JUNOS Base OS boot [x]</c> carry it. Other package lines (<c>JUNOS Online Documentation [113.3R1.4]</c>) are
/// not the release and never read as one.
/// </summary>
internal static class ShowVersion
{
    private static readonly string[] ReleasePackages = ["JUNOS Software Release [", "JUNOS EX Software Suite [", "JUNOS Base OS boot ["];

    public static JunosVersion Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        string hostname = "", model = "", junos = "", serial = "";
        var package = "";
        var packageRank = ReleasePackages.Length;
        var sawText = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.Trim();
            sawText |= !line.IsEmpty;
            if (hostname.Length == 0 && DeviceText.TryValueAfter(line, "Hostname:", out var host))
            {
                hostname = host.ToString();
            }
            else if (model.Length == 0 && DeviceText.TryValueAfter(line, "Model:", out var value))
            {
                model = value.ToString();
            }
            else if (junos.Length == 0 && line.StartsWith("Junos:", StringComparison.Ordinal))
            {
                junos = line["Junos:".Length..].Trim().ToString();
            }
            else if (serial.Length == 0 && DeviceText.TryValueAfter(line, "Serial Number:", out var number))
            {
                serial = number.ToString();
            }
            else if (line.StartsWith("JUNOS ", StringComparison.Ordinal))
            {
                var rank = PackageRank(line);
                if (rank < packageRank && TryBracketed(line, out var release))
                {
                    package = release.ToString();
                    packageRank = rank;
                }
            }
        }

        if (sawText && hostname.Length == 0 && model.Length == 0 && junos.Length == 0 && package.Length == 0)
        {
            report?.Invoke(firstLine, "show version: no 'Hostname:', 'Model:' or 'Junos:' lines found; nothing read.");
        }

        return new JunosVersion(hostname, model, junos.Length > 0 ? junos : package, serial);
    }

    // "JUNOS EX  Software Suite [13.2X51-D35.3]" has two spaces on EX releases: compare with runs of spaces collapsed.
    private static int PackageRank(ReadOnlySpan<char> line)
    {
        for (var r = 0; r < ReleasePackages.Length; r++)
        {
            var wanted = ReleasePackages[r].AsSpan();
            var i = 0;
            var j = 0;
            while (i < line.Length && j < wanted.Length)
            {
                if (line[i] == ' ' && wanted[j] == ' ')
                {
                    while (i < line.Length && line[i] == ' ')
                    {
                        i++;
                    }

                    j++;
                }
                else if (line[i] == wanted[j])
                {
                    i++;
                    j++;
                }
                else
                {
                    break;
                }
            }

            if (j == wanted.Length)
            {
                return r;
            }
        }

        return ReleasePackages.Length;
    }

    private static bool TryBracketed(ReadOnlySpan<char> line, out ReadOnlySpan<char> value)
    {
        var open = line.IndexOf('[');
        var close = line.LastIndexOf(']');
        value = open >= 0 && close > open ? line[(open + 1)..close].Trim() : default;
        return !value.IsEmpty;
    }
}
