namespace StateTrace.Engine.Scheduling;

/// <summary>The limits a run actually uses, and where they came from (<c>ConcurrencyProfileResolved</c>).</summary>
public sealed record ConcurrencyProfile(int Workers, int MaxWorkersPerSite, int MaxActiveSites, int MaxConsecutiveSiteLaunches,
    int JobsPerThread, int ChannelCapacity, string DecisionSource)
{
    /// <summary>
    /// Parse work is CPU-bound, so workers default to one per core (never more than hosts). With autoscale, a site may
    /// use at most its share of the workers rounded up, so one heavy site cannot take every worker while others wait.
    /// </summary>
    public static ConcurrencyProfile Resolve(SchedulerOptions options, int cores, int hosts, int sites)
    {
        var workers = options.MaxParallelism > 0 ? options.MaxParallelism : Math.Max(1, Math.Min(cores, Math.Max(1, hosts)));
        var perSite = options.MaxWorkersPerSite;
        var source = "Settings";
        if (options.AutoScaleConcurrency && perSite == 0 && sites > 1)
        {
            perSite = Math.Max(1, (int)Math.Ceiling(workers / (double)sites));
            source = "AutoScale";
        }

        var jobs = options.JobsPerThread > 0 ? options.JobsPerThread : 2;
        return new ConcurrencyProfile(workers, perSite, options.MaxActiveSites, options.MaxConsecutiveSiteLaunches, jobs,
            Math.Max(2, jobs * workers), source);
    }
}
