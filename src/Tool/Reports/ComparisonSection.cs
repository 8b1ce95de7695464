namespace StateTrace.Tool.Reports;

/// <summary>
/// The before/after table (baseline, current, ratio, verdict with its sentence), a loud banner when the machines
/// differ, and an overlay of every repetition normalised to the baseline median.
/// </summary>
internal static class ComparisonSection
{
    public const string Id = "comparison";
    public const string FingerprintWarningId = "fingerprint-warning";
    public const string RegressionId = "regression";

    public static void Write(HtmlWriter html, RunComparison comparison) => html.Section(Id, "Before / after", () =>
    {
        if (comparison.MachinesDiffer)
        {
            html.Banner(FingerprintWarningId, "warning", "⚠ " + comparison.MachineWarning,
                comparison.MachineDifferences.Select(d => $"{d.Field}: {d.Baseline} (baseline) ≠ {d.Current} (current)"));
        }

        html.Definitions(
        [
            ("Baseline", comparison.BaselineLabel),
            ("Current", comparison.CurrentLabel),
            ("Code", comparison.BaselineCode == comparison.CurrentCode ? comparison.CurrentCode : $"{comparison.BaselineCode} → {comparison.CurrentCode}"),
            ("Rule", Rule(comparison.Options)),
        ]);

        if (comparison.HasRegression)
        {
            html.Banner(RegressionId, "danger", $"{comparison.Count(Verdict.Slower)} primary metric(s) slower.",
                comparison.Rows.Where(r => r.Verdict == Verdict.Slower).Select(r => $"{r.Metric.Label}: {r.Sentence}"));
        }

        html.Paragraph($"{comparison.Count(Verdict.Faster)} faster, {comparison.Count(Verdict.Slower)} slower, {comparison.Count(Verdict.Same)} same, {comparison.Count(Verdict.Inconclusive)} inconclusive.");
        if (comparison.Rows.Count == 0)
        {
            html.Missing("No primary metric was measured in either run.");
            return;
        }

        Table(html, comparison.Rows);
        html.Plot(Overlay(comparison.Rows), "Every repetition of each metric divided by the baseline median (1 = the baseline). Right of 1 is more throughput or more latency.");
    });

    public static void Table(HtmlWriter html, IReadOnlyList<MetricComparison> rows) =>
        html.Table(["Metric", Cell.Num("Baseline"), Cell.Num("Current"), Cell.Num("Ratio"), "Verdict", "Why"],
            rows.Select(r => (IReadOnlyList<Cell>)
            [
                r.Metric.Label,
                Cell.Num(r.Baseline.Count == 0 ? "–" : r.Metric.Format(r.BaselineMedian)),
                Cell.Num(r.Current.Count == 0 ? "–" : r.Metric.Format(r.CurrentMedian)),
                Cell.Num(r.Ratio is double ratio ? Html.Number(ratio, 3) : "–"),
                VerdictCell(r.Verdict),
                r.Sentence,
            ]));

    public static Cell VerdictCell(Verdict verdict) => new(verdict.ToString(), "verdict-" + verdict.ToString().ToLowerInvariant());

    public static string Rule(ComparisonOptions options) =>
        $"Mann–Whitney on the repetitions (Perfolizer), α = {Html.Number(options.Alpha, 2)}, relative threshold {Html.Percent(options.RelativeThreshold, 0)} with a per-metric noise floor; " +
        $"fewer than {options.MinSamples} samples on a side is inconclusive.";

    private static string Overlay(IReadOnlyList<MetricComparison> rows)
    {
        // Horizontal: metric names are long, and read best down the left axis.
        var usable = rows.Where(r => r.BaselineMedian is > 0 && double.IsFinite(r.BaselineMedian)).ToList();
        double Row(int i) => usable.Count - 1 - i;
        var baseline = new PlotSeries("baseline",
            usable.SelectMany(r => r.Baseline.Select(v => v / r.BaselineMedian)).ToList(),
            usable.SelectMany((r, i) => r.Baseline.Select(_ => Row(i) + 0.15)).ToList())
        { Lines = false, Color = 0 };
        var current = new PlotSeries("current",
            usable.SelectMany(r => r.Current.Select(v => v / r.BaselineMedian)).ToList(),
            usable.SelectMany((r, i) => r.Current.Select(_ => Row(i) - 0.15)).ToList())
        { Lines = false, Color = 1 };
        var ticks = usable.Select((r, i) => (Row(i), r.Metric.Label)).ToList();
        return Plots.Lines("Repetitions relative to the baseline median", "value ÷ baseline median", "", [baseline, current],
            width: 760, height: Math.Max(240, 80 + 30 * usable.Count), yTicks: ticks);
    }
}
