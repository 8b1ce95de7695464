using System.Globalization;
using StateTrace.Engine.Runs;

namespace StateTrace.Engine.Gates;

/// <summary>Where each gate's number comes from: the summary for run-level and per-host latency gates, telemetry for the rest.</summary>
internal static class GateMeasures
{
    /// <summary>Keys a nightly summary's Settings carry for the doubling gate.</summary>
    internal const string DoublingVerdictKey = "DoublingVerdict";
    internal const string DoublingSlowdownKey = "DoublingSlowdownPercent";
    internal const string DoublingSamplesKey = "DoublingSamples";

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static Measure Measure(GateDefinition gate, RunSummary summary, TelemetryReadResult telemetry, int minSamples) => gate.Name switch
    {
        "warm.improvement" => Improvement(summary.WarmRunComparison),
        "warm.cacheHit" => CacheHit(summary.WarmRunComparison),
        "warm.rowsWritten" => WarmRows(summary.WarmRunComparison),
        "changed.exact" => Changed(summary.WarmRunComparison?.Changed),
        "parse.p95" => Latency(gate, summary, "ParseDuration", s => s.P95, minSamples),
        "parse.max" => Latency(gate, summary, "ParseDuration", s => s.Max, minSamples),
        "write.p95" => Latency(gate, summary, "DatabaseWriteLatency", s => s.P95, minSamples),
        "warm.writePath.p95" => Latency(gate, summary, "WritePath", s => s.P95, minSamples),
        "queue.p95" => Latency(gate, summary, "QueueDelay", s => s.P95, minSamples),
        "queue.p99" => Latency(gate, summary, "QueueDelay", s => s.P99, minSamples),
        "fairness.streak" => Fairness(telemetry),
        "completeness" => Completeness(summary, telemetry),
        "siteCache.hydrate.p95" => Hydration(telemetry),
        "doubling" => Doubling(summary.Settings),
        _ => throw new InvalidOperationException($"Gate {gate.Name} has no measure."),
    };

    private static Measure Improvement(WarmRunComparison? c)
    {
        if (c is null)
        {
            return Gates.Measure.NoData("the summary has no cold/warm comparison");
        }

        var note = string.Create(C, $"median write path {c.ColdWritePath.P50:0.###} ms cold → {c.WarmWritePath.P50:0.###} ms warm");
        if (c.ImprovementSamples.Count > 1)
        {
            note += string.Create(C, $"; median of {c.ImprovementSamples.Count} repetitions ({c.ImprovementSamples.Min():0.##}–{c.ImprovementSamples.Max():0.##} %)");
        }

        return Gates.Measure.Of(c.ImprovementPercent, Math.Min(c.ColdWritePath.Count, c.WarmWritePath.Count), note);
    }

    private static Measure CacheHit(WarmRunComparison? c) => c switch
    {
        null => Gates.Measure.NoData("the summary has no cold/warm comparison"),
        { CacheHitRatio: null } => Gates.Measure.NoData("no warm host was written, so the site cache was never asked"),
        _ => Gates.Measure.Of(Math.Round(c.CacheHitRatio.Value * 100, 6), c.WarmHosts),
    };

    private static Measure WarmRows(WarmRunComparison? c) => c is null
        ? Gates.Measure.NoData("the summary has no cold/warm comparison")
        : Gates.Measure.Of(c.WarmRowsWritten, c.WarmHosts, c.SignatureMisses == 0 ? "" : string.Create(C, $"{c.SignatureMisses} signature misses"));

    private static Measure Changed(ChangedComparison? changed) => changed is null
        ? Gates.Measure.NotApplicable("no --changed pass in this run")
        : Gates.Measure.Exact(changed.RowsWritten == changed.ExpectedRows, changed.HostsChanged,
            string.Create(C, $"= {changed.ExpectedRows} rows"), string.Create(C, $"{changed.RowsWritten} rows"), changed.RowsWritten,
            changed.RowsWritten == changed.ExpectedRows
                ? $"manifest {changed.Manifest}"
                : string.Create(C, $"{changed.RowsWritten} rows written where the manifest {changed.Manifest} changed {changed.ExpectedRows}"));

    /// <summary>
    /// Per-host latency gates: every measured pass (and repetition) on its own, the worst one decides. A pass with
    /// fewer hosts than the minimum is left out while another pass has enough (a small --changed pass does not make
    /// parse.p95 insufficient); when none has enough, the largest one is reported as insufficient.
    /// </summary>
    private static Measure Latency(GateDefinition gate, RunSummary summary, string metric, Func<LatencyStats, double> pick, int minSamples)
    {
        var measured = new List<(PassSummary Pass, LatencyStats Stats)>();
        foreach (var pass in summary.Passes)
        {
            if (gate.Measures(pass.Pass) && pass.Latencies.TryGetValue(metric, out var stats) && stats.Count > 0)
            {
                measured.Add((pass, stats));
            }
        }

        var passes = gate.Passes is null ? "pass" : string.Join("/", gate.Passes) + " pass";
        if (measured.Count == 0)
        {
            return Gates.Measure.NoData($"no {passes} recorded {metric}");
        }

        var eligible = measured.Where(m => m.Stats.Count >= minSamples).ToList();
        if (eligible.Count == 0)
        {
            var largest = measured.MaxBy(m => m.Stats.Count);
            return Gates.Measure.Of(pick(largest.Stats), largest.Stats.Count, $"largest: {Label(summary, largest.Pass)}");
        }

        var worst = eligible.MaxBy(m => pick(m.Stats));
        var note = eligible.Count == 1 ? Label(summary, worst.Pass) + " pass" : $"worst of {eligible.Count} passes: {Label(summary, worst.Pass)}";
        var small = measured.Where(m => m.Stats.Count < minSamples).Select(m => Label(summary, m.Pass)).ToList();
        if (small.Count > 0)
        {
            note += string.Create(C, $"; {string.Join(", ", small)} under {minSamples} hosts, not gated");
        }

        if (worst.Stats.Clamped > 0)
        {
            note += string.Create(C, $"; {worst.Stats.Clamped} values beyond the histogram's range");
        }

        return Gates.Measure.Of(pick(worst.Stats), worst.Stats.Count, note);
    }

