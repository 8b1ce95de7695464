using StateTrace.Engine.Runs;

namespace StateTrace.Tool.Reports;

/// <summary>
/// What the run looked like over time: per-host latencies (telemetry), throughput, queue depth and active workers, and
/// memory (timeseries.json). Each pass has its own clock from its start; every series is down-sampled.
/// </summary>
internal static class TimelineSection
{
    public const string Id = "timeline";

    public static void Write(HtmlWriter html, RunData run) => html.Section(Id, "Over time", () =>
    {
        var series = run.TimeSeries;
        var points = series is null ? [] : WholeRun(series.Points);
        if (series is null)
        {
            html.Missing(run.TimeSeriesProblem is null
                ? "No time series for this run (no timeseries.json): throughput and memory over time are not available."
                : "No time series for this run: " + run.TimeSeriesProblem);
        }

        html.OpenGrid();
        LatencyOverTime(html, run.Telemetry);
        if (points.Count > 0)
        {
            Plot(html, "Throughput over time", "MB/s", points, ThroughputSeries, "MB completed per interval, per pass.");
            if (points.Any(p => p.QueueDelayP95Ms is not null || p.EndToEndP95Ms is not null))
            {
                Plot(html, "Queue delay and end-to-end p95 over time", "ms", points, LoadLatencySeries, "Percentiles over each interval (load replays).");
            }

            Plot(html, "Queue depth and active workers", "hosts / workers", points, QueueSeries, "Hosts queued for parsing and parse workers busy, per pass.");
            Plot(html, "Memory over time", "MB", points, MemorySeries, "Working set and managed heap, per pass.");
        }
        else
        {
            SchedulerFromTelemetry(html, run.Telemetry);
            html.CloseGrid();
            html.Missing($"Memory over time: no time series for this run{(run.Summary.PeakWorkingSetBytes > 0 ? $"; the peak working set was {Html.Megabytes(run.Summary.PeakWorkingSetBytes)}" : "")}.");
            return;
        }

        html.CloseGrid();
    });

    /// <summary>The whole-run points (site <c>*</c>); when a series holds only per-site points they are summed per pass and instant.</summary>
    private static List<TimePoint> WholeRun(IReadOnlyList<TimePoint> points)
    {
        var whole = points.Where(p => p.Site == "*").ToList();
        if (whole.Count > 0 || points.Count == 0)
        {
            return whole;
        }

        return points.GroupBy(p => (p.Pass, p.Seconds)).Select(g => new TimePoint
        {
            Pass = g.Key.Pass,
            Site = "*",
            Seconds = g.Key.Seconds,
            QueuedHosts = g.Sum(p => p.QueuedHosts),
            ActiveWorkers = g.Sum(p => p.ActiveWorkers),
            HostsCompleted = g.Sum(p => p.HostsCompleted),
            BytesCompleted = g.Sum(p => p.BytesCompleted),
            RowsWritten = g.Sum(p => p.RowsWritten),
            WorkingSetBytes = g.Max(p => p.WorkingSetBytes),
            ManagedHeapBytes = g.Max(p => p.ManagedHeapBytes),
        }).ToList();
    }

    private static void Plot(HtmlWriter html, string title, string unit, List<TimePoint> points, Func<string, List<TimePoint>, bool, IEnumerable<PlotSeries>> make, string caption)
    {
        // A pass keeps one colour across its series (told apart by dashes); with one pass each series has its own.
        var passes = points.Select(p => p.Pass).Distinct(StringComparer.Ordinal).ToList();
        var series = passes.SelectMany((pass, i) => make(pass, points.Where(p => p.Pass == pass).OrderBy(p => p.Seconds).ToList(), passes.Count > 1)
            .Select((s, k) => s with { Color = passes.Count > 1 ? i : k })).ToList();
        html.Plot(Plots.Lines(title, "seconds since the pass began", unit, series, width: 460, height: 300), caption);
    }

