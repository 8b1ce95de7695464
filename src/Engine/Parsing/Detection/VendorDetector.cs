using System.Buffers;
using System.Globalization;

namespace StateTrace.Engine.Parsing.Detection;

/// <summary>
/// Scored vendor detection over a carved session, from three kinds of evidence (<see cref="DetectionRules"/>):
/// content (phrases in version/system output, banners, configuration headers and tables, found in one pass with a
/// multi-string vectorised search), commands (which commands were typed and answered) and prompts (<c>SSH@host#</c>,
/// <c>user@host&gt;</c>, configuration-mode names). Each piece counts once per session. The platform with the highest
/// score wins when it leads the runner-up by <see cref="MinimumConfidence"/> or more; the lead, capped at 100, is the
/// confidence. Evidence is searched in every block of the session, so blank lines, banners or pager remnants before
/// the version output cannot hide it; evidence in neighbour tables (CDP/LLDP print other devices' banners) is ignored,
/// and beyond version/system output only the first 4 KB of a block is read.
/// </summary>
public static class VendorDetector
{
    public const int MinimumConfidence = 60;

    private const int Full = 100;
    private const int Half = 50;

    // Identity output (show version, show system) is read whole; elsewhere the phrases that tell vendors apart sit in
    // banners, configuration headers and table headers, so only the start of a block is read and a 50 000-line MAC
    // table or configuration costs no more than a short one.
    private const int IdentityChars = 64 * 1024;
    private const int HeadChars = 4 * 1024;

    private static readonly ContentMarker[] Markers = [.. DetectionRules.Content];

    private static readonly SearchValues<string> MarkerSearch =
        SearchValues.Create(Distinct(Markers), StringComparison.OrdinalIgnoreCase);

    // Markers by the lower-cased first character, to identify a hit without trying every marker.
    private static readonly int[][] MarkersByFirst = IndexByFirstChar(Markers);

    public static Detection Detect(CapturedSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var count = Platforms.All.Count;
        var best = new int[Markers.Length];
        var where = new string?[Markers.Length];
        var extra = new List<(int Platform, int Score, string Text)>();

        var text = session.Text.AsSpan();
        if (session.PreambleLength > 0)
        {
            // A login banner, or a capture without any prompt: read like version output.
            Search(Head(text[..session.PreambleLength], IdentityChars), Full, "banner", best, where);
        }

        var commandsSeen = new HashSet<CommandMarker>();
        var promptsSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var segment in session.Segments)
        {
            // Include the line end before the output so markers anchored at a line start ("\nver ") match its first line.
            var start = Math.Max(0, segment.Start - 1);
            var output = text.Slice(start, segment.Start + segment.Length - start);
            var weight = WeightOf(segment.Canonical);
            if (weight > 0)
            {
                var limit = IsIdentity(segment.Canonical) ? IdentityChars : HeadChars;
                Search(Head(output, limit), weight, segment.Canonical.Length > 0 ? segment.Canonical : "output", best, where);
            }

            AddPromptEvidence(segment, promptsSeen, extra);
            if (!CapturedSession.IsEmptyOrError(text.Slice(segment.Start, segment.Length)))
            {
                AddCommandEvidence(segment, commandsSeen, extra);
            }
        }

        var scores = new int[count];
        var evidence = new List<(int Score, string Text)>();
        for (var i = 0; i < Markers.Length; i++)
        {
            if (best[i] > 0)
            {
                var marker = Markers[i];
                scores[IndexOf(marker.Platform)] += best[i];
                evidence.Add((best[i], $"{marker.Platform}: \"{Show(marker.Text)}\" in {where[i]} (+{best[i]})"));
            }
        }

        foreach (var (platform, score, line) in extra)
        {
            scores[platform] += score;
            evidence.Add((score, line));
        }

