using System.Globalization;
using StateTrace.Engine.Runs;

namespace StateTrace.Engine.Gates;

/// <summary>Holds a run's summary and telemetry against the gate catalogue, one verdict per gate in catalogue order.</summary>
public static class GateEvaluator
{
    public static IReadOnlyList<GateVerdict> Evaluate(RunSummary summary, TelemetryReadResult telemetry, GateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(telemetry);
        ArgumentNullException.ThrowIfNull(settings);
        var verdicts = new List<GateVerdict>(GateCatalogue.Defaults.Count);
        foreach (var gate in GateCatalogue.Defaults)
        {
            verdicts.Add(Evaluate(gate, summary, telemetry, settings));
        }

        return verdicts;
    }

    private static GateVerdict Evaluate(GateDefinition gate, RunSummary summary, TelemetryReadResult telemetry, GateSettings settings)
    {
        var (threshold, minSamples, enabled) = settings.Resolve(gate);
        var thresholdText = ThresholdText(gate, threshold);
        if (!enabled)
        {
            return Verdict(gate, thresholdText, null, 0, GateStatus.NotApplicable, $"disabled in {settings.Source}");
        }

        if (!gate.AppliesTo(summary.RunKind))
        {
            return Verdict(gate, thresholdText, null, 0, GateStatus.NotApplicable,
                $"applies to {string.Join("/", gate.RunKinds)} runs, not {summary.RunKind} runs");
        }

        var m = GateMeasures.Measure(gate, summary, telemetry, minSamples);
        thresholdText = m.ThresholdText ?? thresholdText;
        if (m.Forced is { } forced)
        {
            return Verdict(gate, thresholdText, null, 0, forced, m.Note);
        }

        var measured = m.MeasuredText ?? (m.Value is double v ? Format(v, gate.Unit) : "–");
        if (m.Samples < minSamples)
        {
            var why = string.Create(CultureInfo.InvariantCulture, $"{m.Samples} {gate.SampleUnit}, needs ≥ {minSamples}");
            return Verdict(gate, thresholdText, measured, m.Value, m.Samples, GateStatus.InsufficientData, Join(why, m.Note));
        }

        if (m.Matched is bool matched)
        {
            return Verdict(gate, thresholdText, measured, m.Value, m.Samples, matched ? GateStatus.Pass : GateStatus.Fail, m.Note);
        }

        if (m.Value is not double value || threshold is not double limit)
        {
            return Verdict(gate, thresholdText, measured, null, m.Samples, GateStatus.InsufficientData, Join("nothing was measured", m.Note));
        }

        var within = gate.Comparison == GateComparison.AtLeast ? value >= limit : value <= limit;
        if (within)
        {
            return Verdict(gate, thresholdText, measured, value, m.Samples, GateStatus.Pass, m.Note);
        }

        // When rounding makes both read the same (89.9999 vs 90), the failure shows the measured value's every digit.
        var limitText = Format(limit, gate.Unit);
        var shown = measured == limitText ? Format(value, gate.Unit, "R") : measured;
        var failed = $"{shown} {(gate.Comparison == GateComparison.AtLeast ? "<" : ">")} {limitText}";
        return m.NotSignificant
            ? Verdict(gate, thresholdText, measured, value, m.Samples, GateStatus.Pass, Join($"{failed} but not significant", m.Note))
            : Verdict(gate, thresholdText, measured, value, m.Samples, GateStatus.Fail, Join(failed, m.Note));
    }

    /// <summary>The threshold with its operator and unit: <c>≥ 90 %</c>, <c>≤ 50 ms</c>, <c>= 0 rows</c>.</summary>
    internal static string ThresholdText(GateDefinition gate, double? threshold) => (gate.Comparison, threshold) switch
    {
        (GateComparison.Exact, _) => gate.Name == "completeness" ? "= hosts parsed" : "= expected",
        (_, null) => "–",
        (GateComparison.AtMost, 0) => "= " + Format(0, gate.Unit),
        (GateComparison.AtLeast, double t) => "≥ " + Format(t, gate.Unit),
        (_, double t) => "≤ " + Format(t, gate.Unit),
    };

    internal static string Format(double value, GateUnit unit, string format = "0.###")
    {
        var number = value.ToString(format, CultureInfo.InvariantCulture);
        return unit switch
        {
            GateUnit.Percent => number + " %",
            GateUnit.Milliseconds => number + " ms",
            GateUnit.Rows => number + " rows",
            GateUnit.Hosts => number + " hosts",
            _ => number,
        };
    }

    private static string Join(string a, string b) => b.Length == 0 ? a : a.Length == 0 ? b : a + "; " + b;

    private static GateVerdict Verdict(GateDefinition gate, string threshold, double? value, long samples, GateStatus status, string reason) =>
        Verdict(gate, threshold, "–", value, samples, status, reason);

    private static GateVerdict Verdict(GateDefinition gate, string threshold, string measured, double? value, long samples, GateStatus status, string reason) =>
        new(gate.Name, gate.Metric, threshold, measured, value, samples, status, reason);
}
