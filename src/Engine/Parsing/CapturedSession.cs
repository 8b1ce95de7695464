using StateTrace.Engine.Diagnostics;
using StateTrace.Engine.Input;

namespace StateTrace.Engine.Parsing;

/// <summary>
/// One host's slice, carved into command blocks by prompt lines and keyed by canonical command name
/// (<see cref="CommandNames"/>). When a command was captured more than once the last capture wins, except that a
/// capture which is probably partial never replaces a complete one: a filtered block (<c>| include x</c>) does not
/// replace an unfiltered one, and an empty or error block (<c>% Invalid input</c>, an interrupted command) replaces
/// nothing. Pager debris is removed from a block's text (<see cref="PagerDebris"/>) at no cost when there is none.
/// Diagnostics made through <see cref="Report"/> name the input file and line, not the slice line.
/// </summary>
public sealed class CapturedSession
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> KnownNames = new(StringComparer.Ordinal);

    // How devices refuse a command: IOS, EOS and NX-OS "% …", FastIron "Invalid input ->", Junos "syntax error" /
    // "unknown command", PAN-OS "Invalid syntax" / "Server error".
    private static readonly string[] ErrorStarts =
    [
        "% Invalid", "% Ambiguous", "% Incomplete", "% Unrecognized", "% Unknown command", "% Bad ", "Invalid input",
        "syntax error", "unknown command", "Invalid syntax", "Server error",
    ];

    private readonly Dictionary<string, CommandBlock> blocks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BlockQuality> quality = new(StringComparer.Ordinal);
    private readonly List<SessionSegment> segments = [];
    private readonly Func<long, (string File, long Line)> locate;

    public CapturedSession(string hostname, string text, Func<long, (string File, long Line)>? locate = null)
    {
        Hostname = hostname;
        Text = text;
        this.locate = locate ?? (line => ("", line));
        Carve();
    }

    public string Hostname { get; }
    public string Text { get; }
    public IReadOnlyCollection<CommandBlock> Blocks => blocks.Values;

    /// <summary>Every prompt-delimited stretch of the text in order, replaced captures included (for detection).</summary>
    internal IReadOnlyList<SessionSegment> Segments => segments;

    /// <summary>Characters before the first prompt line (a login banner in a raw capture; empty in a split slice).</summary>
    internal int PreambleLength { get; private set; }

    public static CapturedSession FromSlice(HostSlice slice) =>
        new(slice.Hostname, File.ReadAllText(slice.SpoolPath), slice.Locate);

    /// <summary>The block of the first command name given that was captured, or null.</summary>
    /// <remarks>Names are canonical (<c>show interfaces status</c>); a name that is not is canonicalised first.</remarks>
    public CommandBlock? Find(params ReadOnlySpan<string> canonicalNames)
    {
        foreach (var name in canonicalNames)
        {
            if (blocks.TryGetValue(name, out var block))
            {
                return block;
            }

            if (blocks.Count > 0 && blocks.TryGetValue(CanonicalOf(name), out block))
            {
                return block;
            }
        }

        return null;
    }

    // Parsers pass literal names, so the few that are not canonical are canonicalised once per process.
    private static string CanonicalOf(string name)
    {
        if (KnownNames.TryGetValue(name, out var canonical))
        {
            return canonical;
        }

        canonical = CommandNames.Canonical(name);
        if (KnownNames.Count < 1024)
        {
            KnownNames.TryAdd(name, canonical);
        }

        return canonical;
    }

    public Diagnostic Report(long sliceLine, string reason)
    {
        var (file, line) = locate(sliceLine);
        return new Diagnostic(file, line, reason, Hostname);
    }

    private void Carve()
    {
        var text = Text.AsSpan();
        var debris = PagerDebris.MayContain(text);
        long lineNumber = 0;
        var offset = 0;
        var open = default(OpenBlock);
        var first = true;
        while (offset < text.Length)
        {
            var lineStart = offset;
            var rest = text[offset..];
            var end = rest.IndexOfAny('\r', '\n');
            var line = end < 0 ? rest : rest[..end];
            offset += end < 0 ? rest.Length : end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
            lineNumber++;

            if (!TryPrompt(line, debris, out var prompt))
            {
                continue;
            }

            if (first)
            {
                PreambleLength = lineStart;
                first = false;
            }

            Close(open, lineStart, debris);
            open = new OpenBlock(prompt, offset, lineNumber + 1, lineNumber);
        }

        if (first)
        {
            PreambleLength = text.Length;
        }

        Close(open, text.Length, debris);
    }

    private static bool TryPrompt(ReadOnlySpan<char> line, bool debris, out SessionPrompt prompt)
    {
        prompt = default;
        if (PromptGrammar.TryParse(line, out var host, out var command))
        {
            prompt = SessionPrompt.From(line, host, command);
            return true;
        }

        // A pager answered with 'q' leaves its debris in front of the next prompt on the same line.
        if (debris && PagerDebris.MayContain(line))
        {
            var cleaned = PagerDebris.CleanLine(line, out _);
            if (PromptGrammar.TryParse(cleaned, out host, out command))
            {
                prompt = SessionPrompt.From(cleaned, host, command);
                return true;
            }
        }

        return false;
    }

    private void Close(OpenBlock open, int end, bool debris)
    {
        if (open.Prompt.Command is null)
        {
            return;
        }

        var start = Math.Min(open.Start, end);

        // Drop the line end that precedes the next prompt so the block holds exactly its output lines.
        if (end > start && Text[end - 1] == '\n')
        {
            end--;
        }

        if (end > start && Text[end - 1] == '\r')
        {
            end--;
        }

        var typed = open.Prompt.Command;
        var canonical = CommandNames.Canonical(typed, out var filterSpan);
        var filter = filterSpan.IsEmpty ? "" : filterSpan.ToString();
        var filtered = CommandNames.IsNarrowing(filterSpan);
        segments.Add(new SessionSegment(start, end - start, open.PromptLine, typed, canonical, filtered, open.Prompt.Shape, open.Prompt.Mode));
        if (canonical.Length == 0)
        {
            return;
        }

        var raw = Text.AsMemory(start, end - start);
        var output = raw;
        var firstLine = open.FirstLine;
        var cleaned = false;
        if (debris && PagerDebris.MayContain(raw.Span))
        {
            output = PagerDebris.Clean(raw.Span, out var leadingDropped).AsMemory();
            firstLine += leadingDropped;
            cleaned = true;
        }

        var rank = Rank(output.Span, filtered);
        if (quality.TryGetValue(canonical, out var existing) && rank < existing)
        {
            return;
        }

        quality[canonical] = rank;
        blocks[canonical] = new CommandBlock(typed, canonical, firstLine, output)
        {
            Filter = filter,
            IsFiltered = filtered,
            WasCleaned = cleaned,
        };
    }

    private static BlockQuality Rank(ReadOnlySpan<char> output, bool filtered)
    {
        if (IsEmptyOrError(output))
        {
            return BlockQuality.EmptyOrError;
        }

        return filtered ? BlockQuality.Filtered : BlockQuality.Complete;
    }

    /// <summary>No output at all, or the device's refusal of the command (IOS/EOS/NX-OS <c>%</c>, FastIron, Junos, PAN-OS).</summary>
    internal static bool IsEmptyOrError(ReadOnlySpan<char> output)
    {
        var trimmed = output.TrimStart();
        if (trimmed.IsEmpty)
        {
            return true;
        }

        var end = trimmed.IndexOfAny('\r', '\n');
        var first = (end < 0 ? trimmed : trimmed[..end]).TrimEnd();
        foreach (var error in ErrorStarts)
        {
            if (first.StartsWith(error, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // IOS first prints a caret under the word it could not read, then its "% Invalid input" line.
        if (first.Trim().SequenceEqual("^") && end >= 0)
        {
            return IsEmptyOrError(trimmed[(end + 1)..]);
        }

        return false;
    }

    private enum BlockQuality
    {
        EmptyOrError = 0,
        Filtered = 1,
        Complete = 2,
    }

    private readonly record struct OpenBlock(SessionPrompt Prompt, int Start, long FirstLine, long PromptLine);
}
