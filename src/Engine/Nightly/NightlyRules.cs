using System.Globalization;

namespace StateTrace.Engine.Nightly;

internal enum NightlyVerdict
{
    /// <summary>Within the threshold of the baseline median.</summary>
    Ok,

    /// <summary>Worse than the baseline median by more than the threshold, once: a warning, never an alert.</summary>
    Breach,

    /// <summary>A breach right after a breach of the same metric on the same machine: the nightly fails.</summary>
    Alert,

    /// <summary>Fewer green nightlies of this machine than the window: nothing to compare with yet.</summary>
    InsufficientHistory,

    /// <summary>This nightly holds no value for the metric.</summary>
    NotMeasured,
}

/// <summary>The rule's knobs. Defaults: a 10 % relative threshold over the median of the last 5 green nightlies.</summary>
internal sealed record NightlyRuleOptions
{
    /// <summary>Relative: 0.10 means a metric 10 % worse than the baseline median (boundary included) is still no breach.</summary>
    public double Threshold { get; init; } = 0.10;

    public int Window { get; init; } = 5;
}

/// <param name="Change">Signed relative change against the median, value / median − 1 (null when the median is 0 or unknown).</param>
internal sealed record MetricVerdict(
    string Metric, string Unit, bool HigherIsBetter, double? Value, double? BaselineMedian, IReadOnlyList<string> BaselineRuns, double? Change,
    NightlyVerdict Verdict, string Reason);

/// <summary>
/// The nightly persistence rule (design §6, after crank's RegressionBot, harness anchors §4.4): each key metric is
/// compared with the rolling median of the last <see cref="NightlyRuleOptions.Window"/> green nightlies of the same
/// machine fingerprint; worse by more than the threshold is a breach (a warning), and a breach alerts only when the
/// previous nightly of that machine breached the same metric too. One-off spikes never alert; other machines never count.
/// </summary>
internal static class NightlyRules
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <param name="current">The nightly being judged; its <see cref="NightlyEntry.Verdicts"/> are ignored.</param>
    /// <param name="index">Earlier nightlies of any machine, in index order (oldest first); <paramref name="current"/> is skipped if present.</param>
    public static IReadOnlyList<MetricVerdict> Evaluate(NightlyEntry current, IEnumerable<NightlyEntry> index, NightlyRuleOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Window, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Threshold);

        // OrderBy is stable: nightlies with the same timestamp keep their index order.
        var history = index
            .Where(e => e.MachineId == current.MachineId && e.RunId != current.RunId)
            .OrderBy(e => e.TimestampUtc)
            .ToList();
        var previous = history.Count > 0 ? history[^1] : null;
        return [.. NightlyMetrics.All.Select(metric => Judge(metric, current, history, previous, options))];
    }

    private static MetricVerdict Judge(NightlyMetric metric, NightlyEntry current, List<NightlyEntry> history, NightlyEntry? previous, NightlyRuleOptions options)
    {
        if (!current.Metrics.TryGetValue(metric.Name, out var value) || !double.IsFinite(value))
        {
            return new(metric.Name, metric.Unit, metric.HigherIsBetter, null, null, [], null, NightlyVerdict.NotMeasured, "not measured by this nightly");
        }

        var baseline = new List<NightlyEntry>(options.Window);
        for (var i = history.Count - 1; i >= 0 && baseline.Count < options.Window; i--)
        {
            if (history[i].Green && history[i].Metrics.TryGetValue(metric.Name, out var v) && double.IsFinite(v))
            {
                baseline.Add(history[i]);
            }
        }

        baseline.Reverse();
        var runs = baseline.Select(e => e.RunId).ToList();
        if (baseline.Count < options.Window)
        {
            return new(metric.Name, metric.Unit, metric.HigherIsBetter, value, null, runs, null, NightlyVerdict.InsufficientHistory,
                $"{baseline.Count} green nightlies of machine {current.MachineId} measured it; the baseline needs {options.Window}");
        }

        var median = NightlyMetrics.Median(baseline.Select(e => e.Metrics[metric.Name]).ToList());
        double? change = median == 0 ? null : value / median - 1;
        var worse = change is double c && (metric.HigherIsBetter ? -c : c) > options.Threshold;
        var comparison = string.Create(C, $"{Number(value)} {metric.Unit} vs median {Number(median)} {metric.Unit} of the last {options.Window} green nightlies")
            + (change is double d ? string.Create(C, $" ({d * 100:+0.0;-0.0;0.0} %)") : "");
        if (!worse)
        {
            return new(metric.Name, metric.Unit, metric.HigherIsBetter, value, median, runs, change, NightlyVerdict.Ok, comparison);
        }

        var limit = string.Create(C, $"worse by more than {options.Threshold * 100:0.##} %");
        var previousBreached = previous is not null && previous.Verdicts.TryGetValue(metric.Name, out var before) && before is NightlyVerdict.Breach or NightlyVerdict.Alert;
        return previousBreached
            ? new(metric.Name, metric.Unit, metric.HigherIsBetter, value, median, runs, change, NightlyVerdict.Alert,
                $"{comparison}: {limit}, and the previous nightly {previous!.RunId} breached too")
            : new(metric.Name, metric.Unit, metric.HigherIsBetter, value, median, runs, change, NightlyVerdict.Breach,
                $"{comparison}: {limit}; first breach, a warning until the next nightly confirms it");
    }

    private static string Number(double value) => value.ToString(Math.Abs(value) >= 100 ? "0.#" : "0.###", C);
}
