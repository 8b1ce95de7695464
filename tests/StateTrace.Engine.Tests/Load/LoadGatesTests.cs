using StateTrace.Engine.Gates;
using StateTrace.Engine.Load;
using StateTrace.Engine.Runs;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Load;

/// <summary>A scenario's thresholds, held against a load run's summary with the gate catalogue's semantics.</summary>
public sealed class LoadGatesTests : IDisposable
{
    private readonly TempDirectory run = new();

    public void Dispose() => run.Dispose();

    private static LatencyStats Stats(long count, double p95, double p99 = 0) => new(count, 0.1, 1, 2, p95, p95, Math.Max(p95, p99), p99 + 10, 2, 0);

    private static RunSummary Summary(double queueP95, double queueP99 = 100, long hosts = 40, Dictionary<string, string>? settings = null) => new()
    {
        RunId = "20260101-000000-load",
        RunKind = "load",
        Machine = new MachineFingerprint("Test CPU", 2, 24L << 30, "Linux", ".NET 10", "Server", "sqlite"),
        Code = new CodeIdentity("0.1.0", "abc"),
        Settings = settings ?? [],
        Passes =
        [
            new PassSummary
            {
                Pass = "load",
                HostsParsed = (int)hosts,
                Throughput = new Throughput(1, 1, 1),
                Latencies = new()
                {
                    ["QueueDelay"] = Stats(hosts, queueP95, queueP99),
                    ["EndToEnd"] = Stats(hosts, queueP95 + 20),
                    ["ParseDuration"] = Stats(hosts, 5),
                    ["DatabaseWriteLatency"] = Stats(hosts, 5),
                },
            },
        ],
    };

