namespace StateTrace.Engine.Gates;

/// <summary>How a measured value is held against a gate's threshold; boundaries are inclusive.</summary>
public enum GateComparison
{
    /// <summary>Passes when measured ≥ threshold.</summary>
    AtLeast,

    /// <summary>Passes when measured ≤ threshold.</summary>
    AtMost,

    /// <summary>Passes when measured equals what the run itself says it should be; no numeric threshold.</summary>
    Exact,
}

/// <summary>The unit a gate's threshold and measured value are written in (the gates file uses the same unit).</summary>
public enum GateUnit
{
    Percent,
    Milliseconds,
    Rows,
    Launches,
    Hosts,
}

/// <summary>
/// One row of the gate catalogue (design §6).
/// </summary>
/// <param name="Name">The gate's name, as used in the gates file and in MSBuild errors.</param>
/// <param name="Metric">What is measured, in one phrase.</param>
/// <param name="RunKinds">The run kinds (summary <c>RunKind</c>) the gate applies to; elsewhere it is n/a.</param>
/// <param name="Passes">When set, only these passes of the run are measured (write.p95: ingest, cold, load).</param>
/// <param name="MinSamples">Fewer samples than this is "insufficient data" (a failure, exit 5); 0 means no minimum.</param>
/// <param name="Threshold">The default threshold in <paramref name="Unit"/>; null for <see cref="GateComparison.Exact"/> gates.</param>
/// <param name="SampleUnit">What a sample is: hosts, launches, hydrations, repetitions.</param>
/// <param name="Original">The original system's threshold, for the record.</param>
public sealed record GateDefinition(
    string Name,
    string Metric,
    IReadOnlyList<string> RunKinds,
    IReadOnlyList<string>? Passes,
    int MinSamples,
    GateComparison Comparison,
    double? Threshold,
    GateUnit Unit,
    string SampleUnit,
    string Original)
{
    public bool AppliesTo(string runKind) => RunKinds.Contains(runKind, StringComparer.OrdinalIgnoreCase);

    public bool Measures(string pass) => Passes is null || Passes.Contains(pass, StringComparer.OrdinalIgnoreCase);
}
