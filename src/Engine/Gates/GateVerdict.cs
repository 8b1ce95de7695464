namespace StateTrace.Engine.Gates;

public enum GateStatus
{
    Pass,
    Fail,

    /// <summary>The gate does not apply to this run (run kind, no --changed pass, or disabled).</summary>
    NotApplicable,

    /// <summary>The gate applies but had fewer samples than its minimum: a failure (exit 5).</summary>
    InsufficientData,
}

/// <summary>One gate's outcome.</summary>
/// <param name="Threshold">As text with its operator and unit, e.g. <c>≥ 90 %</c>.</param>
/// <param name="Measured">As text with its unit, e.g. <c>93.4 %</c>; <c>–</c> when nothing was measured.</param>
/// <param name="Value">The measured number in the gate's unit, when there is one.</param>
/// <param name="Samples">Hosts, launches, hydrations or repetitions behind the measurement.</param>
/// <param name="Reason">Why: for a failure the comparison that failed (<c>45 % &lt; 90 %</c>), else what was measured or skipped.</param>
public sealed record GateVerdict(string Name, string Metric, string Threshold, string Measured, double? Value, long Samples, GateStatus Verdict, string Reason);

public static class GateVerdicts
{
    /// <summary>Exit code of a verdict set (design §5): 1 when any gate failed, else 5 when any had insufficient data, else 0.</summary>
    public static int ExitCode(IEnumerable<GateVerdict> verdicts)
    {
        var insufficient = false;
        foreach (var verdict in verdicts)
        {
            if (verdict.Verdict == GateStatus.Fail)
            {
                return 1;
            }

            insufficient |= verdict.Verdict == GateStatus.InsufficientData;
        }

        return insufficient ? 5 : 0;
    }
}
