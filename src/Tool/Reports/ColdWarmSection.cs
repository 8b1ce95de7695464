using System.Globalization;
using StateTrace.Engine.Runs;

namespace StateTrace.Tool.Reports;

/// <summary>Verify's cold and warm passes side by side: the write path per host, throughput, cache hits and the improvement.</summary>
internal static class ColdWarmSection
{
    public const string Id = "cold-warm";

    public static void Write(HtmlWriter html, RunSummary summary) => html.Section(Id, "Cold vs warm", () =>
    {
        if (summary.WarmRunComparison is not { } w)
        {
            html.Missing($"No cold/warm comparison: this is a{(summary.RunKind.StartsWith('i') ? "n" : "")} {summary.RunKind} run; 'statetrace verify' makes one.");
            return;
        }

        var items = new List<(string, string)>
        {
            ("Improvement (median write path)", Html.Number(w.ImprovementPercent, 1) + " %"),
            ("Per repetition", w.ImprovementSamples.Count == 0 ? "–" : string.Join(", ", w.ImprovementSamples.Select(s => Html.Number(s, 1) + " %"))),
            ("Hosts", $"{w.ColdHosts} cold, {w.WarmHosts} warm"),
            ("Warm cache hits", w.CacheHitRatio is double hit ? Html.Percent(hit) : "–"),
            ("Warm rows written", Html.Number(w.WarmRowsWritten)),
            ("Signature misses", Html.Number(w.SignatureMisses)),
            ("Warm process", w.WarmProcess),
        };
        if (w.WarmProcessStartupMs is double startup)
        {
            items.Add(("Warm process start-up", Html.Milliseconds(startup)));
        }

        if (w.SnapshotImportMs is double import)
        {
            items.Add(("Snapshot import", Html.Milliseconds(import)));
        }

        if (w.Changed is { } changed)
        {
            items.Add(("Changed pass", string.Create(CultureInfo.InvariantCulture,
                $"{changed.RowsWritten} rows written for {changed.ExpectedRows} expected ({changed.HostsChanged} hosts changed; manifest {changed.Manifest})")));
        }

        html.Definitions(items);
        string[] categories = ["p50", "p75", "p90", "p95", "p99", "max"];
        html.OpenGrid();
        html.Plot(Plots.Bars("Write path per host: cold vs warm", "ms", categories,
            [new BarSeries("cold", Values(w.ColdWritePath)), new BarSeries("warm", Values(w.WarmWritePath))], width: 460, height: 300),
            $"Diff plus the host's writes, per host. Median cold {Html.Milliseconds(w.ColdWritePath.P50)}, warm {Html.Milliseconds(w.WarmWritePath.P50)}.");
        var passes = SitesSection.FirstRepetitions(summary).Where(p => p.Pass is "cold" or "warm").ToList();
        if (passes.Count > 0)
        {
            html.Plot(Plots.Bars("Throughput: cold vs warm", "MB/s", passes.Select(p => p.Pass).ToList(),
                [new BarSeries("MB/s", passes.Select(p => p.Throughput.MegabytesPerSecond).ToList()) { Color = 2 }], width: 460, height: 300),
                "First repetition of each pass.");
        }

        html.CloseGrid();
    });

    private static double[] Values(LatencyStats s) => [s.P50, s.P75, s.P90, s.P95, s.P99, s.Max];
}
