using StateTrace.Engine.Nightly;
using StateTrace.Engine.Runs;

namespace StateTrace.Engine.Tests.Nightly;

public class NightlyMetricsTests
{
    private static readonly MachineFingerprint Machine = new("cpu", 2, 1L << 30, "os", "rt", "gc", "sqlite");

    private static LatencyStats P95(double p95) => new(20, 0.1, 1, 1, p95, p95, p95, p95, 1, 0);

    private static PassSummary Pass(string name, int repetition, double mbps, double parseP95, double writeP95) => new()
    {
        Pass = name,
        Repetition = repetition,
        Throughput = new Throughput(mbps, 1, 1),
        Latencies = new() { ["ParseDuration"] = P95(parseP95), ["DatabaseWriteLatency"] = P95(writeP95) },
    };

    [Fact]
    public void FromVerify_ThreeRepetitions_TakesTheMedianOfTheColdPasses()
    {
        var summary = new RunSummary
        {
            RunId = "r",
            RunKind = "verify",
            Machine = Machine,
            Code = new CodeIdentity("0.1.0", "abc"),
            Passes =
            [
                Pass("cold", 1, 40, 5, 20), Pass("warm", 1, 400, 50, 200),
                Pass("cold", 2, 10, 7, 30), Pass("warm", 2, 400, 50, 200),
                Pass("cold", 3, 42, 6, 25), Pass("warm", 3, 400, 50, 200),
            ],
            WarmRunComparison = new WarmRunComparison { ColdWritePath = P95(1), WarmWritePath = P95(0.1), ImprovementPercent = 95.5 },
        };

        var metrics = NightlyMetrics.FromVerify(summary);

        metrics.Should().Equal(new Dictionary<string, double>
        {
            ["cold.mbps"] = 40,
            ["cold.parse.p95"] = 6,
            ["cold.write.p95"] = 25,
            ["warm.improvement"] = 95.5,
        });
    }

    [Fact]
    public void FromVerify_NoPasses_LeavesTheMetricsOut()
    {
        var summary = new RunSummary { RunId = "r", RunKind = "verify", Machine = Machine, Code = new CodeIdentity("0", "x") };

        NightlyMetrics.FromVerify(summary).Should().BeEmpty();
    }

    [Fact]
    public void Median_EvenCount_AveragesTheMiddleTwo()
    {
        NightlyMetrics.Median([4, 1, 3, 2]).Should().Be(2.5);
        NightlyMetrics.Median([7]).Should().Be(7);
    }
}
