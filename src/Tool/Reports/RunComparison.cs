namespace StateTrace.Tool.Reports;

/// <summary>One field in which two machines differ.</summary>
internal sealed record FingerprintDifference(string Field, string Baseline, string Current);

/// <summary>A before/after comparison: who is compared, on which machines, and one row per primary metric.</summary>
/// <param name="BaselineCode">Code identity of the baseline, shown (never warned about: a new commit is what a comparison is for).</param>
internal sealed record RunComparison(string BaselineLabel, string CurrentLabel, IReadOnlyList<FingerprintDifference> MachineDifferences,
    string BaselineCode, string CurrentCode, IReadOnlyList<MetricComparison> Rows, ComparisonOptions Options)
{
    public bool MachinesDiffer => MachineDifferences.Count > 0;

    public bool HasRegression => Rows.Any(r => r.Verdict == Verdict.Slower);

    public string MachineWarning => "Machine fingerprints differ: these runs were measured on different machines or set-ups, so differences may come from the machine, not the code.";

    public int Count(Verdict verdict) => Rows.Count(r => r.Verdict == verdict);
}
