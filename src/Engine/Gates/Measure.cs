namespace StateTrace.Engine.Gates;

/// <summary>What one gate measured on a run, before the threshold is applied.</summary>
internal sealed record Measure
{
    public GateStatus? Forced { get; private init; }
    public double? Value { get; private init; }
    public long Samples { get; private init; }
    public string Note { get; private init; } = "";

    /// <summary>Exact gates: whether the counts matched, and the texts of what was expected and found.</summary>
    public bool? Matched { get; private init; }
    public string? ThresholdText { get; private init; }
    public string? MeasuredText { get; private init; }

    /// <summary>doubling: a value beyond the threshold passes when the test did not find the slowdown significant.</summary>
    public bool NotSignificant { get; private init; }

    public static Measure NotApplicable(string reason) => new() { Forced = GateStatus.NotApplicable, Note = reason };

    /// <summary>The gate applies but the run holds nothing to measure it with.</summary>
    public static Measure NoData(string reason) => new() { Forced = GateStatus.InsufficientData, Note = reason };

    public static Measure Of(double? value, long samples, string note = "", bool notSignificant = false) =>
        new() { Value = value, Samples = samples, Note = note, NotSignificant = notSignificant };

    public static Measure Exact(bool matched, long samples, string threshold, string measured, double? value, string note) =>
        new() { Matched = matched, Samples = samples, ThresholdText = threshold, MeasuredText = measured, Value = value, Note = note };
}
