namespace StateTrace.Engine.Gates;

/// <summary>The gate catalogue of design §6 with its defaults; a gates file (<see cref="GateSettings"/>) overrides them.</summary>
public static class GateCatalogue
{
    /// <summary>Every run kind that ingests: "all" in the design's table. A nightly summary is gated only by doubling.</summary>
    public static readonly IReadOnlyList<string> IngestingRunKinds = ["ingest", "verify", "load"];

    private static readonly IReadOnlyList<string> Verify = ["verify"];
    private static readonly IReadOnlyList<string> Load = ["load"];
    private static readonly IReadOnlyList<string> Nightly = ["nightly"];

    public static IReadOnlyList<GateDefinition> Defaults { get; } =
    [
        new("warm.improvement", "median per-host write-path time, (cold − warm) / cold", Verify, null, 10, GateComparison.AtLeast, 90, GateUnit.Percent, "hosts", "≥ 60 %"),
        new("warm.cacheHit", "share of warm hosts whose existing rows came from the site cache", Verify, null, 10, GateComparison.AtLeast, 100, GateUnit.Percent, "hosts", "≥ 99 %"),
        new("warm.rowsWritten", "rows written by the warm pass of unchanged input", Verify, null, 0, GateComparison.AtMost, 0, GateUnit.Rows, "hosts", "rewrote all"),
        new("changed.exact", "rows written for --changed = ports the generator changed", Verify, null, 0, GateComparison.Exact, null, GateUnit.Rows, "hosts", "–"),
        new("parse.p95", "ParseDuration per host, p95", IngestingRunKinds, null, 20, GateComparison.AtMost, 50, GateUnit.Milliseconds, "hosts", "≤ 3 s"),
        new("parse.max", "ParseDuration per host, max", IngestingRunKinds, null, 20, GateComparison.AtMost, 1000, GateUnit.Milliseconds, "hosts", "≤ 10 s"),
        new("write.p95", "DatabaseWriteLatency per host (batch commit time), p95", IngestingRunKinds, ["ingest", "cold", "load"], 20, GateComparison.AtMost, 50, GateUnit.Milliseconds, "hosts", "< 950 ms"),
        new("warm.writePath.p95", "per-host diff + write-path time of the warm pass, p95", Verify, ["warm"], 10, GateComparison.AtMost, 10, GateUnit.Milliseconds, "hosts", "< 500 ms"),
        new("queue.p95", "intended arrival → parse start, p95", Load, null, 10, GateComparison.AtMost, 120, GateUnit.Milliseconds, "hosts", "≤ 120 ms"),
        new("queue.p99", "intended arrival → parse start, p99", Load, null, 10, GateComparison.AtMost, 200, GateUnit.Milliseconds, "hosts", "≤ 200 ms"),
        new("fairness.streak", "same-site launches in a row while another site waits", IngestingRunKinds, null, 0, GateComparison.AtMost, 8, GateUnit.Launches, "launches", "≤ 8"),
        new("completeness", "one InterfaceSyncTiming and one ParseDuration per parsed host", IngestingRunKinds, null, 0, GateComparison.Exact, null, GateUnit.Hosts, "hosts", "event count = processed hosts"),
        new("siteCache.hydrate.p95", "site cache hydration from the store, p95", IngestingRunKinds, null, 1, GateComparison.AtMost, 500, GateUnit.Milliseconds, "hydrations", "< 5 s"),
        new("doubling", "slowdown, same bytes over 2× the sites (Mann–Whitney on alternating repetitions)", Nightly, null, 5, GateComparison.AtMost, 5, GateUnit.Percent, "repetitions per side", "–"),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. Defaults.Select(g => g.Name)];

    public static GateDefinition? Find(string name) => Defaults.FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.Ordinal));
}
