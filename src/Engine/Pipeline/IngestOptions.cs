using StateTrace.Engine.Input;

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

    /// <summary>Hosts parsed at once. Default: one per core.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Set to reuse a run id chosen by the caller; default a new one.</summary>
    public string? RunId { get; init; }
}

/// <summary>Progress of a run, for a terminal display.</summary>
public readonly record struct IngestProgress(string Stage, int HostsDone, int HostsTotal, long BytesDone, long BytesTotal, TimeSpan Elapsed);
