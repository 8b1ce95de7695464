namespace StateTrace.Engine.Gates;

/// <summary>Per pass (the events' <c>Pass</c> field, summed over repetitions): the events completeness counts.</summary>
public sealed record PassTelemetry(long ParseSucceeded, long InterfaceSyncTimings);

/// <summary>What the gates need from a run's <c>telemetry.ndjson</c>, nothing more.</summary>
public sealed record TelemetryReadResult
{
    /// <summary>Line numbers of torn lines kept at most; <see cref="TornLines"/> counts them all.</summary>
    public const int MaxTornLineNumbers = 100;

    public required string Path { get; init; }

    /// <summary>False when the file does not exist; the telemetry gates then have no data.</summary>
    public bool Found { get; init; } = true;

    /// <summary>Lines that were whole telemetry events.</summary>
    public long Events { get; init; }

    /// <summary>Lines that were not a whole JSON object with an EventName (a killed writer, a full disk, debris), skipped.</summary>
    public long TornLines { get; init; }

    /// <summary>1-based line numbers of the first <see cref="MaxTornLineNumbers"/> torn lines.</summary>
    public IReadOnlyList<long> TornLineNumbers { get; init; } = [];

    /// <summary>ParseDuration (Success=true) and InterfaceSyncTiming counts by pass name.</summary>
    public IReadOnlyDictionary<string, PassTelemetry> Passes { get; init; } = new Dictionary<string, PassTelemetry>();

    /// <summary>ParserSchedulerLaunch events.</summary>
    public long Launches { get; init; }

    /// <summary>Launches at which another site had queued work: the only ones where a streak counts against fairness.</summary>
    public long LaunchesWithOthersWaiting { get; init; }

    /// <summary>The longest same-site streak (ConsecutiveSameSite) over launches with another site waiting; 0 when none.</summary>
    public int MaxStreakWhileOthersWait { get; init; }

    /// <summary>Launches the scheduler reported as a fairness bypass (no other site could launch).</summary>
    public long FairnessBypasses { get; init; }

    /// <summary>HydrateDurationMs of InterfaceSiteCacheMetrics hydrations from the store (Reason Initial or Refresh), in file order.</summary>
    public IReadOnlyList<double> HydrationsMs { get; init; } = [];

    public static TelemetryReadResult Missing(string path) => new() { Path = path, Found = false };
}