    private static IEnumerable<PlotSeries> ThroughputSeries(string pass, List<TimePoint> p, bool named)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 1; i < p.Count; i++)
        {
            var dt = p[i].Seconds - p[i - 1].Seconds;
            if (dt > 0)
            {
                xs.Add(p[i].Seconds);
                ys.Add((p[i].BytesCompleted - p[i - 1].BytesCompleted) / 1e6 / dt);
            }
        }

        yield return new PlotSeries(named ? pass : "MB/s", xs, ys);
    }

    private static IEnumerable<PlotSeries> LoadLatencySeries(string pass, List<TimePoint> p, bool named)
    {
        var prefix = named ? pass + " " : "";
        var queue = p.Where(t => t.QueueDelayP95Ms is not null).ToList();
        yield return new PlotSeries(prefix + "queue p95", queue.Select(t => t.Seconds).ToList(), queue.Select(t => t.QueueDelayP95Ms!.Value).ToList());
        var end = p.Where(t => t.EndToEndP95Ms is not null).ToList();
        yield return new PlotSeries(prefix + "end-to-end p95", end.Select(t => t.Seconds).ToList(), end.Select(t => t.EndToEndP95Ms!.Value).ToList());
    }

    private static IEnumerable<PlotSeries> QueueSeries(string pass, List<TimePoint> p, bool named)
    {
        var prefix = named ? pass + " " : "";
        var xs = p.Select(t => t.Seconds).ToList();
        yield return new PlotSeries(prefix + "queued hosts", xs, p.Select(t => (double)t.QueuedHosts).ToList());
        yield return new PlotSeries(prefix + "active workers", xs, p.Select(t => (double)t.ActiveWorkers).ToList()) { Secondary = true };
    }

    private static IEnumerable<PlotSeries> MemorySeries(string pass, List<TimePoint> p, bool named)
    {
        var prefix = named ? pass + " " : "";
        var xs = p.Select(t => t.Seconds).ToList();
        yield return new PlotSeries(prefix + "working set", xs, p.Select(t => t.WorkingSetBytes / 1e6).ToList());
        yield return new PlotSeries(prefix + "managed heap", xs, p.Select(t => t.ManagedHeapBytes / 1e6).ToList()) { Secondary = true };
    }

    private static void LatencyOverTime(HtmlWriter html, TelemetrySamples telemetry)
    {
        if (!telemetry.Found)
        {
            html.Missing($"No telemetry for this run ({TelemetrySamples.FileName} is absent): no per-host latency over time.");
            return;
        }

        foreach (var (title, values) in new[] { ("Parse time per host over time", telemetry.ParseMs), ("Database write latency over time", telemetry.WriteMs) })
        {
            if (values.Count == 0)
            {
                continue;
            }

            var series = telemetry.Passes.Select(pass => new PlotSeries(pass,
                values.Where(v => v.Pass == pass).Select(v => v.Seconds).ToList(),
                values.Where(v => v.Pass == pass).Select(v => v.Value).ToList())
            { Lines = false }).Where(s => s.X.Count > 0).ToList();
            html.Plot(Plots.Lines(title, "seconds since the pass began", "ms", series, width: 460, height: 300),
                $"{title}: one point per host (at most {DownSample.MaxPoints} per pass; extremes kept).");
        }
    }

    private static void SchedulerFromTelemetry(HtmlWriter html, TelemetrySamples telemetry)
    {
        if (telemetry.Scheduler.Count == 0)
        {
            html.Missing("Queue depth and active workers over time: no time series and no scheduler events in the telemetry.");
            return;
        }

        var series = new List<PlotSeries>();
        var named = telemetry.Passes.Count > 1;
        for (var i = 0; i < telemetry.Passes.Count; i++)
        {
            var pass = telemetry.Passes[i];
            var points = telemetry.Scheduler.Where(s => s.Pass == pass).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var prefix = named ? pass + " " : "";
            var xs = points.Select(p => p.Seconds).ToList();
            series.Add(new PlotSeries(prefix + "queued hosts", xs, points.Select(p => (double)p.Queued).ToList()) { Color = named ? i : 0 });
            series.Add(new PlotSeries(prefix + "active workers", xs, points.Select(p => (double)p.Active).ToList()) { Secondary = true, Color = named ? i : 1 });
        }

        html.Plot(Plots.Lines("Queue depth and active workers", "seconds since the pass began", "hosts / workers", series, width: 460, height: 300),
            "From the scheduler's launch events (no time series for this run): hosts queued and workers busy at each launch.");
    }
}
