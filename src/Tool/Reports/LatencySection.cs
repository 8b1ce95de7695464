using System.Globalization;
using StateTrace.Engine.Runs;

namespace StateTrace.Tool.Reports;

/// <summary>Latency percentiles per pass and metric (HdrHistogram, from the summary), as a table and as percentile curves.</summary>
internal static class LatencySection
{
    public const string Id = "latency";

    private static readonly string[] PercentileNames = ["p50", "p75", "p90", "p95", "p99", "max"];

    public static void Write(HtmlWriter html, RunSummary summary, RunSummary? baseline) => html.Section(Id, "Latency percentiles", () =>
    {
        var rows = Aggregate(summary);
        if (rows.Count == 0)
        {
            html.Missing("This run recorded no latencies.");
            return;
        }

        html.Table(["Metric", "Pass", Cell.Num("Reps"), Cell.Num("Count"), Cell.Num("p50"), Cell.Num("p75"), Cell.Num("p90"), Cell.Num("p95"), Cell.Num("p99"), Cell.Num("Max"), Cell.Num("Mean"), Cell.Num("Clamped")],
            rows.Select(r => (IReadOnlyList<Cell>)
            [
                Name(r.Metric), r.Pass, Cell.Num(r.Repetitions.ToString(CultureInfo.InvariantCulture)), Cell.Num(Html.Number(r.Stats.Count)),
                Cell.Num(Html.Milliseconds(r.Stats.P50)), Cell.Num(Html.Milliseconds(r.Stats.P75)), Cell.Num(Html.Milliseconds(r.Stats.P90)),
                Cell.Num(Html.Milliseconds(r.Stats.P95)), Cell.Num(Html.Milliseconds(r.Stats.P99)), Cell.Num(Html.Milliseconds(r.Stats.Max)),
                Cell.Num(Html.Milliseconds(r.Stats.Mean)), Cell.Num(Html.Number(r.Stats.Clamped)),
            ]));
        html.Paragraph("Per host, in milliseconds. With several repetitions each percentile is the median over them.");

        var baseRows = baseline is null ? [] : Aggregate(baseline);
        html.OpenGrid();
        foreach (var metric in rows.Select(r => r.Metric).Distinct(StringComparer.Ordinal))
        {
            var series = new List<PlotSeries>();
            var passes = rows.Where(r => r.Metric == metric).ToList();
            for (var i = 0; i < passes.Count; i++)
            {
                if (baseRows.FirstOrDefault(b => b.Metric == metric && string.Equals(b.Pass, passes[i].Pass, StringComparison.OrdinalIgnoreCase)) is { } b)
                {
                    series.Add(Curve($"baseline {b.Pass}", b.Stats) with { Secondary = true, Color = i });
                }

                series.Add(Curve(baseline is null ? passes[i].Pass : $"current {passes[i].Pass}", passes[i].Stats) with { Color = i });
            }

            var ticks = PercentileNames.Select((n, i) => ((double)i, n)).ToList();
            html.Plot(Plots.Lines($"{Name(metric)} percentiles", "percentile", "ms", series, xTicks: ticks, width: 460, height: 300),
                baseline is null ? $"{Name(metric)} per host by percentile." : $"{Name(metric)}: pale lines with open circles are the baseline.");
        }

        html.CloseGrid();
    });

    public static string Name(string metric) => metric switch
    {
        "ParseDuration" => "Parse",
        "DatabaseWriteLatency" => "Database write",
        "WritePath" => "Write path",
        "QueueDelay" => "Queue delay",
        "EndToEnd" => "End to end",
        _ => metric,
    };

    internal sealed record Row(string Metric, string Pass, int Repetitions, LatencyStats Stats);

    /// <summary>One row per metric and pass; repetitions folded into the median of each percentile.</summary>
    internal static List<Row> Aggregate(RunSummary summary)
    {
        var rows = new List<Row>();
        var metrics = summary.Passes.SelectMany(p => p.Latencies.Keys).Distinct(StringComparer.Ordinal).ToList();
        foreach (var metric in metrics)
        {
            foreach (var group in summary.Passes.GroupBy(p => p.Pass, StringComparer.OrdinalIgnoreCase))
            {
                var stats = group.Select(p => p.Latencies.GetValueOrDefault(metric)).Where(s => s is { Count: > 0 }).Select(s => s!).ToList();
                if (stats.Count == 0)
                {
                    continue;
                }

                double M(Func<LatencyStats, double> pick) => MetricComparer.Median(stats.Select(pick).ToList());
                rows.Add(new Row(metric, group.Key, stats.Count, new LatencyStats(
                    (long)M(s => s.Count), M(s => s.Min), M(s => s.P50), M(s => s.P75), M(s => s.P90), M(s => s.P95), M(s => s.P99), M(s => s.Max), M(s => s.Mean),
                    stats.Sum(s => s.Clamped))));
            }
        }

        return rows;
    }

    private static PlotSeries Curve(string name, LatencyStats s) =>
        new(name, [0, 1, 2, 3, 4, 5], [s.P50, s.P75, s.P90, s.P95, s.P99, s.Max]);
}
