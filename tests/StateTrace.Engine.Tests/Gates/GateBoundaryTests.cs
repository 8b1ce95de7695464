using StateTrace.Engine.Gates;
using StateTrace.Engine.Runs;
using static StateTrace.Engine.Tests.Gates.GateRuns;

namespace StateTrace.Engine.Tests.Gates;

/// <summary>Every gate just inside, on and just outside its default threshold: the table's ≥/≤ are inclusive.</summary>
public class GateBoundaryTests
{
    [Theory]
    [InlineData("warm.improvement", 90.01, GateStatus.Pass)]
    [InlineData("warm.improvement", 90, GateStatus.Pass)]
    [InlineData("warm.improvement", 89.99, GateStatus.Fail)]
    [InlineData("warm.cacheHit", 100, GateStatus.Pass)]
    [InlineData("warm.cacheHit", 99.9999, GateStatus.Fail)]
    [InlineData("warm.rowsWritten", 0, GateStatus.Pass)]
    [InlineData("warm.rowsWritten", 1, GateStatus.Fail)]
    [InlineData("parse.p95", 49.99, GateStatus.Pass)]
    [InlineData("parse.p95", 50, GateStatus.Pass)]
    [InlineData("parse.p95", 50.01, GateStatus.Fail)]
    [InlineData("parse.max", 999.99, GateStatus.Pass)]
    [InlineData("parse.max", 1000, GateStatus.Pass)]
    [InlineData("parse.max", 1000.01, GateStatus.Fail)]
    [InlineData("write.p95", 49.99, GateStatus.Pass)]
    [InlineData("write.p95", 50, GateStatus.Pass)]
    [InlineData("write.p95", 50.01, GateStatus.Fail)]
    [InlineData("warm.writePath.p95", 9.99, GateStatus.Pass)]
    [InlineData("warm.writePath.p95", 10, GateStatus.Pass)]
    [InlineData("warm.writePath.p95", 10.01, GateStatus.Fail)]
    [InlineData("queue.p95", 119.99, GateStatus.Pass)]
    [InlineData("queue.p95", 120, GateStatus.Pass)]
    [InlineData("queue.p95", 120.01, GateStatus.Fail)]
    [InlineData("queue.p99", 199.99, GateStatus.Pass)]
    [InlineData("queue.p99", 200, GateStatus.Pass)]
    [InlineData("queue.p99", 200.01, GateStatus.Fail)]
    [InlineData("fairness.streak", 7, GateStatus.Pass)]
    [InlineData("fairness.streak", 8, GateStatus.Pass)]
    [InlineData("fairness.streak", 9, GateStatus.Fail)]
    [InlineData("siteCache.hydrate.p95", 499.99, GateStatus.Pass)]
    [InlineData("siteCache.hydrate.p95", 500, GateStatus.Pass)]
    [InlineData("siteCache.hydrate.p95", 500.01, GateStatus.Fail)]
    [InlineData("doubling", 4.99, GateStatus.Pass)]
    [InlineData("doubling", 5, GateStatus.Pass)]
    [InlineData("doubling", 5.01, GateStatus.Fail)]
    public void Evaluate_ValueAroundDefaultThreshold_BoundaryIsInclusive(string gate, double value, GateStatus expected)
    {
        var (summary, telemetry) = Measuring(gate, value);

        var verdict = Gate(gate, summary, telemetry);

        verdict.Verdict.Should().Be(expected, verdict.Reason);
        verdict.Value.Should().BeApproximately(value, 1e-9);
    }

    [Theory]
    [InlineData("warm.cacheHit", 99.01, GateStatus.Pass)]
    [InlineData("warm.cacheHit", 99, GateStatus.Pass)]
    [InlineData("warm.cacheHit", 98.99, GateStatus.Fail)]
    [InlineData("warm.rowsWritten", 4, GateStatus.Pass)]
    [InlineData("warm.rowsWritten", 5, GateStatus.Pass)]
    [InlineData("warm.rowsWritten", 6, GateStatus.Fail)]
    public void Evaluate_ValueAroundOverriddenThreshold_BoundaryIsInclusive(string gate, double value, GateStatus expected)
    {
        var threshold = gate == "warm.cacheHit" ? 99 : 5;
        var settings = GateSettings.Parse($$"""{ "gates": { "{{gate}}": { "threshold": {{threshold}} } } }""", "gates.json");
        var (summary, telemetry) = Measuring(gate, value);

        var verdict = Gate(gate, summary, telemetry, settings);

        verdict.Verdict.Should().Be(expected, verdict.Reason);
    }

