using StateTrace.Engine.Runs;

namespace StateTrace.Tool.Reports;

/// <summary>Histograms of per-host latencies from telemetry: parse, database write and (load runs) queue delay, passes overlaid.</summary>
internal static class DistributionSection
{
    public const string Id = "distributions";

    public static void Write(HtmlWriter html, RunSummary summary, TelemetrySamples telemetry) => html.Section(Id, "Latency distributions", () =>
    {
        if (!telemetry.Found)
        {
            html.Missing($"No telemetry for this run ({TelemetrySamples.FileName} is absent): no per-host distributions.");
            return;
        }

        html.OpenGrid();
        Histogram(html, "Parse time per host", telemetry.ParseMs, telemetry.Passes, "No ParseDuration events in the telemetry.");
        Histogram(html, "Database write latency per host", telemetry.WriteMs, telemetry.Passes, "No DatabaseWriteLatency events in the telemetry.");
        if (telemetry.QueueDelayMs.Count > 0 || string.Equals(summary.RunKind, "load", StringComparison.OrdinalIgnoreCase))
        {
            Histogram(html, "Queue delay per host", telemetry.QueueDelayMs, telemetry.Passes,
                "No per-host queue delays in the telemetry; the queue-delay percentiles are in the latency table.");
        }

        html.CloseGrid();
    });

    private static void Histogram(HtmlWriter html, string title, IReadOnlyList<TimedValue> values, IReadOnlyList<string> passes, string missing)
    {
        if (values.Count == 0)
        {
            html.Missing(missing);
            return;
        }

        var series = passes.Select(p => (p, (IReadOnlyList<double>)values.Where(v => v.Pass == p).Select(v => v.Value).ToList()))
            .Where(s => s.Item2.Count > 0).ToList();
        html.Plot(Plots.Histogram(title, "ms", series), $"{title}: {Html.Number(values.Count)} hosts, log-spaced bins.");
    }
}
