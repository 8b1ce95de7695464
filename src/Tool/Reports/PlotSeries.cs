namespace StateTrace.Tool.Reports;

/// <summary>One line or point series of a plot. <see cref="Secondary"/> marks a secondary series (a baseline in an overlay): paler, open markers.</summary>
internal sealed record PlotSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y)
{
    public bool Markers { get; init; } = true;
    public bool Lines { get; init; } = true;
    public bool Secondary { get; init; }

    /// <summary>Index into the palette; series with the same index share a colour (a run and its baseline).</summary>
    public int? Color { get; init; }
}

/// <summary>One group member of a bar plot: a value per category (NaN for none).</summary>
internal sealed record BarSeries(string Name, IReadOnlyList<double> Values)
{
    public int? Color { get; init; }
}

/// <summary>Something to mark on a plot: a vertical line (a change point) or a point (a breach).</summary>
internal sealed record PlotMark(double X, double? Y, string Label, bool Line);