    [Theory]
    [InlineData(-1, GateStatus.Fail)]
    [InlineData(0, GateStatus.Pass)]
    [InlineData(1, GateStatus.Fail)]
    public void Evaluate_ChangedRowsAroundTheManifest_PassesOnlyWhenExact(int offset, GateStatus expected)
    {
        var summary = Verify() with { WarmRunComparison = Comparison() with { Changed = new ChangedComparison("changes.json", 120, 120 + offset, 7) } };

        var verdict = Gate("changed.exact", summary);

        verdict.Verdict.Should().Be(expected, verdict.Reason);
        verdict.Threshold.Should().Be("= 120 rows");
        verdict.Samples.Should().Be(7);
    }

    [Theory]
    [InlineData(-1, 0, GateStatus.Fail)]
    [InlineData(0, 0, GateStatus.Pass)]
    [InlineData(1, 0, GateStatus.Fail)]
    [InlineData(0, -1, GateStatus.Fail)]
    [InlineData(0, 1, GateStatus.Fail)]
    public void Evaluate_TelemetryCountsAroundHostsParsed_CompletenessPassesOnlyWhenExact(int parseOffset, int syncOffset, GateStatus expected)
    {
        var summary = Verify();
        var telemetry = TelemetryFor(summary);
        var passes = telemetry.Passes.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        passes["warm"] = new PassTelemetry(Hosts + parseOffset, Hosts + syncOffset);

        var verdict = Gate("completeness", summary, telemetry with { Passes = passes });

        verdict.Verdict.Should().Be(expected, verdict.Reason);
        if (expected == GateStatus.Fail)
        {
            verdict.Reason.Should().StartWith($"warm: {Hosts + parseOffset} ParseDuration and {Hosts + syncOffset} InterfaceSyncTiming for {Hosts} hosts parsed");
        }
    }

    /// <summary>A run that passes every gate except that <paramref name="gate"/> measures <paramref name="value"/>.</summary>
    private static (RunSummary Summary, TelemetryReadResult Telemetry) Measuring(string gate, double value)
    {
        var verify = Verify();
        var telemetry = TelemetryFor(verify);
        return gate switch
        {
            "warm.improvement" => (verify with { WarmRunComparison = Comparison() with { ImprovementPercent = value } }, telemetry),
            "warm.cacheHit" => (verify with { WarmRunComparison = Comparison() with { CacheHitRatio = value / 100 } }, telemetry),
            "warm.rowsWritten" => (verify with { WarmRunComparison = Comparison() with { WarmRowsWritten = (long)value } }, telemetry),
            "parse.p95" => (WithLatency(verify, "cold", "ParseDuration", Stats(Hosts, p95: value)), telemetry),
            "parse.max" => (WithLatency(verify, "warm", "ParseDuration", Stats(Hosts, max: value)), telemetry),
            "write.p95" => (WithLatency(verify, "cold", "DatabaseWriteLatency", Stats(Hosts, p95: value)), telemetry),
            "warm.writePath.p95" => (WithLatency(verify, "warm", "WritePath", Stats(Hosts, p95: value)), telemetry),
            "queue.p95" => (GateRuns.Load(p95: value), TelemetryFor(GateRuns.Load())),
            "queue.p99" => (GateRuns.Load(p99: value), TelemetryFor(GateRuns.Load())),
            "fairness.streak" => (verify, telemetry with { MaxStreakWhileOthersWait = (int)value }),
            "siteCache.hydrate.p95" => (verify, telemetry with { HydrationsMs = [value] }),
            "doubling" => (Summary("nightly") with
            {
                Settings = new()
                {
                    ["DoublingVerdict"] = "Slower",
                    ["DoublingSlowdownPercent"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["DoublingSamples"] = "5",
                },
            }, telemetry),
            _ => throw new ArgumentOutOfRangeException(nameof(gate), gate, null),
        };
    }

    private static RunSummary WithLatency(RunSummary summary, string pass, string metric, LatencyStats stats) => summary with
    {
        Passes = [.. summary.Passes.Select(p => p.Pass != pass ? p : p with { Latencies = new(p.Latencies) { [metric] = stats } })],
    };
}
