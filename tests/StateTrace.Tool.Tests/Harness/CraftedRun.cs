using System.Text;
using StateTrace.Engine.Runs;

namespace StateTrace.Tool.Tests.Harness;

/// <summary>A verify run folder made by hand: a summary and the telemetry every gate reads, over two sites.</summary>
internal static class CraftedRun
{
    private static LatencyStats Stats(long count, double p95) => new(count, 0.5, 2, 2, p95, p95, p95, 20, 2, 0);

    private static PassSummary Pass(string name, int hosts, double writeP95) => new()
    {
        Pass = name,
        HostsParsed = hosts,
        Throughput = new Throughput(1, 1, 1),
        Latencies = new()
        {
            ["ParseDuration"] = Stats(hosts, 5),
            ["DatabaseWriteLatency"] = Stats(hosts, writeP95),
            ["WritePath"] = Stats(hosts, name == "warm" ? 0.4 : 5),
        },
    };

    /// <param name="coldWriteP95">The cold pass's DatabaseWriteLatency p95; above 50 ms fails write.p95.</param>
    /// <param name="hosts">Fewer than 20 leaves the per-host gates with insufficient data.</param>
    public static string Write(string root, string runId, double coldWriteP95 = 5, int hosts = 20)
    {
        var folder = Path.Combine(root, "runs", runId);
        RunSummaryFile.Write(folder, new RunSummary
        {
            RunId = runId,
            RunKind = "verify",
            Machine = new MachineFingerprint("Test CPU", 2, 24L << 30, "Linux", ".NET 10", "Workstation", "sqlite"),
            Code = new CodeIdentity("0.1.0", "abc123"),
            Passes = [Pass("cold", hosts, coldWriteP95), Pass("warm", hosts, 5)],
            WarmRunComparison = new WarmRunComparison
            {
                ColdHosts = hosts,
                WarmHosts = hosts,
                ColdWritePath = Stats(hosts, 5),
                WarmWritePath = Stats(hosts, 0.4),
                ImprovementPercent = 93.5,
                ImprovementSamples = [93.5],
                CacheHitRatio = 1,
            },
        });

        var ndjson = new StringBuilder();
        ndjson.AppendLine(Event(runId, "InterfaceSiteCacheMetrics", "cold", "\"Site\":\"WLLS\",\"Reason\":\"CacheInitial\",\"Hosts\":0,\"Rows\":0,\"HydrateDurationMs\":4.2"));
        foreach (var pass in new[] { "cold", "warm" })
        {
            for (var i = 0; i < hosts; i++)
            {
                var site = i % 2 == 0 ? "WLLS" : "BOYO";
                ndjson.AppendLine(Event(runId, "ParserSchedulerLaunch", pass, $"\"Site\":\"{site}\",\"Hostname\":\"{site}-{i}\",\"ConsecutiveSameSite\":1,\"OtherSitesWaiting\":true,\"FairnessBypass\":false"));
                ndjson.AppendLine(Event(runId, "ParseDuration", pass, $"\"Hostname\":\"{site}-{i}\",\"Site\":\"{site}\",\"DurationSeconds\":0.002,\"Success\":true"));
                ndjson.AppendLine(Event(runId, "InterfaceSyncTiming", pass, $"\"Hostname\":\"{site}-{i}\",\"Site\":\"{site}\",\"WritePathMs\":0.4"));
            }
        }

        File.WriteAllText(Path.Combine(folder, "telemetry.ndjson"), ndjson.ToString());
        return folder;
    }

    private static string Event(string runId, string name, string pass, string fields) =>
        $$"""{"EventName":"{{name}}","Timestamp":"2026-01-01T00:00:00+00:00","RunId":"{{runId}}","Pass":"{{pass}}","Pid":7,{{fields}}}""";
}