        evidence.Sort((a, b) => b.Score.CompareTo(a.Score));
        var lines = evidence.ConvertAll(e => e.Text);
        return Decide(scores, lines);
    }

    private static Detection Decide(int[] scores, List<string> evidence)
    {
        var first = -1;
        var second = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (first < 0 || scores[i] > scores[first])
            {
                second = first;
                first = i;
            }
            else if (second < 0 || scores[i] > scores[second])
            {
                second = i;
            }
        }

        if (first < 0 || scores[first] == 0)
        {
            return Detection.Unknown;
        }

        var confidence = Math.Min(100, scores[first] - (second < 0 ? 0 : scores[second]));
        if (confidence >= MinimumConfidence)
        {
            return new Detection(Platforms.All[first], confidence, evidence);
        }

        evidence.Add(string.Create(CultureInfo.InvariantCulture,
            $"undecided: {Platforms.All[first]} {scores[first]}, {Platforms.All[second]} {scores[second]} (a lead of {MinimumConfidence} is needed)"));
        return new Detection("", confidence, evidence);
    }

    // One pass over the text: the vectorised search stops only where some marker starts.
    private static void Search(ReadOnlySpan<char> text, int weight, string where, int[] best, string?[] whereFound)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var hit = text[offset..].IndexOfAny(MarkerSearch);
            if (hit < 0)
            {
                return;
            }

            var at = text[(offset + hit)..];
            var first = char.ToLowerInvariant(at[0]);
            if (first < MarkersByFirst.Length)
            {
                foreach (var i in MarkersByFirst[first])
                {
                    var marker = Markers[i];
                    var comparison = marker.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
                    var score = marker.Heading ? marker.Score : marker.Score * weight / 100;
                    if (score > best[i] && at.StartsWith(marker.Text, comparison))
                    {
                        best[i] = score;
                        whereFound[i] = where;
                    }
                }
            }

            offset += hit + 1;
        }
    }

    private static void AddCommandEvidence(SessionSegment segment, HashSet<CommandMarker> seen, List<(int, int, string)> extra)
    {
        var canonical = segment.Canonical;
        foreach (var marker in DetectionRules.Commands)
        {
            if (canonical.StartsWith(marker.Canonical, StringComparison.Ordinal)
                && (canonical.Length == marker.Canonical.Length || canonical[marker.Canonical.Length] is ' ' or '-'))
            {
                if (seen.Add(marker))
                {
                    extra.Add((IndexOf(marker.Platform), marker.Score, $"{marker.Platform}: command \"{segment.Command}\" answered (+{marker.Score})"));
                }

                return;
            }
        }
    }

    private static void AddPromptEvidence(SessionSegment segment, HashSet<string> seen, List<(int, int, string)> extra)
    {
        if ((segment.Shape & PromptShape.FastIronLogin) != 0 && seen.Add("login"))
        {
            extra.Add((IndexOf(Platforms.BrocadeFastIron), DetectionRules.FastIronLoginScore,
                $"{Platforms.BrocadeFastIron}: prompt SSH@host# (+{DetectionRules.FastIronLoginScore})"));
        }

        if ((segment.Shape & PromptShape.UserAtHost) != 0 && seen.Add("user@host"))
        {
            foreach (var platform in (ReadOnlySpan<string>)[Platforms.JuniperJunos, Platforms.PaloAltoPanos])
            {
                extra.Add((IndexOf(platform), DetectionRules.UserAtHostScore, $"{platform}: prompt user@host (+{DetectionRules.UserAtHostScore})"));
            }
        }

        if (segment.Mode.Length == 0)
        {
            return;
        }

        foreach (var marker in DetectionRules.Modes)
        {
            if (segment.Mode.StartsWith(marker.Prefix, StringComparison.Ordinal)
                && (!marker.NeedsDigit || (segment.Mode.Length > marker.Prefix.Length && char.IsAsciiDigit(segment.Mode[marker.Prefix.Length])))
                && seen.Add(marker.Prefix))
            {
                extra.Add((IndexOf(marker.Platform), marker.Score, $"{marker.Platform}: prompt mode ({segment.Mode}) (+{marker.Score})"));
            }
        }
    }

    /// <summary>How much a phrase found in this command's output counts, in percent.</summary>
    internal static int WeightOf(string canonical)
    {
        // Neighbour tables describe other devices.
        if (canonical.Contains("cdp", StringComparison.Ordinal) || canonical.Contains("lldp", StringComparison.Ordinal)
            || canonical.Contains("neighbor", StringComparison.Ordinal))
        {
            return 0;
        }

        if (IsIdentity(canonical))
        {
            return Full;
        }

        foreach (var prefix in (ReadOnlySpan<string>)["show running-config", "show startup-config", "show config"])
        {
            if (canonical.StartsWith(prefix, StringComparison.Ordinal))
            {
                return Full;
            }
        }

        return Half;
    }

    private static bool IsIdentity(string canonical)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["show version", "show system", "show chassis", "show inventory", "show hardware"])
        {
            if (canonical.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The first characters of a block, cut at a line end when there is one in the last quarter.
    private static ReadOnlySpan<char> Head(ReadOnlySpan<char> text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        var head = text[..limit];
        var lineEnd = head.LastIndexOf('\n');
        return lineEnd > limit * 3 / 4 ? head[..lineEnd] : head;
    }

    private static int IndexOf(string platform)
    {
        var all = Platforms.All;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i] == platform)
            {
                return i;
            }
        }

        throw new InvalidOperationException("Unknown platform in the detection rules: " + platform);
    }

    private static string Show(string marker) => marker.Replace("\n", "\\n", StringComparison.Ordinal);

    private static string[] Distinct(ContentMarker[] markers)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var marker in markers)
        {
            set.Add(marker.Text);
        }

        return [.. set];
    }

    private static int[][] IndexByFirstChar(ContentMarker[] markers)
    {
        var lists = new List<int>[128];
        for (var i = 0; i < markers.Length; i++)
        {
            var first = char.ToLowerInvariant(markers[i].Text[0]);
            (lists[first] ??= []).Add(i);
        }

        var index = new int[128][];
        for (var c = 0; c < index.Length; c++)
        {
            index[c] = lists[c] is { } list ? [.. list] : [];
        }

        return index;
    }
}
