namespace StateTrace.Tool.Reports;

/// <summary>One table cell: text (always encoded) and an optional CSS class (<c>num</c>, a verdict colour).</summary>
internal readonly record struct Cell(string Text, string? Class = null)
{
    public static implicit operator Cell(string text) => new(text);

    public static Cell Num(string text) => new(text, "num");
}
