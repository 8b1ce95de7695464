using StateTrace.Engine.Runs;

namespace StateTrace.Engine.Nightly;

/// <summary>
/// <c>runs/index.json</c>: one entry per nightly, oldest first. The entries carry everything the persistence rule needs
/// (key metrics, green or red, each metric's verdict), so the rule never re-reads run folders that retention pruned.
/// </summary>
internal sealed record NightlyIndex
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public List<NightlyEntry> Entries { get; init; } = [];
}

/// <summary>One nightly: where and on what it ran, what it measured, and how each metric compared.</summary>
internal sealed record NightlyEntry
{
    /// <summary>The nightly's own run folder under <c>runs/</c> (it holds <c>nightly.json</c> and the nightly summary).</summary>
    public required string RunId { get; init; }

    /// <summary>Every run folder this nightly made under <c>runs/</c>, its own first; retention deletes exactly these.</summary>
    public List<string> RunIds { get; init; } = [];

    public required DateTimeOffset TimestampUtc { get; init; }

    /// <summary><see cref="MachineFingerprint.Id"/>: nightlies are compared only with nightlies of the same machine.</summary>
    public required string MachineId { get; init; }

    public MachineFingerprint? Machine { get; init; }
    public string Commit { get; init; } = "unknown";
    public string Version { get; init; } = "";

    /// <summary>The corpus folder's name, e.g. <c>reference-seed1-200MB</c>.</summary>
    public string Corpus { get; init; } = "";

    /// <summary>Every gate the nightly ran passed and no input was bad. Only green nightlies make the baseline.</summary>
    public bool Green { get; init; }

    /// <summary>Key metrics by <see cref="NightlyMetric.Name"/>; a metric the nightly did not measure is absent.</summary>
    public Dictionary<string, double> Metrics { get; init; } = [];

    /// <summary>Each metric's verdict against its baseline, so the next nightly knows whether this one breached.</summary>
    public Dictionary<string, NightlyVerdict> Verdicts { get; init; } = [];
}
