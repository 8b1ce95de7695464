using StateTrace.Engine.Runs;

namespace StateTrace.Tool.Reports;

/// <summary>
/// The short list of metrics a before/after comparison and a trend look at (design §6), with one sample per repetition:
/// per pass throughput (MB/s, hosts/s, rows/s), parse p95 and write p95; for verify the warm write-path median; for
/// load the queue-delay p95. Noise floors are in the metric's unit.
/// </summary>
internal static class PrimaryMetrics
{
    public const double ThroughputMegabytesFloor = 0.1;
    public const double ThroughputHostsFloor = 1;
    public const double ThroughputRowsFloor = 100;
    public const double LatencyFloorMs = 0.5;

    /// <summary>The warm write path is measured in microseconds; half a millisecond would hide any change in it.</summary>
    public const double WarmWritePathFloorMs = 0.02;

    public static IReadOnlyList<MetricSamples> From(RunSummary summary)
    {
        var result = new List<MetricSamples>();
        foreach (var pass in PassOrder(summary))
        {
            var reps = summary.Repetitions.Where(r => Same(r.Pass, pass)).OrderBy(r => r.Repetition).ToList();
            var passes = summary.Passes.Where(p => Same(p.Pass, pass)).OrderBy(p => p.Repetition).ToList();
            IReadOnlyList<(double Mb, double Hosts, double Rows)> throughput = reps.Count > 0
                ? reps.Select(r => (r.MegabytesPerSecond, r.HostsPerSecond, r.RowsPerSecond)).ToList()
                : passes.Select(p => (p.Throughput.MegabytesPerSecond, p.Throughput.HostsPerSecond, p.Throughput.RowsPerSecond)).ToList();

            result.Add(new(new($"{pass}.mbps", $"{pass} throughput", "MB/s", true, ThroughputMegabytesFloor), throughput.Select(t => t.Mb).ToList()));
            result.Add(new(new($"{pass}.hostsps", $"{pass} hosts/s", "hosts/s", true, ThroughputHostsFloor), throughput.Select(t => t.Hosts).ToList()));
            result.Add(new(new($"{pass}.rowsps", $"{pass} rows/s", "rows/s", true, ThroughputRowsFloor), throughput.Select(t => t.Rows).ToList()));
            result.Add(Latency(passes, pass, "ParseDuration", "parse.p95", "parse p95", s => s.P95, LatencyFloorMs));
            result.Add(Latency(passes, pass, "DatabaseWriteLatency", "write.p95", "write p95", s => s.P95, LatencyFloorMs));
            if (Same(pass, "warm"))
            {
                result.Add(Latency(passes, pass, "WritePath", "writePath.p50", "write-path median", s => s.P50, WarmWritePathFloorMs));
            }

            if (Same(pass, "load"))
            {
                result.Add(Latency(passes, pass, "QueueDelay", "queue.p95", "queue delay p95", s => s.P95, LatencyFloorMs));
            }
        }

        return result;
    }

    /// <summary>Passes in the order the run made them (cold before warm).</summary>
    public static IReadOnlyList<string> PassOrder(RunSummary summary) =>
        summary.Passes.Select(p => p.Pass).Concat(summary.Repetitions.Select(r => r.Pass)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static MetricSamples Latency(List<PassSummary> passes, string pass, string name, string key, string label, Func<LatencyStats, double> pick, double floor) =>
        new(new($"{pass}.{key}", $"{pass} {label}", "ms", false, floor),
            passes.Select(p => p.Latencies.GetValueOrDefault(name)).Where(s => s is { Count: > 0 }).Select(s => pick(s!)).ToList());

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
