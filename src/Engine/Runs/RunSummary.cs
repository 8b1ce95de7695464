using System.Text.Json.Serialization;
using StateTrace.Engine.Diagnostics;

namespace StateTrace.Engine.Runs;

/// <summary>
/// <c>runs/&lt;run-id&gt;/summary.json</c>: everything gate, report, compare and nightly read. Versioned: a reader
/// refuses a summary whose <see cref="SchemaVersion"/> it does not know.
/// </summary>
public sealed record RunSummary
{
    public const int CurrentSchemaVersion = 1;

    [JsonPropertyOrder(-10)]
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required string RunId { get; init; }

    /// <summary>ingest, verify or load.</summary>
    public required string RunKind { get; init; }

    public DateTimeOffset StartedUtc { get; init; }
    public DateTimeOffset CompletedUtc { get; init; }
    public required MachineFingerprint Machine { get; init; }
    public required CodeIdentity Code { get; init; }
    public Dictionary<string, string> Settings { get; init; } = [];
    public List<PassSummary> Passes { get; init; } = [];

    /// <summary>One entry per pass and repetition: the raw samples before/after statistics work on.</summary>
    public List<RepetitionSample> Repetitions { get; init; } = [];

    /// <summary>Set by <c>verify</c>: the cold and warm passes compared.</summary>
    public WarmRunComparison? WarmRunComparison { get; init; }

    public long PeakWorkingSetBytes { get; init; }
    public int ExitCode { get; init; }
    public int DiagnosticCount { get; init; }

    /// <summary>The first diagnostics (at most <see cref="MaxDiagnostics"/>); <see cref="DiagnosticCount"/> has them all.</summary>
    public List<Diagnostic> Diagnostics { get; init; } = [];

    public const int MaxDiagnostics = 1000;
}

/// <summary>Where a run ran, kept apart from what ran (<see cref="CodeIdentity"/>): comparisons warn on a different machine, never on a different commit.</summary>
public sealed record MachineFingerprint(string CpuModel, int Cores, long MemoryBytes, string Os, string Runtime, string GcMode, string StoreKind)
{
    /// <summary>A short stable identity of the fields above.</summary>
    public string Id => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes($"{CpuModel}|{Cores}|{MemoryBytes >> 30}|{Os}|{Runtime}|{GcMode}|{StoreKind}")))[..12];
}

public sealed record CodeIdentity(string Version, string Commit);

public sealed record PassSummary
{
    /// <summary>ingest, cold, warm or load.</summary>
    public required string Pass { get; init; }

    public int Repetition { get; init; } = 1;
    public int HostsParsed { get; init; }
    public int HostsSkipped { get; init; }
    public int HostsFailed { get; init; }
    public long Bytes { get; init; }
    public long RowsInserted { get; init; }
    public long RowsUpdated { get; init; }
    public long RowsDeleted { get; init; }
    public long RowsUnchanged { get; init; }
    public long RowsWritten => RowsInserted + RowsUpdated + RowsDeleted;
    public double DurationSeconds { get; init; }
    public required Throughput Throughput { get; init; }

    /// <summary>Per-host latencies by metric name (ParseDuration, DatabaseWriteLatency, …), in milliseconds.</summary>
    public Dictionary<string, LatencyStats> Latencies { get; init; } = [];

    public List<SiteSummary> Sites { get; init; } = [];

    /// <summary>Share of written hosts whose existing rows came from the site cache (null when none were written).</summary>
    public double? CacheHitRatio { get; init; }
}

/// <summary>
/// The cold/warm comparison of a verify run. Write-path times are per host (diff plus the host's writes, without the
/// commit), in milliseconds; the improvement compares medians: (cold − warm) / cold × 100.
/// </summary>
public sealed record WarmRunComparison
{
    public int ColdHosts { get; init; }
    public int WarmHosts { get; init; }
    public required LatencyStats ColdWritePath { get; init; }
    public required LatencyStats WarmWritePath { get; init; }
    public double ImprovementPercent { get; init; }

    /// <summary>One improvement per repetition, for the spread across repetitions.</summary>
    public List<double> ImprovementSamples { get; init; } = [];

    /// <summary>Share of warm hosts whose existing rows came from the site cache.</summary>
    public double? CacheHitRatio { get; init; }

    public long WarmRowsWritten { get; init; }

    /// <summary>Warm ports whose signature differed from the stored one (rows the warm pass had to update).</summary>
    public long SignatureMisses { get; init; }

    /// <summary>same or new: where the warm pass ran.</summary>
    public string WarmProcess { get; init; } = "same";

    /// <summary>With a new warm process: its start-up (runtime, JIT, settings) before the pass began.</summary>
    public double? WarmProcessStartupMs { get; init; }

    /// <summary>With a new warm process: time to import the cache snapshot.</summary>
    public double? SnapshotImportMs { get; init; }

    public ChangedComparison? Changed { get; init; }
}

/// <summary>The <c>--changed</c> pass: rows written against the generator's manifest of changed ports.</summary>
public sealed record ChangedComparison(string Manifest, long ExpectedRows, long RowsWritten, int HostsChanged);

public sealed record Throughput(double MegabytesPerSecond, double HostsPerSecond, double RowsPerSecond);

public sealed record SiteSummary(string Site, int HostsParsed, int HostsSkipped, int HostsFailed, long Bytes, long RowsWritten);

/// <summary>Percentiles from an HdrHistogram, in milliseconds; <see cref="Clamped"/> counts values beyond its range.</summary>
public sealed record LatencyStats(long Count, double Min, double P50, double P75, double P90, double P95, double P99, double Max, double Mean, long Clamped);

public sealed record RepetitionSample(string Pass, int Repetition, double DurationSeconds, double MegabytesPerSecond, double HostsPerSecond, double RowsPerSecond);

[JsonSourceGenerationOptions(WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(RunSummary))]
internal sealed partial class RunSummaryJsonContext : JsonSerializerContext;
