namespace StateTrace.Engine.Parsing.Detection;

/// <summary>The platform a session was taken for, how sure we are, and why (kept for diagnostics).</summary>
public sealed record Detection(string Platform, int Confidence, IReadOnlyList<string> Evidence)
{
    public static Detection Unknown { get; } = new("", 0, []);

    public bool IsKnown => Confidence >= VendorDetector.MinimumConfidence;
}

/// <summary>
/// Scored vendor detection: every piece of evidence found in the session adds to its platform's score, and the best
/// score wins when it reaches <see cref="MinimumConfidence"/>. Evidence is searched in the whole session, so blank
/// lines, banners or pager remnants before the version output cannot hide it.
/// </summary>
public static class VendorDetector
{
    public const int MinimumConfidence = 60;

    private static readonly (string Platform, string Text, int Score)[] Evidence =
    [
        (Platforms.CiscoIos, "Cisco IOS Software", 100),
        (Platforms.CiscoIos, "Cisco IOS XE Software", 100),
        (Platforms.CiscoIos, "Cisco Internetwork Operating System", 100),
        (Platforms.CiscoIos, "IOS-XE", 60),
        (Platforms.CiscoIos, "Catalyst L3 Switch Software", 80),
        (Platforms.CiscoNxos, "Cisco Nexus Operating System", 120),
        (Platforms.CiscoNxos, "NX-OS", 80),
        (Platforms.AristaEos, "Arista", 100),
        (Platforms.BrocadeFastIron, "FastIron", 100),
        (Platforms.BrocadeFastIron, "Brocade", 80),
        (Platforms.BrocadeFastIron, "Ruckus", 80),
        (Platforms.BrocadeFastIron, "IronWare", 80),
        (Platforms.ArubaAosCx, "ArubaOS-CX", 120),
        (Platforms.ArubaAosCx, "AOS-CX", 100),
        (Platforms.HpProcurve, "ProCurve", 100),
        (Platforms.HpProcurve, "Image stamp:", 60),
        (Platforms.JuniperJunos, "JUNOS", 100),
        (Platforms.JuniperJunos, "Junos:", 100),
        (Platforms.PaloAltoPanos, "sw-version:", 100),
        (Platforms.PaloAltoPanos, "PAN-OS", 100),
        (Platforms.PaloAltoPanos, "Palo Alto Networks", 100),
    ];

    public static Detection Detect(CapturedSession session)
    {
        var text = session.Text.AsSpan();
        Span<int> scores = stackalloc int[Platforms.All.Count];
        var evidence = new List<string>();
        foreach (var (platform, marker, score) in Evidence)
        {
            var comparison = marker.Any(char.IsLower) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            if (text.Contains(marker, comparison))
            {
                scores[IndexOf(platform)] += score;
                evidence.Add($"{platform}: \"{marker}\" (+{score})");
            }
        }

        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return scores[best] == 0 ? Detection.Unknown : new Detection(Platforms.All[best], Math.Min(100, scores[best]), evidence);
    }

    private static int IndexOf(string platform)
    {
        for (var i = 0; i < Platforms.All.Count; i++)
        {
            if (Platforms.All[i] == platform)
            {
                return i;
            }
        }

        return 0;
    }
}
