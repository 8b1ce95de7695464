namespace StateTrace.Engine.Scheduling;

/// <summary>
/// The scheduler's limits, with the original system's names. 0 means "decide automatically" where the original
/// did the same (see <see cref="ConcurrencyProfile"/>).
/// </summary>
public sealed record SchedulerOptions
{
    /// <summary>Derive unset limits from CPU count, hosts and sites. Default true.</summary>
    public bool AutoScaleConcurrency { get; init; } = true;

    /// <summary>Parse workers; 0 = one per core (the original's MaxRunspaceCeiling).</summary>
    public int MaxParallelism { get; init; }

    /// <summary>Hosts of one site parsed at once; 0 = no cap.</summary>
    public int MaxWorkersPerSite { get; init; }

    /// <summary>Sites being parsed at once; 0 = all.</summary>
    public int MaxActiveSites { get; init; }

    /// <summary>Launches in a row for one site while another site has work waiting; 0 disables. Default 8.</summary>
    public int MaxConsecutiveSiteLaunches { get; init; } = 8;

    /// <summary>Parsed hosts that may wait per worker for a site's writer; 0 = 2.</summary>
    public int JobsPerThread { get; init; }
}
