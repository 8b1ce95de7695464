namespace StateTrace.Engine.Nightly;

/// <summary><c>runs/&lt;nightly-run&gt;/nightly.json</c>: the nightly's verdict per key metric, and whether it alerted.</summary>
internal sealed record NightlyReport
{
    public const int CurrentSchemaVersion = 1;
    public const string FileName = "nightly.json";

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required string RunId { get; init; }
    public required string MachineId { get; init; }
    public bool Green { get; init; }

    /// <summary>The relative threshold, e.g. 0.1 for 10 %.</summary>
    public double Threshold { get; init; }

    public int Window { get; init; }

    /// <summary>True when any metric's verdict is <see cref="NightlyVerdict.Alert"/>.</summary>
    public bool Alert { get; init; }

    /// <summary>Run folders this nightly made (its own first).</summary>
    public IReadOnlyList<string> RunIds { get; init; } = [];

    public IReadOnlyList<MetricVerdict> Verdicts { get; init; } = [];
}
