namespace StateTrace.Tool.Reports;

/// <summary>BenchmarkDotNet results: where they ran, and one row and one bar per benchmark case.</summary>
internal static class BdnSection
{
    public const string EnvironmentId = "environment";
    public const string BenchmarksId = "benchmarks";

    public static void WriteEnvironment(HtmlWriter html, BdnResults results, BdnResults? baseline) => html.Section(EnvironmentId, "Environment", () =>
    {
        html.Heading("Current: " + results.Source);
        html.Definitions(results.Host.Fields);
        html.Paragraph("Reports read: " + string.Join(", ", results.Files.Select(Path.GetFileName)));
        if (baseline is not null)
        {
            html.Heading("Baseline: " + baseline.Source);
            html.Definitions(baseline.Host.Fields);
        }
    });

    public static void WriteBenchmarks(HtmlWriter html, BdnResults results, BdnResults? baseline) => html.Section(BenchmarksId, "Benchmarks", () =>
    {
        if (results.Benchmarks.Count == 0)
        {
            html.Missing("The reports hold no benchmark with statistics.");
            return;
        }

        html.Table(["Benchmark", Cell.Num("Mean"), Cell.Num("Median"), Cell.Num("StdDev"), Cell.Num("N"), Cell.Num("Allocated/op")],
            results.Benchmarks.Select(b => (IReadOnlyList<Cell>)
            [
                b.ShortName, Cell.Num(Time(b.Mean)), Cell.Num(Time(b.Median)), Cell.Num(Time(b.StandardDeviation)),
                Cell.Num(Html.Number(b.Values.Count)), Cell.Num(b.AllocatedBytes is long a ? Html.Number(a) + " B" : "–"),
            ]));

        var names = results.Benchmarks.Select(b => b.ShortName).ToList();
        var top = results.Benchmarks.Select(b => b.Median).Concat(baseline?.Benchmarks.Select(b => b.Median) ?? []).Where(double.IsFinite).DefaultIfEmpty(1).Max();
        var (scale, unit) = top >= 1e9 ? (1e9, "s") : top >= 1e6 ? (1e6, "ms") : top >= 1e3 ? (1e3, "µs") : (1.0, "ns");
        var series = new List<BarSeries>();
        if (baseline is not null)
        {
            var byName = baseline.Benchmarks.ToDictionary(b => b.FullName, StringComparer.Ordinal);
            series.Add(new BarSeries("baseline", results.Benchmarks.Select(b => byName.GetValueOrDefault(b.FullName)?.Median / scale ?? double.NaN).ToList()) { Color = 7 });
        }

        series.Add(new BarSeries(baseline is null ? "median" : "current", results.Benchmarks.Select(b => b.Median / scale).ToList()));
        html.Plot(Plots.Bars("Median time per operation", unit, names, series, horizontal: true, width: 760, height: Math.Max(220, 60 + 44 * names.Count)),
            "Median of the workload iterations per benchmark case" + (baseline is null ? "." : "; grey bars are the baseline."));
    });

    private static string Time(double ns) => new MetricDefinition("", "", "ns", false, 0).Format(ns);
}
