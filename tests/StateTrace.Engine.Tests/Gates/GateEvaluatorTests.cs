using StateTrace.Engine.Gates;
using StateTrace.Engine.Runs;
using static StateTrace.Engine.Tests.Gates.GateRuns;

namespace StateTrace.Engine.Tests.Gates;

public class GateEvaluatorTests
{
    [Fact]
    public void Evaluate_GoodVerifyRun_EveryVerifyGatePassesAndTheRestAreNotApplicable()
    {
        var verdicts = GateEvaluator.Evaluate(Verify(), TelemetryFor(Verify()), GateSettings.Default);

        verdicts.Select(v => v.Name).Should().Equal(GateCatalogue.Names);
        verdicts.Where(v => v.Verdict != GateStatus.Pass).Select(v => v.Name)
            .Should().BeEquivalentTo("changed.exact", "queue.p95", "queue.p99", "doubling");
        verdicts.Where(v => v.Verdict != GateStatus.Pass).Should().OnlyContain(v => v.Verdict == GateStatus.NotApplicable);
        GateVerdicts.ExitCode(verdicts).Should().Be(0);
    }

    [Fact]
    public void Evaluate_WarmImprovement_ReadsTheMedianImprovementOverTheSmallerHostCount()
    {
        var summary = Verify() with
        {
            WarmRunComparison = Comparison() with
            {
                ColdWritePath = Stats(30, p50: 20),
                WarmWritePath = Stats(25, p50: 1),
                ImprovementPercent = 95,
                ImprovementSamples = [94, 95, 97],
            },
        };

        var verdict = Gate("warm.improvement", summary);

        verdict.Verdict.Should().Be(GateStatus.Pass);
        verdict.Value.Should().Be(95);
        verdict.Measured.Should().Be("95 %");
        verdict.Threshold.Should().Be("≥ 90 %");
        verdict.Samples.Should().Be(25);
        verdict.Reason.Should().Be("median write path 20 ms cold → 1 ms warm; median of 3 repetitions (94–97 %)");
    }

    [Fact]
    public void Evaluate_WarmImprovementBelowThreshold_FailsWithTheComparison()
    {
        var summary = Verify() with { WarmRunComparison = Comparison() with { ImprovementPercent = 45 } };

        var verdict = Gate("warm.improvement", summary);

        verdict.Verdict.Should().Be(GateStatus.Fail);
        verdict.Reason.Should().StartWith("45 % < 90 %");
    }

    [Fact]
    public void Evaluate_FailureThatRoundsToTheThreshold_ShowsEveryDigit()
    {
        var summary = Verify() with { WarmRunComparison = Comparison() with { ImprovementPercent = 89.99999 } };

        var verdict = Gate("warm.improvement", summary);

        verdict.Verdict.Should().Be(GateStatus.Fail);
        verdict.Reason.Should().StartWith("89.99999 % < 90 %");
    }

    [Fact]
    public void Evaluate_CacheHitRatio_IsTheWarmRatioInPercent()
    {
        var summary = Verify() with { WarmRunComparison = Comparison(hosts: 40) with { CacheHitRatio = 0.975 } };

        var verdict = Gate("warm.cacheHit", summary);

        verdict.Value.Should().Be(97.5);
        verdict.Measured.Should().Be("97.5 %");
        verdict.Samples.Should().Be(40);
        verdict.Verdict.Should().Be(GateStatus.Fail);
        verdict.Reason.Should().Be("97.5 % < 100 %");
    }

    [Fact]
    public void Evaluate_NoWarmHostWritten_CacheHitIsInsufficientData()
    {
        var summary = Verify() with { WarmRunComparison = Comparison() with { CacheHitRatio = null } };

        Gate("warm.cacheHit", summary).Verdict.Should().Be(GateStatus.InsufficientData);
    }

