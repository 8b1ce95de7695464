using StateTrace.Engine.Input;
using StateTrace.Engine.Scheduling;
using StateTrace.Engine.Storage;

namespace StateTrace.Engine.Pipeline;

/// <summary>What one ingest run does. Defaults are the documented ones.</summary>
public sealed record IngestOptions
{
    /// <summary>The root folder (Data/, Logs/, runs/).</summary>
    public required string Root { get; init; }

    /// <summary>Files and folders to read (folders recursed for *.log and *.txt).</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>Re-ingest hosts whose slice is unchanged since the last ingest. Default false.</summary>
    public bool Force { get; init; }

    /// <summary>Recorded in the summary: ingest, verify or load.</summary>
    public string RunKind { get; init; } = "ingest";

    public SplitOptions Split { get; init; } = new();

    /// <summary>Where rows go. Default: SQLite files under Data/.</summary>
    public StoreOptions Store { get; init; } = new();

    /// <summary>A cache snapshot to import before writing (a warm pass in a new process). Refused sites are reported.</summary>
    public string? ImportSnapshot { get; init; }

    /// <summary>Where to export the site caches after the run, for a later warm pass in another process.</summary>
    public string? ExportSnapshot { get; init; }

    /// <summary>Parse workers, per-site limits and fairness. Default: one worker per core, autoscaled per site.</summary>
    public SchedulerOptions Scheduler { get; init; } = new();

    /// <summary>Interface rows grouped into one write transaction (a host is never split). Default 1000: a host waits for its whole batch, and the write.p95 gate is per host (≤ 50 ms).</summary>
    public int MaxInterfacesPerBatch { get; init; } = 1000;

    /// <summary>Site caches to use and keep (a warm pass passes the cold pass's); default: new, empty caches.</summary>
    public SiteCaches? Caches { get; init; }

    /// <summary>The pass stamped on telemetry and the summary: ingest, cold, warm or load.</summary>
    public string Pass { get; init; } = "ingest";

    /// <summary>A site store larger than this is reported (DatabaseSize telemetry, a warning). Default 2 GiB.</summary>
    public long DatabaseSizeWarningBytes { get; init; } = 2L << 30;

    /// <summary>Where the stores live; default the root's Data folder (verify uses fresh stores in its run folder).</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Write <c>summary.json</c> for this pass. Default true; verify writes one summary for all its passes.</summary>
    public bool WriteSummary { get; init; } = true;

    /// <summary>
    /// Run every parser and the write path once on generated hosts before timing (once per process). Default true:
    /// per-host latencies then measure parsing and writing, not the JIT compiling them.
    /// </summary>
    public bool WarmUp { get; init; } = true;

    /// <summary>Set to reuse a run id chosen by the caller; default a new one.</summary>
    public string? RunId { get; init; }
}

/// <summary>Progress of a run, for a terminal display.</summary>
public readonly record struct IngestProgress(string Stage, int HostsDone, int HostsTotal, long BytesDone, long BytesTotal, TimeSpan Elapsed)
{
    /// <summary>Hosts done and in total per site; computed only when a display asks.</summary>
    public Func<IReadOnlyList<(string Site, int Done, int Total)>>? Sites { get; init; }
}
