namespace StateTrace.Engine.Parsing;

/// <summary>
/// Walks a block line by line and keeps each line's offset, so a parser can cut a multi-line slice (an interface's
/// configuration) out of the block with one allocation. LF, CRLF and lone CR all end a line: a raw capture handed to
/// <c>statetrace parse</c> has not been through the splitter's normalisation.
/// </summary>
internal ref struct LineCursor
{
    private readonly ReadOnlySpan<char> text;
    private int next;

    public LineCursor(ReadOnlySpan<char> text)
    {
        this.text = text;
    }

    /// <summary>Offset of the current line in the block.</summary>
    public int Start { get; private set; }

    /// <summary>1-based number of the current line within the block.</summary>
    public int Number { get; private set; }

    public bool MoveNext(out ReadOnlySpan<char> line)
    {
        if (next >= text.Length)
        {
            line = default;
            return false;
        }

        Start = next;
        var rest = text[next..];
        var end = rest.IndexOfAny('\r', '\n');
        if (end < 0)
        {
            line = rest;
            next = text.Length;
        }
        else
        {
            line = rest[..end];
            next += end + 1;
            if (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n')
            {
                next++;
            }
        }

        Number++;
        return true;
    }
}