    [Fact]
    public void Evaluate_WarmRowsWritten_ThresholdReadsAsExactZero()
    {
        var summary = Verify() with { WarmRunComparison = Comparison() with { WarmRowsWritten = 3, SignatureMisses = 3 } };

        var verdict = Gate("warm.rowsWritten", summary);

        verdict.Threshold.Should().Be("= 0 rows");
        verdict.Verdict.Should().Be(GateStatus.Fail);
        verdict.Reason.Should().Be("3 rows > 0 rows; 3 signature misses");
    }

    [Fact]
    public void Evaluate_NineWarmHosts_WarmGatesAreInsufficientData()
    {
        var summary = Verify(hosts: 9);

        var verdicts = GateEvaluator.Evaluate(summary, TelemetryFor(summary), GateSettings.Default).ToDictionary(v => v.Name);

        verdicts["warm.improvement"].Verdict.Should().Be(GateStatus.InsufficientData);
        verdicts["warm.improvement"].Reason.Should().StartWith("9 hosts, needs ≥ 10");
        verdicts["warm.cacheHit"].Verdict.Should().Be(GateStatus.InsufficientData);
        verdicts["parse.p95"].Verdict.Should().Be(GateStatus.InsufficientData);
        verdicts["warm.rowsWritten"].Verdict.Should().Be(GateStatus.Pass, "it has no minimum");
        GateVerdicts.ExitCode(verdicts.Values).Should().Be(5);
    }

    [Fact]
    public void Evaluate_IngestRun_VerifyOnlyGatesAreNotApplicableNotInsufficient()
    {
        var verdicts = GateEvaluator.Evaluate(Ingest(), TelemetryFor(Ingest()), GateSettings.Default).ToDictionary(v => v.Name);

        foreach (var name in new[] { "warm.improvement", "warm.cacheHit", "warm.rowsWritten", "changed.exact", "warm.writePath.p95", "queue.p95", "doubling" })
        {
            verdicts[name].Verdict.Should().Be(GateStatus.NotApplicable, name);
        }

        verdicts["warm.improvement"].Reason.Should().Be("applies to verify runs, not ingest runs");
        verdicts["parse.p95"].Verdict.Should().Be(GateStatus.Pass);
        verdicts["write.p95"].Verdict.Should().Be(GateStatus.Pass);
        verdicts["completeness"].Verdict.Should().Be(GateStatus.Pass);
        GateVerdicts.ExitCode(verdicts.Values).Should().Be(0);
    }

    [Fact]
    public void Evaluate_VerifyWithoutComparison_WarmGatesInsufficientAndChangedNotApplicable()
    {
        var summary = Verify() with { WarmRunComparison = null };

        var verdicts = GateEvaluator.Evaluate(summary, TelemetryFor(summary), GateSettings.Default).ToDictionary(v => v.Name);

        verdicts["warm.improvement"].Verdict.Should().Be(GateStatus.InsufficientData);
        verdicts["warm.improvement"].Reason.Should().Be("the summary has no cold/warm comparison");
        verdicts["changed.exact"].Verdict.Should().Be(GateStatus.NotApplicable);
    }

    [Fact]
    public void Evaluate_WriteP95_IgnoresTheWarmPass()
    {
        var summary = Verify() with
        {
            Passes = [Pass("cold"), Pass("warm") with { Latencies = new() { ["DatabaseWriteLatency"] = Stats(Hosts, p95: 900) } }],
        };

        var verdict = Gate("write.p95", summary);

        verdict.Verdict.Should().Be(GateStatus.Pass);
        verdict.Value.Should().Be(5);
    }

    [Fact]
    public void Evaluate_WarmWritePathP95_IgnoresTheColdPass()
    {
        var summary = Verify() with
        {
            Passes = [Pass("cold") with { Latencies = new() { ["WritePath"] = Stats(Hosts, p95: 40) } }, Pass("warm")],
        };

        var verdict = Gate("warm.writePath.p95", summary);

        verdict.Verdict.Should().Be(GateStatus.Pass);
        verdict.Value.Should().Be(0.5);
        verdict.Reason.Should().Be("warm pass");
    }

