namespace StateTrace.Engine.Parsing.Procurve;

/// <summary>
/// Walks the lines of a ProCurve table command: remembers the header lines above each rule line, builds the
/// <see cref="FixedColumns"/> when the rule comes, and answers which later lines are rows of it (not blank, not the
/// rule, not a prompt). A command may print several tables; each rule starts a new layout.
/// </summary>
internal ref struct TableReader
{
    private ReadOnlySpan<char> upper;
    private ReadOnlySpan<char> header;
    private FixedColumns? columns;
    private bool sawText;

    public readonly bool SawTable => columns is not null;

    public bool IsRow(ReadOnlySpan<char> line, out FixedColumns columns)
    {
        columns = null!;
        if (line.Trim().IsEmpty)
        {
            upper = default;
            header = default;
            return false;
        }

        sawText = true;
        if (FixedColumns.IsRule(line))
        {
            this.columns = FixedColumns.FromRule(line, upper, header);
            return false;
        }

        upper = header;
        header = line;
        if (this.columns is null || DeviceText.IsPrompt(line))
        {
            return false;
        }

        columns = this.columns;
        return true;
    }

    public readonly void ReportMissing(ReadOnlySpan<char> text, long firstLine, ParseReport? report, string command)
    {
        if (sawText && columns is null && !text.IsEmpty)
        {
            report?.Invoke(firstLine, command + ": no table header rule (----) found; table not read.");
        }
    }
}
