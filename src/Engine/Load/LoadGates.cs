using System.Globalization;
using System.Text;
using System.Text.Json;
using StateTrace.Engine.Gates;
using StateTrace.Engine.Runs;

namespace StateTrace.Engine.Load;

/// <summary>
/// A scenario's thresholds held against its run with the gate catalogue's semantics (n/a, insufficient data, the
/// catalogue's operators, boundaries and minimum samples). The catalogue's defaults apply, overridden by the gates file
/// (<c>--gates</c>), overridden by the scenario's own thresholds (the most specific). A threshold restricted to
/// sites is an extra row, measured on those sites' merged histograms.
/// </summary>
public static class LoadGates
{
    public const string TelemetryFileName = "telemetry.ndjson";

    /// <param name="siteLatencies">For a pass (index in the summary) and a set of sites, their merged latencies by metric name.</param>
    public static IReadOnlyList<GateVerdict> Evaluate(string runDirectory, RunSummary summary, LoadScenario scenario, GateSettings? gatesFile,
        Func<int, IReadOnlyList<string>, Dictionary<string, LatencyStats>> siteLatencies)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(siteLatencies);
        var telemetry = TelemetryReader.Read(Path.Combine(runDirectory, TelemetryFileName));
        var overall = scenario.Thresholds.Where(t => t.Sites is null).ToList();
        var settings = Merge(gatesFile, overall, $"scenario {scenario.Name}");
        var verdicts = GateEvaluator.Evaluate(summary, telemetry, settings).ToList();

        // The doubling gate is the nightly's; a doubling scenario is that experiment, so it is measured as the nightly measures it.
        if (scenario.Doubling is not null && summary.Settings.ContainsKey("DoublingVerdict"))
        {
            var nightly = GateEvaluator.Evaluate(summary with { RunKind = "nightly" }, telemetry, settings);
            var i = verdicts.FindIndex(v => v.Name == "doubling");
            verdicts[i] = nightly.First(v => v.Name == "doubling");
        }

        foreach (var threshold in scenario.Thresholds.Where(t => t.Sites is not null))
        {
            var view = summary with
            {
                Passes = [.. summary.Passes.Select((p, i) => p with { Latencies = siteLatencies(i, threshold.Sites!) })],
            };
            var one = Merge(null, [threshold with { Sites = null }], $"scenario {scenario.Name}");
            var verdict = GateEvaluator.Evaluate(view, telemetry, one).First(v => v.Name == threshold.Gate);
            verdicts.Add(verdict with { Name = threshold.Label, Metric = $"{verdict.Metric}, sites {string.Join(", ", threshold.Sites!)}" });
        }

        return verdicts;
    }

    /// <summary>The gates file's overrides with the scenario's on top, as gate settings (the catalogue's own validation applies).</summary>
    internal static GateSettings Merge(GateSettings? gatesFile, IReadOnlyList<ScenarioThreshold> thresholds, string source)
    {
        var merged = new SortedDictionary<string, GateOverride>(StringComparer.Ordinal);
        foreach (var (name, o) in gatesFile?.Overrides ?? new Dictionary<string, GateOverride>())
        {
            merged[name] = o;
        }

        foreach (var t in thresholds)
        {
            var o = merged.GetValueOrDefault(t.Gate) ?? new GateOverride(null, null, null);
            merged[t.Gate] = new GateOverride(t.Threshold ?? o.Threshold, t.MinSamples ?? o.MinSamples, t.Enabled ?? o.Enabled);
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("gates");
            foreach (var (name, o) in merged)
            {
                json.WriteStartObject(name);
                if (o.Threshold is double threshold)
                {
                    json.WriteNumber("threshold", threshold);
                }

                if (o.MinSamples is int min)
                {
                    json.WriteNumber("minSamples", min);
                }

                if (o.Enabled is bool enabled)
                {
                    json.WriteBoolean("enabled", enabled);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        var label = gatesFile?.Source is { } file && thresholds.Count > 0 ? $"{file} and {source}" : gatesFile?.Source ?? source;
        return GateSettings.Parse(Encoding.UTF8.GetString(buffer.ToArray()), label);
    }

    /// <summary>1 when a threshold failed, else 5 when one had insufficient data, else 0 (design §5).</summary>
    public static int ExitCode(IEnumerable<GateVerdict> verdicts) => GateVerdicts.ExitCode(verdicts);

    internal static string Count(IReadOnlyList<GateVerdict> verdicts) => string.Create(CultureInfo.InvariantCulture,
        $"{verdicts.Count(v => v.Verdict == GateStatus.Pass)} passed, {verdicts.Count(v => v.Verdict == GateStatus.Fail)} failed, " +
        $"{verdicts.Count(v => v.Verdict == GateStatus.InsufficientData)} insufficient data, {verdicts.Count(v => v.Verdict == GateStatus.NotApplicable)} n/a");
}