    [Fact]
    public void Evaluate_ParseP95OverRepetitions_TheWorstPassDecides()
    {
        var summary = Verify() with
        {
            Passes =
            [
                Pass("cold", repetition: 1), Pass("warm", repetition: 1),
                Pass("cold", repetition: 2) with { Latencies = new() { ["ParseDuration"] = Stats(Hosts, p95: 70) } }, Pass("warm", repetition: 2),
            ],
        };

        var verdict = Gate("parse.p95", summary);

        verdict.Verdict.Should().Be(GateStatus.Fail);
        verdict.Reason.Should().Be("70 ms > 50 ms; worst of 4 passes: cold #2");
    }

    [Fact]
    public void Evaluate_SmallChangedPass_IsNotGatedWhileOtherPassesHaveEnoughHosts()
    {
        var summary = Verify() with
        {
            Passes = [Pass("cold"), Pass("warm"), Pass("changed", hosts: 5) with { Latencies = new() { ["ParseDuration"] = Stats(5, p95: 900) } }],
        };
        var telemetry = TelemetryFor(summary);

        var verdict = Gate("parse.p95", summary, telemetry);

        verdict.Verdict.Should().Be(GateStatus.Pass);
        verdict.Reason.Should().Contain("changed under 20 hosts, not gated");
    }

    [Fact]
    public void Evaluate_EveryPassTooSmall_ReportsTheLargestAsInsufficient()
    {
        var summary = Summary("ingest", Pass("ingest", hosts: 12));

        var verdict = Gate("parse.p95", summary);

        verdict.Verdict.Should().Be(GateStatus.InsufficientData);
        verdict.Samples.Should().Be(12);
        verdict.Reason.Should().Be("12 hosts, needs ≥ 20; largest: ingest");
    }

    [Fact]
    public void Evaluate_NoHostParsed_LatencyGatesAreInsufficient()
    {
        var summary = Summary("ingest", Pass("ingest", hosts: 0));

        var verdict = Gate("write.p95", summary);

        verdict.Verdict.Should().Be(GateStatus.InsufficientData);
        verdict.Reason.Should().Be("no ingest/cold/load pass recorded DatabaseWriteLatency");
    }

    [Fact]
    public void Evaluate_QueueGatesOnLoadRun_ReadQueueDelay()
    {
        var verdicts = GateEvaluator.Evaluate(GateRuns.Load(p95: 130, p99: 150), TelemetryFor(GateRuns.Load()), GateSettings.Default).ToDictionary(v => v.Name);

        verdicts["queue.p95"].Verdict.Should().Be(GateStatus.Fail);
        verdicts["queue.p99"].Verdict.Should().Be(GateStatus.Pass);
        verdicts["warm.improvement"].Verdict.Should().Be(GateStatus.NotApplicable);
    }

    [Fact]
    public void Evaluate_LoadRunWithoutQueueDelay_QueueGatesAreInsufficient()
    {
        var summary = Summary("load", Pass("load"));

        Gate("queue.p99", summary).Verdict.Should().Be(GateStatus.InsufficientData);
    }

    [Fact]
    public void Evaluate_MissingTelemetry_TelemetryGatesAreInsufficient()
    {
        var verdicts = GateEvaluator.Evaluate(Verify(), TelemetryReadResult.Missing("/runs/x/telemetry.ndjson"), GateSettings.Default)
            .ToDictionary(v => v.Name);

        foreach (var name in new[] { "fairness.streak", "completeness", "siteCache.hydrate.p95" })
        {
            verdicts[name].Verdict.Should().Be(GateStatus.InsufficientData, name);
            verdicts[name].Reason.Should().Be("no telemetry at /runs/x/telemetry.ndjson");
        }

        verdicts["parse.p95"].Verdict.Should().Be(GateStatus.Pass);
    }

    [Fact]
    public void Evaluate_NoHydration_SiteCacheIsInsufficient()
    {
        var verdict = Gate("siteCache.hydrate.p95", Verify(), TelemetryFor(Verify()) with { HydrationsMs = [] });

        verdict.Verdict.Should().Be(GateStatus.InsufficientData);
        verdict.Measured.Should().Be("–");
    }