    private static LoadScenario Scenario(params ScenarioThreshold[] thresholds) => new()
    {
        Name = "s",
        Simulations = [new Inject(10, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4))],
        Thresholds = thresholds,
    };

    private static Dictionary<string, LatencyStats> NoSites(int pass, IReadOnlyList<string> sites) => [];

    private IReadOnlyList<GateVerdict> Evaluate(RunSummary summary, LoadScenario scenario, GateSettings? file = null,
        Func<int, IReadOnlyList<string>, Dictionary<string, LatencyStats>>? sites = null) =>
        LoadGates.Evaluate(run.Path, summary, scenario, file, sites ?? NoSites);

    [Fact]
    public void Evaluate_QueueUnderTheScenarioThreshold_Passes()
    {
        var verdicts = Evaluate(Summary(queueP95: 150), Scenario(new ScenarioThreshold("queue.p95", 200)));

        var queue = verdicts.Single(v => v.Name == "queue.p95");
        queue.Verdict.Should().Be(GateStatus.Pass);
        queue.Threshold.Should().Be("≤ 200 ms");
        LoadGates.ExitCode(verdicts.Where(v => v.Name.StartsWith("queue", StringComparison.Ordinal))).Should().Be(0);
    }

    [Fact]
    public void Evaluate_QueueOverTheThreshold_FailsWithExitCode1()
    {
        var verdicts = Evaluate(Summary(queueP95: 150), Scenario(new ScenarioThreshold("queue.p95", 120)));

        var queue = verdicts.Single(v => v.Name == "queue.p95");
        queue.Verdict.Should().Be(GateStatus.Fail);
        queue.Reason.Should().StartWith("150 ms > 120 ms");
        LoadGates.ExitCode([queue]).Should().Be(1);
    }

    [Fact]
    public void Evaluate_TooFewHosts_IsInsufficientDataWithExitCode5()
    {
        var verdicts = Evaluate(Summary(queueP95: 10, hosts: 4), Scenario(new ScenarioThreshold("queue.p95", 120)));

        var queue = verdicts.Single(v => v.Name == "queue.p95");
        queue.Verdict.Should().Be(GateStatus.InsufficientData);
        queue.Reason.Should().StartWith("4 hosts, needs ≥ 10");
        LoadGates.ExitCode([queue]).Should().Be(5);
    }

    [Fact]
    public void Evaluate_MinSamplesLowered_MeasuresTheSmallRun()
    {
        var verdicts = Evaluate(Summary(queueP95: 10, hosts: 4), Scenario(new ScenarioThreshold("queue.p95", 120, MinSamples: 3)));

        verdicts.Single(v => v.Name == "queue.p95").Verdict.Should().Be(GateStatus.Pass);
    }

    [Fact]
    public void Evaluate_DisabledGateAndOtherRunKindsGates_AreNotApplicable()
    {
        var verdicts = Evaluate(Summary(queueP95: 500), Scenario(new ScenarioThreshold("queue.p95", Enabled: false)));

        verdicts.Single(v => v.Name == "queue.p95").Should().Match<GateVerdict>(v => v.Verdict == GateStatus.NotApplicable && v.Reason == "disabled in scenario s");
        verdicts.Single(v => v.Name == "warm.improvement").Verdict.Should().Be(GateStatus.NotApplicable);
        verdicts.Select(v => v.Name).Should().StartWith(GateCatalogue.Names, "every catalogue gate is reported, in the catalogue's order");
    }

    [Fact]
    public void Evaluate_NoScenarioThreshold_AppliesTheCatalogueDefault()
    {
        var verdicts = Evaluate(Summary(queueP95: 150), Scenario());

        verdicts.Single(v => v.Name == "queue.p95").Should().Match<GateVerdict>(v => v.Verdict == GateStatus.Fail && v.Threshold == "≤ 120 ms");
    }

    [Fact]
    public void Evaluate_GatesFileAndScenario_TheScenarioWins()
    {
        var file = GateSettings.Parse("""{ "gates": { "queue.p95": { "threshold": 100, "minSamples": 30 }, "queue.p99": { "threshold": 50 } } }""", "gates.json");

        var verdicts = Evaluate(Summary(queueP95: 150, queueP99: 160), Scenario(new ScenarioThreshold("queue.p95", 200)), file);

        verdicts.Single(v => v.Name == "queue.p95").Should().Match<GateVerdict>(v => v.Verdict == GateStatus.Pass && v.Threshold == "≤ 200 ms",
            "the scenario's threshold overrides the gates file's, whose minSamples still applies");
        verdicts.Single(v => v.Name == "queue.p99").Should().Match<GateVerdict>(v => v.Verdict == GateStatus.Fail && v.Threshold == "≤ 50 ms");
    }

    [Fact]
    public void Evaluate_ThresholdForSomeSites_IsMeasuredOnThoseSitesOnly()
    {
        IReadOnlyList<string>? asked = null;
        Dictionary<string, LatencyStats> Sites(int pass, IReadOnlyList<string> sites)
        {
            asked = sites;
            return new() { ["QueueDelay"] = Stats(30, 80) };
        }

        var verdicts = Evaluate(Summary(queueP95: 900), Scenario(new ScenarioThreshold("queue.p95", 5000), new ScenarioThreshold("queue.p95", 100, Sites: ["BOYO", "HQ01"])), sites: Sites);

        asked.Should().Equal("BOYO", "HQ01");
        var light = verdicts.Single(v => v.Name == "queue.p95[BOYO,HQ01]");
        light.Should().Match<GateVerdict>(v => v.Verdict == GateStatus.Pass && v.Value == 80 && v.Samples == 30);
        light.Metric.Should().EndWith("sites BOYO, HQ01");
        verdicts.Single(v => v.Name == "queue.p95").Should().Match<GateVerdict>(v => v.Verdict == GateStatus.Pass && v.Value == 900);
    }

    [Theory]
    [InlineData("Slower", "12.5", GateStatus.Fail)]
    [InlineData("Inconclusive", "12.5", GateStatus.Pass)]
    [InlineData("Same", "1.5", GateStatus.Pass)]
    public void Evaluate_DoublingScenario_UsesTheDoublingGate(string verdict, string slowdown, GateStatus expected)
    {
        var settings = new Dictionary<string, string> { ["DoublingVerdict"] = verdict, ["DoublingSlowdownPercent"] = slowdown, ["DoublingSamples"] = "5" };
        var scenario = Scenario(new ScenarioThreshold("doubling", 5)) with { Doubling = new DoublingSpec(5, 10) };

        var verdicts = Evaluate(Summary(queueP95: 10, settings: settings), scenario);

        verdicts.Single(v => v.Name == "doubling").Verdict.Should().Be(expected);
    }

    [Fact]
    public void Evaluate_DoublingGateOnAnOrdinaryLoadRun_IsNotApplicable()
    {
        Evaluate(Summary(queueP95: 10), Scenario()).Single(v => v.Name == "doubling").Verdict.Should().Be(GateStatus.NotApplicable);
    }
}
