namespace StateTrace.Tool.Reports;

/// <summary>A BenchmarkDotNet results folder as a report; with a baseline folder, the same before/after table as runs get.</summary>
internal sealed class BdnReport(BdnResults results, BdnResults? baseline, ComparisonOptions options) : ReportWriter
{
    public RunComparison? Comparison { get; } = baseline is null ? null : BdnComparison.Compare(baseline, results, options);

    protected override string Title => baseline is null ? "BenchmarkDotNet results" : "BenchmarkDotNet results: before / after";

    protected override string Subtitle => $"{results.Benchmarks.Count} benchmark case(s) from {results.Source}" + (baseline is null ? "" : $"; baseline {baseline.Source}");

    protected override void WriteSections(HtmlWriter html)
    {
        BdnSection.WriteEnvironment(html, results, baseline);
        if (Comparison is not null)
        {
            ComparisonSection.Write(html, Comparison);
        }

        BdnSection.WriteBenchmarks(html, results, baseline);
    }
}
