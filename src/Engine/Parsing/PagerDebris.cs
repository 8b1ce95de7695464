using System.Buffers;
using System.Text;

namespace StateTrace.Engine.Parsing;

/// <summary>
/// What a pager and a terminal leave in a capture taken with paging on, and how it is removed: pager prompts
/// (<c>--More--</c>, <c> --More-- </c> with its backspaces and spaces, <c>&lt;--- More ---&gt;</c>, <c>-- MORE --, next page…</c>,
/// <c>Press any key to continue</c>, Junos <c>---(more 45%)---</c>), ANSI escape sequences (<c>ESC[…m</c>, <c>ESC[K</c>,
/// <c>ESC[24;1H</c>, …) and backspace overstrikes (<c>x\b</c>). Each line is replayed as a terminal would show it (a
/// backspace moves the cursor left, the next character overwrites; <c>ESC[K</c> erases to the end of the line;
/// cursor moves are followed), then pager prompts are cut out. A line that held only debris is dropped, and so are
/// the blank lines a pager writes to erase its prompt, so a table split by a pager stays one table; line numbers
/// of later lines in that block are then early by the number of lines dropped.
/// </summary>
internal static class PagerDebris
{
    private const char Escape = '\u001b';

    // Tab, CR and LF are text; NUL and other controls are left for the parsers (descriptions may carry them).
    private static readonly SearchValues<char> Controls = SearchValues.Create("\u001b\b\a");

    private static readonly string[] MarkerText =
        ["--More--", "-- More --", "<--- More --->", "---(more", "Press any key to continue", "---- More ----"];

    private static readonly SearchValues<string> Markers = SearchValues.Create(MarkerText, StringComparison.OrdinalIgnoreCase);

    /// <summary>Two vectorised scans: true when the text may hold debris (so clean lines cost nothing more).</summary>
    public static bool MayContain(ReadOnlySpan<char> text) => text.ContainsAny(Controls) || text.ContainsAny(Markers);

    /// <summary>The text without debris, LF-joined; <paramref name="leadingDropped"/> counts lines dropped before the first kept one.</summary>
    public static string Clean(ReadOnlySpan<char> text, out int leadingDropped)
    {
        var output = new StringBuilder(text.Length);
        var row = ArrayPool<char>.Shared.Rent(256);
        try
        {
            leadingDropped = 0;
            var kept = 0;
            var afterPager = false;
            var offset = 0;
            while (offset <= text.Length)
            {
                var rest = text[offset..];
                var end = rest.IndexOfAny('\r', '\n');
                var line = end < 0 ? rest : rest[..end];
                var last = end < 0;
                offset += last ? rest.Length + 1 : end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);

                bool drop;
                if (!MayContain(line))
                {
                    // A pager erases its prompt by writing spaces over it: such a line right after one is debris too.
                    drop = afterPager && !line.IsEmpty && line.IsWhiteSpace();
                    afterPager = drop;
                    if (!drop)
                    {
                        Append(output, line, ref kept);
                    }
                }
                else
                {
                    var shown = Visible(line, ref row, out var hadPager);
                    drop = shown.IsWhiteSpace();
                    afterPager = (drop && hadPager) || (afterPager && drop);
                    if (!drop)
                    {
                        Append(output, shown, ref kept);
                    }
                }

                if (drop && kept == 0)
                {
                    leadingDropped++;
                }

                if (last)
                {
                    break;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(row);
        }

        return output.ToString();
    }

    /// <summary>One line as a terminal shows it, with pager prompts cut out and trailing blanks trimmed.</summary>
    public static string CleanLine(ReadOnlySpan<char> line, out bool hadPager)
    {
        var row = ArrayPool<char>.Shared.Rent(line.Length + 16);
        try
        {
            return Visible(line, ref row, out hadPager).ToString();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(row);
        }
    }

    // The line replayed into row, pager prompts cut out in place; the result is a slice of row.
    private static ReadOnlySpan<char> Visible(ReadOnlySpan<char> line, ref char[] row, out bool hadPager)
    {
        var length = Replay(line, ref row); // may swap row for a bigger array, so read row only afterwards
        var shown = row.AsSpan(0, length);
        hadPager = shown.ContainsAny(Markers);
        return hadPager ? shown[..CutMarkers(shown)] : shown.TrimEnd();
    }

    private static void Append(StringBuilder output, ReadOnlySpan<char> line, ref int kept)
    {
        if (kept > 0)
        {
            output.Append('\n');
        }

        output.Append(line);
        kept++;
    }

    // Plays the line on a one-row terminal and returns how many characters the row holds.
    private static int Replay(ReadOnlySpan<char> line, ref char[] row)
    {
        var length = 0;
        var cursor = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case '\b':
                    cursor = Math.Max(0, cursor - 1);
                    break;
                case '\a':
                    break;
                case Escape:
                    i = Sequence(line, i, row, ref length, ref cursor);
                    break;
                default:
                    Put(ref row, ref length, cursor++, c);
                    break;
            }
        }

