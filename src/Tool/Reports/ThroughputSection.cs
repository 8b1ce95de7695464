using StateTrace.Engine.Runs;

namespace StateTrace.Tool.Reports;

/// <summary>Throughput per site (each site's share of its pass's MB/s), and per pass across repetitions; the baseline beside it when given.</summary>
internal static class ThroughputSection
{
    public const string Id = "throughput";

    public static void Write(HtmlWriter html, RunSummary summary, RunSummary? baseline) => html.Section(Id, "Throughput", () =>
    {
        var passes = SitesSection.FirstRepetitions(summary).Where(p => p.Sites.Count > 0).ToList();
        var basePasses = baseline is null ? [] : SitesSection.FirstRepetitions(baseline).Where(p => p.Sites.Count > 0).ToList();
        if (passes.Count == 0)
        {
            html.Missing("No per-site counts: nothing to plot per site.");
        }
        else
        {
            var sites = passes.SelectMany(p => p.Sites.Select(s => s.Site)).Concat(basePasses.SelectMany(p => p.Sites.Select(s => s.Site)))
                .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
            var series = new List<BarSeries>();
            for (var i = 0; i < passes.Count; i++)
            {
                var pass = passes[i];
                if (basePasses.FirstOrDefault(p => string.Equals(p.Pass, pass.Pass, StringComparison.OrdinalIgnoreCase)) is { } b)
                {
                    series.Add(new BarSeries($"baseline {b.Pass}", PerSite(b, sites)) { Color = 7 });
                }

                series.Add(new BarSeries(baseline is null ? pass.Pass : $"current {pass.Pass}", PerSite(pass, sites)) { Color = i });
            }

            html.Plot(Plots.Bars("Throughput per site", "MB/s", sites, series), "Each site's input divided by its pass's duration (first repetition)" + (baseline is null ? "." : "; grey bars are the baseline."));
        }

        var reps = summary.Repetitions.Count > 0
            ? summary.Repetitions.Select(r => (r.Pass, r.MegabytesPerSecond, r.HostsPerSecond)).ToList()
            : summary.Passes.Select(p => (p.Pass, p.Throughput.MegabytesPerSecond, p.Throughput.HostsPerSecond)).ToList();
        if (reps.Count == 0)
        {
            return;
        }

        var names = reps.Select(r => r.Pass).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var mbps = names.Select(n => MetricComparer.Median(reps.Where(r => Same(r.Pass, n)).Select(r => r.MegabytesPerSecond).ToList())).ToList();
        var hosts = names.Select(n => MetricComparer.Median(reps.Where(r => Same(r.Pass, n)).Select(r => r.HostsPerSecond).ToList())).ToList();
        html.OpenGrid();
        html.Plot(Plots.Bars("Throughput per pass", "MB/s", names, [new BarSeries("MB/s", mbps)], width: 420, height: 280), "Median over repetitions.");
        html.Plot(Plots.Bars("Hosts per second per pass", "hosts/s", names, [new BarSeries("hosts/s", hosts) { Color = 2 }], width: 420, height: 280), "Median over repetitions.");
        html.CloseGrid();
    });

    private static List<double> PerSite(PassSummary pass, IReadOnlyList<string> sites) =>
        sites.Select(name => pass.Sites.FirstOrDefault(s => Same(s.Site, name)) is { } site ? SitesSection.SiteMegabytesPerSecond(pass, site) : double.NaN).ToList();

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
