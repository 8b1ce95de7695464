namespace StateTrace.Engine.Parsing.Procurve;

/// <summary>
/// The column layout of a ProCurve table, taken from its rule line (<c>----- ---------- + --------- -------</c>): each
/// run of dashes is a column, and a column's text runs from its first dash to the next column's first dash. Values
/// are left-aligned under the dashes and may be empty (<c>51               | No        Yes     Down   .</c>), which
/// is why the tables are cut by position and not split on spaces. Column names are the header text above each run.
/// </summary>
internal sealed class FixedColumns
{
    private const int MaxColumns = 32;
    private readonly int[] starts;
    private readonly string[] names;
    private readonly string?[] cachedNames = new string?[16];
    private readonly int[] cachedIndexes = new int[16];
    private int cached;

    private FixedColumns(int[] starts, string[] names)
    {
        this.starts = starts;
        this.names = names;
    }

    public int Count => starts.Length;

    /// <summary>A rule line: dashes, spaces and the <c>+</c> under a <c>|</c> separator, at least one dash.</summary>
    public static bool IsRule(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 1 && trimmed[0] == '-' && !trimmed.ContainsAnyExcept("-+ \t");
    }

    /// <summary>The layout of <paramref name="rule"/>, named by the one or two header lines above it.</summary>
    public static FixedColumns FromRule(ReadOnlySpan<char> rule, ReadOnlySpan<char> upperHeader, ReadOnlySpan<char> header)
    {
        Span<int> found = stackalloc int[MaxColumns];
        var count = 0;
        for (var i = 0; i < rule.Length && count < MaxColumns; i++)
        {
            if (rule[i] == '-' && (i == 0 || rule[i - 1] != '-'))
            {
                found[count++] = i;
            }
        }

        var starts = found[..count].ToArray();
        var names = new string[count];
        for (var c = 0; c < count; c++)
        {
            var upper = Cut(upperHeader, starts, c);
            var lower = Cut(header, starts, c);
            names[c] = upper.IsEmpty ? lower.ToString() : lower.IsEmpty ? upper.ToString() : string.Concat(upper, " ", lower);
        }

        return new FixedColumns(starts, names);
    }

    /// <summary>The column whose header is <paramref name="name"/>, or ends with it (<c>802.1Q VLAN ID</c>); else -1.</summary>
    /// <remarks>Parsers ask for the same literal names on every row, so answers are kept by reference.</remarks>
    public int Find(string name)
    {
        for (var i = 0; i < cached; i++)
        {
            if (ReferenceEquals(cachedNames[i], name))
            {
                return cachedIndexes[i];
            }
        }

        var index = Search(name);
        if (cached < cachedNames.Length)
        {
            cachedNames[cached] = name;
            cachedIndexes[cached++] = index;
        }

        return index;
    }

    private int Search(string name)
    {
        for (var c = 0; c < names.Length; c++)
        {
            if (names[c].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }
        }

        for (var c = 0; c < names.Length; c++)
        {
            if (names[c].EndsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The trimmed text of <paramref name="column"/> in <paramref name="line"/>; empty for -1 or a short line.</summary>
    public ReadOnlySpan<char> Field(ReadOnlySpan<char> line, int column) => column < 0 ? default : Cut(line, starts, column);

    private static ReadOnlySpan<char> Cut(ReadOnlySpan<char> line, int[] starts, int column)
    {
        var start = starts[column];
        if (start >= line.Length)
        {
            return default;
        }

        var end = column + 1 < starts.Length ? Math.Min(starts[column + 1], line.Length) : line.Length;
        return line[start..end].Trim(" \t|");
    }
}
