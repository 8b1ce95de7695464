namespace StateTrace.Tool.Reports;

/// <summary>Trends of the primary metrics across the runs of one machine, with change points marked.</summary>
internal sealed class HistoryReport(TrendHistory history, TrendOptions options) : ReportWriter
{
    public IReadOnlyList<TrendSeries> Series { get; } = Trends.Analyse(history.Runs, options);

    protected override string Title => $"StateTrace history: machine {history.FingerprintId}";

    protected override string Subtitle => $"{history.Runs.Count} run(s) from {history.Folder}, {Html.Utc(history.Runs[0].Started)} to {Html.Utc(history.Runs[^1].Started)}";

    protected override void WriteSections(HtmlWriter html)
    {
        TrendSection.WriteHistory(html, history);
        TrendSection.WriteChangePoints(html, Series, options);
        TrendSection.WriteTrends(html, history, Series, options);
    }
}
