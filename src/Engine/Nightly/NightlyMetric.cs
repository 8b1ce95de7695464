using StateTrace.Engine.Runs;

namespace StateTrace.Engine.Nightly;

/// <summary>A key metric the nightly tracks: its name in the index, unit and which direction is better.</summary>
internal sealed record NightlyMetric(string Name, string Label, string Unit, bool HigherIsBetter);

/// <summary>
/// The key metrics of a nightly, one number each from the verify run's repetitions: cold throughput, warm improvement,
/// parse p95 and write p95. Per-repetition values are reduced by their median, so one slow repetition does not move
/// the number.
/// </summary>
internal static class NightlyMetrics
{
    public static readonly NightlyMetric ColdThroughput = new("cold.mbps", "cold throughput", "MB/s", HigherIsBetter: true);
    public static readonly NightlyMetric WarmImprovement = new("warm.improvement", "warm improvement", "%", HigherIsBetter: true);
    public static readonly NightlyMetric ParseP95 = new("cold.parse.p95", "parse p95 (cold)", "ms", HigherIsBetter: false);
    public static readonly NightlyMetric WriteP95 = new("cold.write.p95", "write p95 (cold)", "ms", HigherIsBetter: false);

    public static readonly NightlyMetric LoadQueueP95 = new("load.queue.p95", "load queue delay p95", "ms", HigherIsBetter: false);

    public static IReadOnlyList<NightlyMetric> All { get; } = [ColdThroughput, WarmImprovement, ParseP95, WriteP95, LoadQueueP95];

    /// <summary>Adds the load runs' queue-delay p95 (their median) when any load scenario ran and measured it.</summary>
    public static void AddLoad(Dictionary<string, double> metrics, IEnumerable<RunSummary> loads) =>
        Add(metrics, LoadQueueP95, loads.SelectMany(l => P95s(l.Passes, "QueueDelay")));

    /// <summary>The key metrics a verify run's summary holds; a metric it holds no sample of is left out.</summary>
    public static Dictionary<string, double> FromVerify(RunSummary verify)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        var cold = verify.Passes.Where(p => p.Pass == "cold").ToList();
        Add(metrics, ColdThroughput, cold.Select(p => p.Throughput.MegabytesPerSecond));
        Add(metrics, ParseP95, P95s(cold, "ParseDuration"));
        Add(metrics, WriteP95, P95s(cold, "DatabaseWriteLatency"));
        if (verify.WarmRunComparison is { } warm)
        {
            metrics[WarmImprovement.Name] = warm.ImprovementPercent;
        }

        return metrics;
    }

    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("The median of no values is undefined.", nameof(values));
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static IEnumerable<double> P95s(IEnumerable<PassSummary> passes, string latency) =>
        passes.Select(p => p.Latencies.GetValueOrDefault(latency)).Where(s => s is { Count: > 0 }).Select(s => s!.P95);

    private static void Add(Dictionary<string, double> metrics, NightlyMetric metric, IEnumerable<double> samples)
    {
        var values = samples.Where(double.IsFinite).ToList();
        if (values.Count > 0)
        {
            metrics[metric.Name] = Median(values);
        }
    }
}
