namespace StateTrace.Engine.Telemetry;

/// <summary>
/// Per host: what the diff found, where the existing rows came from, and where the time went. Signatures are made by
/// the parse worker (DiffSignatureDurationMs); the site writer compares them (DiffComparisonDurationMs) and writes.
/// WritePathMs = comparison + writes + the host's share of the batch commit.
/// </summary>
public sealed record InterfaceSyncTiming(string Hostname, string Site, int FactsConsidered, int ExistingCount, int Inserted,
    int Updated, int Deleted, int Unchanged, double DiffSignatureDurationMs, double DiffComparisonDurationMs, double ApplyDurationMs, double WritePathMs,
    double LoadExistingDurationMs, string SiteCacheExistingRowSource, long SiteCacheGeneration, int BatchHosts) : TelemetryEvent;

/// <summary>A site cache was hydrated from the store (Initial, Refresh) or imported from a snapshot.</summary>
public sealed record InterfaceSiteCacheMetrics(string Site, string Reason, int Hosts, int Rows, double HydrateDurationMs, long Generation) : TelemetryEvent;

/// <summary>One write transaction of a site writer.</summary>
public sealed record DatabaseWriteBreakdown(string Site, int Hosts, int Rows, double LockWaitMs, double LoadExistingDurationMs,
    double ApplyDurationMs, double CommitDurationMs, double DatabaseWriteLatencyMs) : TelemetryEvent;