        return length;
    }

    private static void Put(ref char[] row, ref int length, int at, char c)
    {
        if (at >= row.Length)
        {
            var bigger = ArrayPool<char>.Shared.Rent(Math.Max(row.Length * 2, at + 16));
            row.AsSpan(0, length).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(row);
            row = bigger;
        }

        if (at > length)
        {
            row.AsSpan(length, at - length).Fill(' ');
        }

        row[at] = c;
        length = Math.Max(length, at + 1);
    }

    // Reads the escape sequence starting at line[start] and applies the few that move the cursor or erase;
    // returns the index of its last character.
    private static int Sequence(ReadOnlySpan<char> line, int start, char[] row, ref int length, ref int cursor)
    {
        var i = start + 1;
        if (i >= line.Length)
        {
            return start;
        }

        switch (line[i])
        {
            case '[':
                break;
            case ']':
                // OSC: up to BEL or ESC \.
                for (i++; i < line.Length; i++)
                {
                    if (line[i] == '\a')
                    {
                        return i;
                    }

                    if (line[i] == Escape && i + 1 < line.Length && line[i + 1] == '\\')
                    {
                        return i + 1;
                    }
                }

                return line.Length - 1;
            case '(' or ')' or '*' or '+':
                return Math.Min(i + 1, line.Length - 1);
            default:
                return i;
        }

        // CSI: parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E.
        var paramStart = ++i;
        while (i < line.Length && line[i] is >= '0' and <= '?')
        {
            i++;
        }

        var parameters = line[paramStart..i];
        while (i < line.Length && line[i] is >= ' ' and <= '/')
        {
            i++;
        }

        if (i >= line.Length)
        {
            return line.Length - 1;
        }

        var final = line[i];
        switch (final)
        {
            case 'K' or 'J':
                var mode = Number(parameters, 0, 0);
                if (mode == 0)
                {
                    length = Math.Min(length, cursor);
                }
                else if (mode == 1)
                {
                    row.AsSpan(0, Math.Min(cursor, length)).Fill(' ');
                }
                else
                {
                    length = 0;
                    cursor = 0;
                }

                break;
            case 'D':
                cursor = Math.Max(0, cursor - Math.Max(1, Number(parameters, 0, 1)));
                break;
            case 'C':
                cursor = Math.Min(cursor + Math.Max(1, Number(parameters, 0, 1)), 4096);
                break;
            case 'G':
                cursor = Math.Clamp(Number(parameters, 0, 1) - 1, 0, 4096);
                break;
            case 'H' or 'f':
                // Only the column matters on a one-row replay.
                cursor = Math.Clamp(Number(parameters, 1, 1) - 1, 0, 4096);
                break;
        }

        return i;
    }

    // The index-th ';'-separated number of a CSI parameter list, or the fallback when absent.
    private static int Number(ReadOnlySpan<char> parameters, int index, int fallback)
    {
        foreach (var range in parameters.Split(';'))
        {
            if (index-- == 0)
            {
                return int.TryParse(parameters[range], System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : fallback;
            }
        }

        return fallback;
    }

    // Removes every pager prompt from the row in place (kept text only moves left) and returns the new length.
    private static int CutMarkers(Span<char> row)
    {
        var write = 0;
        var read = 0;
        while (read < row.Length)
        {
            var rest = row[read..];
            var at = rest.IndexOfAny(Markers);
            if (at < 0)
            {
                rest.CopyTo(row[write..]);
                write += rest.Length;
                break;
            }

            var before = rest[..at];
            var end = at + MarkerEnd(rest[at..]);

            // " --More-- " at the start of a line: its blanks are the pager's, not the output's.
            if (write == 0 && before.IsWhiteSpace())
            {
                before = default;
                if (end < rest.Length && rest[end] == ' ')
                {
                    end++;
                }
            }

            before.CopyTo(row[write..]);
            write += before.Length;
            read += end;
        }

        while (write > 0 && row[write - 1] is ' ' or '\t')
        {
            write--;
        }

        return write;
    }

    // How long the pager prompt starting here is, with its tail ("---(more 45%)---", "--More--, next page: …, quit: Control-C").
    private static int MarkerEnd(ReadOnlySpan<char> at)
    {
        if (at.StartsWith("---(more", StringComparison.OrdinalIgnoreCase))
        {
            var close = at.IndexOf(")---", StringComparison.Ordinal);
            return close >= 0 ? close + 4 : "---(more".Length;
        }

        foreach (var marker in MarkerText)
        {
            if (!at.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var end = marker.Length;
            var tail = at[end..];
            if (tail.StartsWith(", next page", StringComparison.OrdinalIgnoreCase) || tail.StartsWith(" (Q to quit)", StringComparison.OrdinalIgnoreCase))
            {
                var control = tail.IndexOf("Control-", StringComparison.OrdinalIgnoreCase);
                end += control >= 0 ? Math.Min(tail.Length, control + "Control-".Length + 1)
                    : tail.StartsWith(" (Q", StringComparison.OrdinalIgnoreCase) ? " (Q to quit)".Length : tail.Length;
            }

            return end;
        }

        return 1;
    }
}
