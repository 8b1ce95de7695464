using System.Globalization;
using StateTrace.Engine.Input;

namespace StateTrace.Engine.Parsing;

/// <summary>Span helpers shared by the command parsers of every vendor: tokens with positions, MAC shapes, key/value lines.</summary>
internal static class DeviceText
{
    public static bool IsBlank(char c) => c is ' ' or '\t';

    public static bool IsIndented(ReadOnlySpan<char> line) => !line.IsEmpty && IsBlank(line[0]);

    /// <summary>
    /// Splits a line on runs of spaces and tabs into <paramref name="tokens"/> (ranges into the line, so callers
    /// keep column positions). Tokens past the span's capacity are not returned; callers read such tails by offset.
    /// </summary>
    public static int Tokenize(ReadOnlySpan<char> line, Span<Range> tokens)
    {
        var count = 0;
        var i = 0;
        while (count < tokens.Length)
        {
            while (i < line.Length && IsBlank(line[i]))
            {
                i++;
            }

            if (i == line.Length)
            {
                break;
            }

            var start = i;
            while (i < line.Length && !IsBlank(line[i]))
            {
                i++;
            }

            tokens[count++] = start..i;
        }

        return count;
    }

    /// <summary>When the trimmed line starts with <paramref name="prefix"/> (any case), the trimmed rest.</summary>
    public static bool TryValueAfter(ReadOnlySpan<char> line, string prefix, out ReadOnlySpan<char> value)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            value = trimmed[prefix.Length..].Trim();
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>For <c>Key   : value</c> lines: true when the text before the first colon is <paramref name="key"/>.</summary>
    public static bool TryKeyValue(ReadOnlySpan<char> line, string key, out ReadOnlySpan<char> value)
    {
        value = default;
        var colon = line.IndexOf(':');
        if (colon < 0 || !line[..colon].Trim().Equals(key, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        value = line[(colon + 1)..].Trim();
        return true;
    }

    /// <summary>The first whitespace-delimited token of <paramref name="text"/>, or empty.</summary>
    public static ReadOnlySpan<char> FirstToken(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        var end = text.IndexOfAny(' ', '\t');
        return end < 0 ? text : text[..end];
    }

    /// <summary>Cisco's dotted MAC form, <c>0011.2233.4455</c>.</summary>
    public static bool IsDottedMac(ReadOnlySpan<char> s)
    {
        if (s.Length != 14 || s[4] != '.' || s[9] != '.')
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            if (i != 4 && i != 9 && !char.IsAsciiHexDigit(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsDigits(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExceptInRange('0', '9');

    /// <summary>A separator row such as <c>---- ------ -----</c> or <c>---------+--------</c>.</summary>
    public static bool IsRule(ReadOnlySpan<char> trimmed) =>
        trimmed.Length > 0 && trimmed[0] is '-' or '=' && !trimmed.ContainsAnyExcept("-=+ \t");

    /// <summary>Captures may begin with the echoed command or end with the next prompt; neither is output.</summary>
    public static bool IsPrompt(ReadOnlySpan<char> line) => PromptGrammar.TryParse(line, out _, out _);

    /// <summary>A string of the slice with every line end as LF (raw captures may carry CRLF).</summary>
    public static string ToLfString(ReadOnlySpan<char> slice)
    {
        if (!slice.Contains('\r'))
        {
            return slice.ToString();
        }

        return slice.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    /// <summary>
    /// The count printed just before <paramref name="label"/>, as in <c>179928 input errors, 21419 CRC, 87 frame</c>
    /// (IOS, EOS and FastIron <c>show interfaces</c>); null when the label is missing or the count is not a number.
    /// </summary>
    public static long? CounterBefore(ReadOnlySpan<char> line, string label)
    {
        var at = line.IndexOf(label, StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        var head = line[..at].TrimEnd();
        var start = head.LastIndexOfAny(' ', ',') + 1;
        return Number(head[start..]);
    }

    /// <summary>Plain digits as a number, or null for anything else (signs, separators, overflow).</summary>
    public static long? Number(ReadOnlySpan<char> digits) =>
        long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// The start column of each of <paramref name="names"/> in a header line, in order; false when one is missing.
    /// </summary>
    public static bool TryColumns(ReadOnlySpan<char> header, ReadOnlySpan<string> names, Span<int> starts)
    {
        var from = 0;
        for (var i = 0; i < names.Length; i++)
        {
            var at = header[from..].IndexOf(names[i], StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            starts[i] = from + at;
            from = starts[i] + names[i].Length;
        }

        return true;
    }

    /// <summary>
    /// Cuts a fixed-column row into cells: each word belongs to the last column starting at or before it (one
    /// column of slack for a value printed a character early), and a cell runs from its first word to its last, so
    /// values with spaces (<c>Routing Engine 0</c>, PAN-OS <c>A S</c> flags) stay whole, and an empty column (no zone on <c>ae1</c>)
    /// stays empty instead of shifting the rest.
    /// </summary>
    public static void Cells(ReadOnlySpan<char> line, ReadOnlySpan<int> starts, Span<Range> cells)
    {
        cells.Fill(default);
        Span<bool> seen = stackalloc bool[starts.Length];
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && DeviceText.IsBlank(line[i]))
            {
                i++;
            }

            if (i == line.Length)
            {
                break;
            }

            var start = i;
            while (i < line.Length && !DeviceText.IsBlank(line[i]))
            {
                i++;
            }

            var column = 0;
            for (var c = 1; c < starts.Length; c++)
            {
                if (starts[c] <= start + 1)
                {
                    column = c;
                }
            }

            cells[column] = seen[column] ? cells[column].Start..i : start..i;
            seen[column] = true;
        }
    }
}
