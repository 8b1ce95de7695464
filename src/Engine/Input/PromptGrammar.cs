namespace StateTrace.Engine.Input;

/// <summary>
/// The prompt grammar shared by the splitter and the command carver (design §1): <c>host#cmd</c>, <c>host>cmd</c>,
/// <c>host(config…)#</c>, <c>SSH@host#</c>, <c>user@host></c> (Junos, PAN-OS: the host is the part after <c>@</c>),
/// <c>host# cmd</c> and <c>do show …</c>. Output lines whose first token merely contains <c>#</c> or <c>></c>
/// (banners, <c>-></c>, <c>Step#1</c>) are not prompts.
/// </summary>
internal static class PromptGrammar
{
    /// <summary>Reads a prompt line; <paramref name="host"/> and <paramref name="command"/> index into <paramref name="line"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> line, out Range host, out Range command)
    {
        host = default;
        command = default;

        // Real prompts start in column 0; indented output (config bodies, tables) never switches host.
        var start = 0;
        if (line.Length > 4 && line[3] == '@' && line.StartsWith("SSH@", StringComparison.OrdinalIgnoreCase))
        {
            start = 4;
        }

        var i = start;
        var letters = 0;
        var at = -1;
        for (; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '#' or '>' or '(')
            {
                break;
            }

            if (char.IsAsciiLetter(c))
            {
                letters++;
            }
            else if (c == '@')
            {
                at = i;
            }
            else if (!IsHostChar(c))
            {
                return false;
            }
        }

        if (i == line.Length || i == start || letters == 0)
        {
            return false;
        }

        var hostStart = at >= 0 ? at + 1 : start;
        var hostEnd = i;
        if (hostEnd <= hostStart || !IsHostEdge(line[hostStart]) || !IsHostEdge(line[hostEnd - 1]))
        {
            return false;
        }

        if (line[i] == '(')
        {
            var close = line[i..].IndexOf(')');
            if (close < 0)
            {
                return false;
            }

            var mode = line.Slice(i + 1, close - 1);
            if (mode.IsEmpty || mode.ContainsAny(' ', '\t', '#') || mode.Contains('>'))
            {
                return false;
            }

            i += close + 1;
            if (i == line.Length || line[i] is not ('#' or '>'))
            {
                return false;
            }
        }

        i++; // the '#' or '>'
        var rest = line[i..];
        if (!rest.IsEmpty)
        {
            var first = rest[0];
            if (first is ' ' or '\t')
            {
                var trimmed = rest.TrimStart();
                if (!trimmed.IsEmpty && !char.IsAsciiLetter(trimmed[0]))
                {
                    return false;
                }
            }
            else if (!char.IsAsciiLetter(first))
            {
                return false;
            }
        }

        host = hostStart..hostEnd;
        var cmdStart = i;
        while (cmdStart < line.Length && line[cmdStart] is ' ' or '\t')
        {
            cmdStart++;
        }

        var cmdEnd = line.Length;
        while (cmdEnd > cmdStart && line[cmdEnd - 1] is ' ' or '\t')
        {
            cmdEnd--;
        }

        command = cmdStart..cmdEnd;
        return true;
    }

    // Hostnames in the wild: letters, digits, '.', '_', '-', and (hostile but seen) path characters, which
    // SiteNames.ForPath neutralises before any file is named after them.
    private static bool IsHostChar(char c) =>
        char.IsAsciiDigit(c) || c is '.' or '_' or '-' or '/' or '\\' or ':';

    // A hostname neither starts nor ends with '-' (RFC 952), which is what tells "uplink->core" from a prompt.
    private static bool IsHostEdge(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.';
}