    private static string Label(RunSummary summary, PassSummary pass) =>
        summary.Passes.Count(p => string.Equals(p.Pass, pass.Pass, StringComparison.OrdinalIgnoreCase)) > 1 || pass.Repetition > 1
            ? string.Create(C, $"{pass.Pass} #{pass.Repetition}")
            : pass.Pass;

    private static Measure Fairness(TelemetryReadResult t)
    {
        if (!t.Found)
        {
            return Gates.Measure.NoData($"no telemetry at {t.Path}");
        }

        var note = string.Create(C, $"{t.LaunchesWithOthersWaiting} of {t.Launches} launches had another site waiting");
        if (t.FairnessBypasses > 0)
        {
            note += string.Create(C, $"; {t.FairnessBypasses} fairness bypasses (no other site could launch)");
        }

        return Gates.Measure.Of(t.MaxStreakWhileOthersWait, t.Launches, note);
    }

    private static Measure Completeness(RunSummary summary, TelemetryReadResult t)
    {
        if (!t.Found)
        {
            return Gates.Measure.NoData($"no telemetry at {t.Path}");
        }

        var expected = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var pass in summary.Passes)
        {
            expected[pass.Pass] = expected.GetValueOrDefault(pass.Pass) + pass.HostsParsed;
        }

        var mismatches = new List<string>();
        long parse = 0, sync = 0;
        foreach (var name in expected.Keys.Union(t.Passes.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
        {
            var hosts = expected.GetValueOrDefault(name);
            var events = t.Passes.GetValueOrDefault(name) ?? new PassTelemetry(0, 0);
            parse += events.ParseSucceeded;
            sync += events.InterfaceSyncTimings;
            if (events.ParseSucceeded != hosts || events.InterfaceSyncTimings != hosts)
            {
                mismatches.Add(string.Create(C,
                    $"{(name.Length == 0 ? "(no pass)" : name)}: {events.ParseSucceeded} ParseDuration and {events.InterfaceSyncTimings} InterfaceSyncTiming for {hosts} hosts parsed"));
            }
        }

        var total = expected.Values.Sum();
        var note = string.Join("; ", mismatches);
        if (mismatches.Count > 0 && t.TornLines > 0)
        {
            note += string.Create(C, $"; {t.TornLines} torn telemetry lines may have held the missing events");
        }

        return Gates.Measure.Exact(mismatches.Count == 0, total, string.Create(C, $"= {total} hosts parsed"),
            string.Create(C, $"{parse} ParseDuration, {sync} InterfaceSyncTiming"), null, note);
    }

    private static Measure Hydration(TelemetryReadResult t)
    {
        if (!t.Found)
        {
            return Gates.Measure.NoData($"no telemetry at {t.Path}");
        }

        return t.HydrationsMs.Count == 0
            ? Gates.Measure.Of(null, 0, "no site cache was hydrated from a store")
            : Gates.Measure.Of(Percentile(t.HydrationsMs, 95), t.HydrationsMs.Count, string.Create(C, $"max {t.HydrationsMs.Max():0.###} ms"));
    }

    /// <summary>Nearest-rank percentile: the smallest sample with at least p % of the samples at or below it.</summary>
    internal static double Percentile(IReadOnlyList<double> samples, double p)
    {
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    /// <summary>
    /// The nightly runs the doubling comparison (Mann–Whitney on alternating repetitions) and records its outcome in
    /// the summary's Settings: DoublingVerdict (Slower, Same, Faster or Inconclusive), DoublingSlowdownPercent (median
    /// ratio − 1, in percent) and DoublingSamples (repetitions on the smaller side). A slowdown beyond the threshold
    /// fails only when the test calls it Slower.
    /// </summary>
    private static Measure Doubling(Dictionary<string, string> settings)
    {
        if (!settings.TryGetValue(DoublingVerdictKey, out var verdict))
        {
            return Gates.Measure.NoData($"the summary records no doubling comparison ({DoublingVerdictKey}, {DoublingSlowdownKey}, {DoublingSamplesKey})");
        }

        string[] known = ["Slower", "Same", "Faster", "Inconclusive"];
        var canonical = known.FirstOrDefault(k => string.Equals(k, verdict, StringComparison.OrdinalIgnoreCase));
        if (canonical is null)
        {
            return Gates.Measure.NoData($"{DoublingVerdictKey} is \"{verdict}\"; expected {string.Join(", ", known)}");
        }

        if (!settings.TryGetValue(DoublingSlowdownKey, out var slowdownText)
            || !double.TryParse(slowdownText, NumberStyles.Float, C, out var slowdown) || !double.IsFinite(slowdown))
        {
            return Gates.Measure.NoData($"{DoublingSlowdownKey} is missing or not a number");
        }

        if (!settings.TryGetValue(DoublingSamplesKey, out var samplesText) || !long.TryParse(samplesText, NumberStyles.Integer, C, out var samples))
        {
            return Gates.Measure.NoData($"{DoublingSamplesKey} is missing or not a whole number");
        }

        return Gates.Measure.Of(slowdown, samples, $"Mann–Whitney: {canonical}", notSignificant: canonical != "Slower");
    }
}
