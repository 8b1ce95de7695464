namespace StateTrace.Engine.Parsing;

/// <summary>Reads one command block with its parser; the form every vendor parser's command parsers share.</summary>
internal delegate T BlockParser<out T>(ReadOnlySpan<char> text, long firstLine, ParseReport? report);

/// <summary>What every vendor parser does with a session's blocks before joining them per port.</summary>
internal static class SessionBlocks
{
    /// <summary>The block read by <paramref name="parser"/>, or null when the command was not captured.</summary>
    public static T? Run<T>(CommandBlock? block, BlockParser<T> parser, ParseReport report)
        where T : class =>
        block is null ? null : parser(block.Text.Span, block.FirstLine, report);

    /// <summary>The first value that is not blank, else empty.</summary>
    public static string FirstOf(params ReadOnlySpan<string?> values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }

        return "";
    }
}
