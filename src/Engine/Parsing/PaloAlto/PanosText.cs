namespace StateTrace.Engine.Parsing.PaloAlto;

/// <summary>Span helpers for PAN-OS output: colon MACs and fixed-column tables whose cells may be empty.</summary>
internal static class PanosText
{
    /// <summary>PAN-OS prints MACs as <c>00:1b:17:aa:bb:01</c> (upper case in <c>vm-mac-base</c>).</summary>
    public static bool IsColonMac(ReadOnlySpan<char> s)
    {
        if (s.Length != 17)
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            if (i % 3 == 2 ? s[i] != ':' : !char.IsAsciiHexDigit(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The start column of each of <paramref name="names"/> in a header line, in order; false when one is missing.</summary>
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
    /// column of slack), and a cell runs from its first word to its last (<c>A S</c> flags stay whole). An empty
    /// column (no zone on <c>ae1</c>, no metric on a BGP route) stays empty instead of shifting the rest.
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
