using StateTrace.Engine.Gates;
using StateTrace.Engine.Runs;

namespace StateTrace.Engine.Tests.Gates;

/// <summary>Crafted summaries and telemetry that pass every gate, for tests to change one number at a time.</summary>
internal static class GateRuns
{
    public const int Hosts = 20;

    public static LatencyStats Stats(long count, double p50 = 2, double p95 = 5, double p99 = 8, double max = 20) =>
        new(count, 0.5, p50, p50, p95, p95, p99, max, p50, 0);

    public static PassSummary Pass(string name, int hosts = Hosts, int repetition = 1, Dictionary<string, LatencyStats>? latencies = null) => new()
    {
        Pass = name,
        Repetition = repetition,
        HostsParsed = hosts,
        Throughput = new Throughput(1, 1, 1),
        Latencies = latencies ?? new Dictionary<string, LatencyStats>
        {
            ["ParseDuration"] = Stats(hosts),
            ["DatabaseWriteLatency"] = Stats(hosts),
            ["WritePath"] = Stats(hosts, p50: name == "warm" ? 0.1 : 2, p95: name == "warm" ? 0.5 : 5),
        },
    };

    public static RunSummary Summary(string kind, params PassSummary[] passes) => new()
    {
        RunId = "20260101-000000-gates",
        RunKind = kind,
        Machine = new MachineFingerprint("Test CPU", 2, 24L << 30, "Linux", ".NET 10", "Server", "sqlite"),
        Code = new CodeIdentity("0.1.0", "abc123"),
        Passes = [.. passes],
    };

    public static WarmRunComparison Comparison(int hosts = Hosts) => new()
    {
        ColdHosts = hosts,
        WarmHosts = hosts,
        ColdWritePath = Stats(hosts, p50: 2),
        WarmWritePath = Stats(hosts, p50: 0.1),
        ImprovementPercent = 95,
        ImprovementSamples = [95],
        CacheHitRatio = 1,
        WarmRowsWritten = 0,
    };

    public static RunSummary Verify(int hosts = Hosts) =>
        Summary("verify", Pass("cold", hosts), Pass("warm", hosts)) with { WarmRunComparison = Comparison(hosts) };

    public static RunSummary Ingest(int hosts = Hosts) => Summary("ingest", Pass("ingest", hosts));

    public static RunSummary Load(int hosts = Hosts, double p95 = 50, double p99 = 90) =>
        Summary("load", Pass("load", hosts) with
        {
            Latencies = new()
            {
                ["ParseDuration"] = Stats(hosts),
                ["DatabaseWriteLatency"] = Stats(hosts),
                ["WritePath"] = Stats(hosts),
                ["QueueDelay"] = Stats(hosts, p95: p95, p99: p99),
            },
        });

    /// <summary>Telemetry that matches the summary: one ParseDuration and one InterfaceSyncTiming per parsed host, fair launches, fast hydrations.</summary>
    public static TelemetryReadResult TelemetryFor(RunSummary summary) => new()
    {
        Path = "telemetry.ndjson",
        Events = summary.Passes.Sum(p => p.HostsParsed) * 2,
        Passes = summary.Passes.GroupBy(p => p.Pass)
            .ToDictionary(g => g.Key, g => new PassTelemetry(g.Sum(p => p.HostsParsed), g.Sum(p => p.HostsParsed)), StringComparer.OrdinalIgnoreCase),
        Launches = summary.Passes.Sum(p => p.HostsParsed),
        LaunchesWithOthersWaiting = 10,
        MaxStreakWhileOthersWait = 3,
        HydrationsMs = [12, 30],
    };

    public static GateVerdict Gate(string name, RunSummary summary, TelemetryReadResult? telemetry = null, GateSettings? settings = null) =>
        GateEvaluator.Evaluate(summary, telemetry ?? TelemetryFor(summary), settings ?? GateSettings.Default).Single(v => v.Name == name);
}
