using StateTrace.Engine.Pipeline;

namespace StateTrace.Engine.Verification;

/// <summary>What a verify run does. Defaults: one repetition, the warm pass in this process.</summary>
public sealed record VerifyOptions
{
    public required string Root { get; init; }

    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>A "next day" corpus from <c>generate --changed-from</c>; its <c>changes.json</c> says which ports changed.</summary>
    public IReadOnlyList<string> Changed { get; init; } = [];

    /// <summary>Cold/warm repetitions, alternating, each on fresh stores. Default 1.</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>Run each warm pass in a new process that imports the cold pass's cache snapshot.</summary>
    public bool WarmInNewProcess { get; init; }

    /// <summary>Starts the warm process: given the arguments of an <c>ingest</c> command, returns its exit code.</summary>
    public Func<IReadOnlyList<string>, CancellationToken, Task<int>>? StartWarmProcess { get; init; }

    /// <summary>Everything else a pass takes (scheduler, store, batch size), used as the template for every pass.</summary>
    public IngestOptions? PassTemplate { get; init; }
}

/// <summary>Progress of a verify run: which pass of which repetition.</summary>
public readonly record struct VerifyProgress(string Pass, int Repetition, int Repetitions);
