using StateTrace.Engine.Load;

namespace StateTrace.Engine.Tests.Load;

public class DoublingAnalysisTests
{
    private static readonly double[] Before = [20.1, 19.8, 20.4, 20.0, 19.9];

    [Fact]
    public void Compare_ClearlySlowerOverTwiceTheSites_IsSlower()
    {
        double[] after = [23.9, 24.3, 24.0, 24.6, 24.1];

        var result = DoublingAnalysis.Compare(5, 10, Before, after, thresholdPercent: 5, alpha: 0.05);

        result.Verdict.Should().Be("Slower");
        result.SlowdownPercent.Should().BeApproximately(20, 0.5);
        result.PValueSlower.Should().BeLessThan(0.05);
    }

    [Fact]
    public void Compare_SlowerButWithinTheThreshold_IsNotSlower()
    {
        // 2 % slower, consistently: significant, but under the 5 % that matters.
        double[] after = [20.5, 20.2, 20.8, 20.4, 20.3];

        var result = DoublingAnalysis.Compare(5, 10, Before, after, 5, 0.05);

        result.Verdict.Should().Be("Same");
        result.SlowdownPercent.Should().BeApproximately(2, 0.5);
    }

    [Fact]
    public void Compare_NoisySamples_IsInconclusive()
    {
        double[] after = [14, 31, 19, 27, 22];

        DoublingAnalysis.Compare(5, 10, Before, after, 5, 0.05).Verdict.Should().Be("Inconclusive");
    }

    [Fact]
    public void Compare_FasterOverTwiceTheSites_IsFaster()
    {
        double[] after = [16.0, 16.2, 15.9, 16.1, 16.3];

        DoublingAnalysis.Compare(5, 10, Before, after, 5, 0.05).Verdict.Should().Be("Faster");
    }

    [Fact]
    public void Compare_TooFewRepetitions_IsInconclusiveAndSaysWhy()
    {
        var result = DoublingAnalysis.Compare(5, 10, [20, 20.1], [30, 30.2], 5, 0.05);

        result.Verdict.Should().Be("Inconclusive");
        result.Reason.Should().Contain("at least 3 per side and 5 on one side");
        result.SlowdownPercent.Should().BeApproximately(50, 0.5, "the medians still say what was seen");
    }
}
