using StateTrace.Engine.Diagnostics;
using StateTrace.Engine.Input;

namespace StateTrace.Engine.Parsing;

/// <summary>
/// One host's slice, carved into command blocks. A repeated command keeps its last capture. Diagnostics made
/// through <see cref="Report"/> name the input file and line, not the slice line.
/// </summary>
public sealed class CapturedSession
{
    private readonly Dictionary<string, CommandBlock> blocks = new(StringComparer.Ordinal);
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

    public static CapturedSession FromSlice(HostSlice slice) =>
        new(slice.Hostname, File.ReadAllText(slice.SpoolPath), slice.Locate);

    /// <summary>The block of the first canonical command name given that was captured, or null.</summary>
    public CommandBlock? Find(params ReadOnlySpan<string> canonicalNames)
    {
        foreach (var name in canonicalNames)
        {
            if (blocks.TryGetValue(name, out var block))
            {
                return block;
            }
        }

        return null;
    }

    public Diagnostic Report(long sliceLine, string reason)
    {
        var (file, line) = locate(sliceLine);
        return new Diagnostic(file, line, reason, Hostname);
    }

    private void Carve()
    {
        var span = Text.AsSpan();
        long lineNumber = 0;
        var offset = 0;
        string? command = null;
        string? canonical = null;
        var blockStart = 0;
        long blockFirstLine = 0;
        foreach (var line in span.EnumerateLines())
        {
            lineNumber++;
            var lineStart = offset;
            offset += line.Length + 1;
            if (!PromptGrammar.TryParse(line, out _, out var cmdRange))
            {
                continue;
            }

            Close(command, canonical, blockStart, lineStart, blockFirstLine);
            var typed = line[cmdRange];
            command = typed.IsEmpty ? null : typed.ToString();
            canonical = command is null ? null : CommandNames.Canonical(typed);
            blockStart = Math.Min(offset, Text.Length);
            blockFirstLine = lineNumber + 1;
        }

        Close(command, canonical, blockStart, Text.Length, blockFirstLine);
    }

    private void Close(string? command, string? canonical, int start, int end, long firstLine)
    {
        if (command is null || canonical is null)
        {
            return;
        }

        // Trim the LF that precedes the next prompt so the block holds exactly its output lines.
        if (end > start && Text[end - 1] == '\n')
        {
            end--;
        }

        blocks[canonical] = new CommandBlock(command, canonical, firstLine, Text.AsMemory(start, Math.Max(0, end - start)));
    }
}