    [Fact]
    public void Evaluate_SiteCacheHydrations_UsesTheNearestRankP95()
    {
        // 20 samples 10, 20, …, 200: the 19th (190) has 95 % at or below it.
        var hydrations = Enumerable.Range(1, 20).Select(i => i * 10.0).Reverse().ToList();

        var verdict = Gate("siteCache.hydrate.p95", Verify(), TelemetryFor(Verify()) with { HydrationsMs = hydrations });

        verdict.Value.Should().Be(190);
        verdict.Samples.Should().Be(20);
    }

    [Fact]
    public void Evaluate_TelemetryOfAPassTheSummaryLacks_CompletenessFails()
    {
        var telemetry = TelemetryFor(Verify());
        var passes = new Dictionary<string, PassTelemetry>(telemetry.Passes, StringComparer.OrdinalIgnoreCase) { ["ingest"] = new(3, 3) };

        var verdict = Gate("completeness", Verify(), telemetry with { Passes = passes, TornLines = 2 });

        verdict.Verdict.Should().Be(GateStatus.Fail);
        verdict.Reason.Should().Be("ingest: 3 ParseDuration and 3 InterfaceSyncTiming for 0 hosts parsed; 2 torn telemetry lines may have held the missing events");
    }

    [Fact]
    public void Evaluate_CompletenessOverRepetitions_SumsHostsPerPassName()
    {
        var summary = Verify() with { Passes = [Pass("cold"), Pass("warm"), Pass("cold", repetition: 2), Pass("warm", repetition: 2)] };

        var verdict = Gate("completeness", summary);

        verdict.Verdict.Should().Be(GateStatus.Pass);
        verdict.Threshold.Should().Be("= 80 hosts parsed");
        verdict.Measured.Should().Be("80 ParseDuration, 80 InterfaceSyncTiming");
    }

    [Fact]
    public void Evaluate_ChangedGate_AppliesOnlyWithAChangedPass()
    {
        Gate("changed.exact", Verify()).Reason.Should().Be("no --changed pass in this run");
        Gate("changed.exact", Verify()).Verdict.Should().Be(GateStatus.NotApplicable);
        var ingest = Ingest() with { WarmRunComparison = Comparison() with { Changed = new ChangedComparison("m", 1, 1, 1) } };
        Gate("changed.exact", ingest).Verdict.Should().Be(GateStatus.NotApplicable);
    }

    [Theory]
    [InlineData("Inconclusive", "30", "5", GateStatus.Pass)]
    [InlineData("Same", "6", "5", GateStatus.Pass)]
    [InlineData("Slower", "30", "5", GateStatus.Fail)]
    [InlineData("slower", "2", "5", GateStatus.Pass)]
    [InlineData("Slower", "30", "4", GateStatus.InsufficientData)]
    [InlineData("Maybe", "30", "5", GateStatus.InsufficientData)]
    [InlineData("Slower", "fast", "5", GateStatus.InsufficientData)]
    public void Evaluate_NightlyDoubling_FailsOnlyOnASignificantSlowdownBeyondTheThreshold(string outcome, string slowdown, string samples, GateStatus expected)
    {
        var nightly = Summary("nightly") with
        {
            Settings = new() { ["DoublingVerdict"] = outcome, ["DoublingSlowdownPercent"] = slowdown, ["DoublingSamples"] = samples },
        };

        var verdicts = GateEvaluator.Evaluate(nightly, TelemetryReadResult.Missing("t"), GateSettings.Default);

        verdicts.Single(v => v.Name == "doubling").Verdict.Should().Be(expected);
        verdicts.Where(v => v.Name != "doubling").Should().OnlyContain(v => v.Verdict == GateStatus.NotApplicable);
    }

    [Fact]
    public void Evaluate_NightlyWithoutDoublingResult_IsInsufficientAndVerifyIsNotApplicable()
    {
        Gate("doubling", Summary("nightly")).Verdict.Should().Be(GateStatus.InsufficientData);
        Gate("doubling", Verify()).Verdict.Should().Be(GateStatus.NotApplicable);
    }
}
