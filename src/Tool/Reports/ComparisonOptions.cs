namespace StateTrace.Tool.Reports;

/// <summary>
/// How a before/after comparison decides (design §6, after ResultsComparer): a one-sided Mann–Whitney test per
/// direction against a shift of δ = max(<see cref="RelativeThreshold"/> × baseline median, the metric's noise floor).
/// </summary>
internal sealed record ComparisonOptions
{
    /// <summary>5 % suits CI on shared machines; a pinned nightly machine can afford 2–3 %.</summary>
    public double RelativeThreshold { get; init; } = 0.05;

    /// <summary>Significance level; p ≤ α counts, so three clearly separated repetitions per side can decide.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>Below this many samples on either side the test is not run.</summary>
    public int MinSamples { get; init; } = 3;

    public static ComparisonOptions Default { get; } = new();
}
