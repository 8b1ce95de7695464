using StateTrace.Engine.Load;

namespace StateTrace.Engine.Tests.Load;

public class LoadTimelineTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void Arrivals_Inject10PerSecondFor5Seconds_50EvenlySpacedIntendedTimes()
    {
        var timeline = new LoadTimeline([new Inject(10, S(1), S(5))]);

        var arrivals = timeline.Arrivals().ToList();

        arrivals.Should().HaveCount(50);
        arrivals.Should().Equal(Enumerable.Range(0, 50).Select(i => TimeSpan.FromMilliseconds(100 * i)));
        timeline.PlannedArrivals.Should().Be(50);
        timeline.Duration.Should().Be(S(5));
    }

    [Fact]
    public void Arrivals_RatePerLongerInterval_IsSpreadOverTheInterval()
    {
        // NBomber's rate is per interval: 4 every 2 s is 2 per second, at 0.5 s apart, never a burst of 4.
        var arrivals = new LoadTimeline([new Inject(4, S(2), S(4))]).Arrivals().ToList();

        arrivals.Should().Equal(Enumerable.Range(0, 8).Select(i => TimeSpan.FromMilliseconds(500 * i)));
    }

    [Fact]
    public void Arrivals_RampingInject0To20Over10Seconds_LinearCount()
    {
        var timeline = new LoadTimeline([new RampingInject(20, S(1), S(10))]);

        var arrivals = timeline.Arrivals().ToList();

        // The rate climbs linearly from 0 to 20/s: (0 + 20) / 2 × 10 s, a quarter of them in the first half.
        arrivals.Should().HaveCount(100);
        arrivals.Count(a => a < S(5)).Should().Be(25);
        arrivals.Should().BeInAscendingOrder();
        var gaps = arrivals.Zip(arrivals.Skip(1), (a, b) => b - a).ToList();
        gaps[^1].Should().BeLessThan(gaps[1], "arrivals come closer together as the rate rises");
        timeline.ValueAt(S(5)).Should().BeApproximately(10, 1e-9);
    }

    [Fact]
    public void Arrivals_RampDownAfterInject_StartsFromThePreviousRate()
    {
        var timeline = new LoadTimeline([new Inject(10, S(1), S(2)), new RampingInject(0, S(1), S(4))]);

        var arrivals = timeline.Arrivals().ToList();

        arrivals.Should().HaveCount(20 + 20);
        arrivals.Count(a => a >= S(2) && a < S(4)).Should().Be(15, "the first half of a ramp from 10/s to 0 carries three quarters of it");
    }

    [Fact]
    public void Arrivals_PauseBetweenInjects_NothingArrivesDuringThePause()
    {
        var timeline = new LoadTimeline([new Inject(5, S(1), S(2)), new Pause(S(3)), new Inject(5, S(1), S(2))]);

        var arrivals = timeline.Arrivals().ToList();

        arrivals.Should().HaveCount(20);
        arrivals.Should().NotContain(a => a >= S(2) && a < S(5));
        arrivals.Where(a => a >= S(5)).Should().HaveCount(10).And.Contain(S(5));
        timeline.ValueAt(S(3)).Should().Be(0);
    }

    [Fact]
    public void Arrivals_RampAfterPause_StartsFromZero()
    {
        var timeline = new LoadTimeline([new Inject(10, S(1), S(1)), new Pause(S(1)), new RampingInject(10, S(1), S(2))]);

        timeline.Arrivals().Count(a => a >= S(2)).Should().Be(10);
    }

    [Fact]
    public void CopiesAt_KeepThenRampingConstant_MovesLinearlyFromThePreviousCount()
    {
        var timeline = new LoadTimeline([new KeepConstant(2, S(3)), new RampingConstant(10, S(4)), new Pause(S(1))]);

        timeline.IsOpen.Should().BeFalse();
        timeline.CopiesAt(S(0)).Should().Be(2);
        timeline.CopiesAt(S(2.9)).Should().Be(2);
        timeline.CopiesAt(S(3)).Should().Be(2);
        timeline.CopiesAt(S(5)).Should().Be(6);
        timeline.CopiesAt(S(6.9)).Should().Be(10);
        timeline.CopiesAt(S(7.5)).Should().Be(0, "nothing runs during a pause");
        timeline.CopiesAt(S(8)).Should().Be(0, "nothing runs after the timeline");
        timeline.Arrivals().Should().BeEmpty("a closed model has no arrival schedule");
    }
}
