namespace StateTrace.Engine.Telemetry;

public sealed record ConcurrencyProfileResolved(int Workers, int MaxWorkersPerSite, int MaxActiveSites, int MaxConsecutiveSiteLaunches,
    int JobsPerThread, int ChannelCapacity, string DecisionSource, int CpuCount, int Hosts, int Sites) : TelemetryEvent;

public sealed record ParserSchedulerLaunch(string Site, string Hostname, int ActiveWorkers, int ActiveSites, int QueuedJobs, int QueuedSites,
    int ConsecutiveSameSite, bool OtherSitesWaiting, bool FairnessBypass) : TelemetryEvent;

/// <summary>A snapshot of the scheduler: per site, or the whole run when <see cref="Site"/> is <c>*</c>.</summary>
public sealed record SchedulerMetrics(string Site, int QueuedJobs, int ActiveWorkers, int Hosts) : TelemetryEvent;
