using StateTrace.Tool.Reports;

namespace StateTrace.Tool.Tests.Reports;

public sealed class MetricComparerTests
{
    private static readonly MetricDefinition Latency = new("cold.write.p95", "cold write p95", "ms", HigherIsBetter: false, NoiseFloor: 0.5);
    private static readonly MetricDefinition Throughput = new("cold.mbps", "cold throughput", "MB/s", HigherIsBetter: true, NoiseFloor: 0.1);

    private static MetricComparison Compare(MetricDefinition metric, double[] baseline, double[] current) =>
        MetricComparer.Compare(metric, baseline, current, ComparisonOptions.Default);

    [Fact]
    public void Compare_ClearLatencyRegression_Slower()
    {
        var result = Compare(Latency, [10, 10.2, 9.8, 10.1, 9.9], [15, 15.3, 14.8, 15.1, 14.9]);

        result.Verdict.Should().Be(Verdict.Slower);
        result.Sentence.Should().StartWith("Slower: median 15.00 ms vs 10.00 ms (+50.0 %)").And.Contain("Mann–Whitney p = 0.004");
        result.Ratio.Should().BeApproximately(1.5, 1e-9);
    }

    [Fact]
    public void Compare_ClearThroughputDrop_Slower()
    {
        var result = Compare(Throughput, [100, 101, 99, 100.5, 99.5], [80, 81, 79, 80.5, 79.5]);

        result.Verdict.Should().Be(Verdict.Slower, "less throughput is worse");
    }

    [Fact]
    public void Compare_ClearThroughputGain_Faster()
    {
        var result = Compare(Throughput, [100, 101, 99, 100.5, 99.5], [130, 131, 129, 130.5, 129.5]);

        result.Verdict.Should().Be(Verdict.Faster);
        result.Sentence.Should().StartWith("Faster:");
    }

    [Fact]
    public void Compare_IdenticalDistributions_Same()
    {
        var result = Compare(Latency, [10, 10.2, 9.8, 10.1, 9.9], [10.05, 9.95, 10.15, 9.85, 10.0]);

        result.Verdict.Should().Be(Verdict.Same);
        result.Sentence.Should().StartWith("Same: median 10.00 ms vs 10.00 ms").And.Contain("within ±0.500 ms").And.Contain("p = 0.004 for both bounds");
    }

    [Fact]
    public void Compare_TheSameSamplesInAnotherOrder_SameAsIdentical()
    {
        double[] samples = [10, 14, 9.8, 25, 9.9];

        var result = Compare(Latency, samples, samples.Reverse().ToArray());

        result.Verdict.Should().Be(Verdict.Same);
        result.Sentence.Should().Be("Same: identical samples (n = 5 baseline, 5 current).");
    }

    [Fact]
    public void Compare_ThreeSeparatedRepetitionsPerSide_Decides()
    {
        var result = Compare(Latency, [10, 10.1, 9.9], [20, 20.1, 19.9]);

        result.Verdict.Should().Be(Verdict.Slower, "p = 0.05 exactly counts at α = 0.05");
    }

    [Theory]
    [InlineData(2, 5)]
    [InlineData(5, 2)]
    [InlineData(0, 5)]
    public void Compare_TooFewSamples_InconclusiveSaidPlainly(int baselineCount, int currentCount)
    {
        var result = Compare(Latency, Enumerable.Repeat(10.0, baselineCount).ToArray(), Enumerable.Repeat(30.0, currentCount).ToArray());

        result.Verdict.Should().Be(Verdict.Inconclusive);
        result.Sentence.Should().Be($"Inconclusive: too few samples (n = {baselineCount} baseline, {currentCount} current); at least 3 repetitions per side are needed to test anything.");
        result.PWorse.Should().BeNull();
    }

    [Fact]
    public void Compare_WidelyOverlappingSamples_InconclusiveWithPValues()
    {
        var result = Compare(Latency, [5, 15, 10, 25, 8], [7, 20, 12, 6, 18]);

        result.Verdict.Should().Be(Verdict.Inconclusive);
        result.Sentence.Should().Contain("overlap too much").And.Contain("run more repetitions");
        result.PWorse.Should().NotBeNull();
    }

    [Fact]
    public void Compare_DifferenceBelowNoiseFloor_Same()
    {
        // 0.20 → 0.25 ms is +25 %, but a quarter of the 0.5 ms latency noise floor.
        var result = Compare(Latency, [0.20, 0.21, 0.19, 0.20, 0.20], [0.25, 0.26, 0.24, 0.25, 0.25]);

        result.Verdict.Should().Be(Verdict.Same);
        result.Delta.Should().Be(0.5);
    }

    [Fact]
    public void Compare_ShiftWithinRelativeThreshold_Same()
    {
        var result = Compare(Throughput, [100, 100.2, 99.8, 100.1, 99.9], [102, 102.2, 101.8, 102.1, 101.9]);

        result.Verdict.Should().Be(Verdict.Same, "+2 % is inside the 5 % threshold");
    }

    [Fact]
    public void Compare_ConstantEqualSamples_SameAsIdentical()
    {
        var result = Compare(Throughput, [0, 0, 0], [0, 0, 0]);

        result.Verdict.Should().Be(Verdict.Same);
        result.Sentence.Should().StartWith("Same: identical samples");
    }
}
