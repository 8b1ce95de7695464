using StateTrace.Engine.Input;
using StateTrace.Engine.Scheduling;

namespace StateTrace.Engine.Tests.Scheduling;

public class FairSchedulerTests
{
    private static List<HostSlice> Hosts(params (string Site, int Count)[] sites)
    {
        var slices = new List<HostSlice>();
        foreach (var (site, count) in sites)
        {
            for (var i = 0; i < count; i++)
            {
                slices.Add(new HostSlice($"{site}-H-{i:D3}", site, "/dev/null"));
            }
        }

        return slices;
    }

    private static ConcurrencyProfile Profile(int workers = 1, int perSite = 0, int activeSites = 0, int streak = 8) =>
        new(workers, perSite, activeSites, streak, 2, 4, "Test");

    /// <summary>Launches everything one at a time, finishing each host before the next launch.</summary>
    private static async Task<List<Launch>> DrainSerially(FairScheduler scheduler)
    {
        var launches = new List<Launch>();
        while (await scheduler.NextAsync(CancellationToken.None) is { } launch)
        {
            launches.Add(launch);
            scheduler.Done(launch.Slice.Site);
        }

        return launches;
    }

    [Fact]
    public async Task NextAsync_HeavySiteListedFirst_SmallSitesStillLaunchEarly()
    {
        // The heavy site's 200 hosts come first in input order; the three light sites must not wait behind them.
        var scheduler = new FairScheduler(Hosts(("HEAVY", 200), ("A", 3), ("B", 3), ("C", 3)), Profile());

        var launches = await DrainSerially(scheduler);

        launches.Should().HaveCount(209);
        var lastLight = launches.FindLastIndex(l => l.Slice.Site != "HEAVY");
        lastLight.Should().BeLessThan(12, "light sites are served in rotation, not after the heavy site");
        launches.Max(l => l.OthersWaiting ? l.Streak : 0).Should().BeLessThanOrEqualTo(1);
    }

    [Fact]
    public async Task NextAsync_EachSiteInOrder_KeepsFifoWithinASite()
    {
        var scheduler = new FairScheduler(Hosts(("A", 5), ("B", 5)), Profile());

        var launches = await DrainSerially(scheduler);

        launches.Where(l => l.Slice.Site == "A").Select(l => l.Slice.Hostname).Should().BeInAscendingOrder(StringComparer.Ordinal);
        launches.Take(4).Select(l => l.Slice.Site).Should().Equal("A", "B", "A", "B");
    }

    [Fact]
    public async Task NextAsync_OtherSitesCappedByMaxActiveSites_StreakIsBoundedThenBypassReported()
    {
        // Only one site may be active at once, so while A's hosts run B cannot start: A keeps launching, and after
        // the streak limit a launch is marked as a fairness bypass instead of silently exceeding it.
        var scheduler = new FairScheduler(Hosts(("A", 12), ("B", 2)), Profile(workers: 2, activeSites: 1, streak: 8));
        var first = await scheduler.NextAsync(CancellationToken.None);
        var launches = new List<Launch> { first!.Value };
        for (var i = 0; i < 11; i++)
        {
            var next = await scheduler.NextAsync(CancellationToken.None);
            launches.Add(next!.Value);
            scheduler.Done(launches[^2].Slice.Site);
        }

        launches.Should().OnlyContain(l => l.Slice.Site == "A");
        launches.Where(l => l.Streak > 8).Should().OnlyContain(l => l.FairnessBypass);
        launches.Count(l => l.FairnessBypass).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task NextAsync_MaxWorkersPerSite_WaitsUntilAWorkerOfThatSiteIsDone()
    {
        var scheduler = new FairScheduler(Hosts(("A", 3)), Profile(workers: 3, perSite: 1));
        var first = await scheduler.NextAsync(CancellationToken.None);

        var second = scheduler.NextAsync(CancellationToken.None);
        await Task.Delay(50);
        second.IsCompleted.Should().BeFalse("site A already has its one worker");
        scheduler.Done(first!.Value.Slice.Site);

        (await second.WaitAsync(TimeSpan.FromSeconds(10)))!.Value.Slice.Hostname.Should().Be("A-H-001");
    }

    [Fact]
    public void Resolve_AutoScaleWithSeveralSites_GivesEachSiteItsShareOfWorkers()
    {
        var profile = ConcurrencyProfile.Resolve(new SchedulerOptions(), cores: 8, hosts: 100, sites: 3);

        profile.Should().BeEquivalentTo(new { Workers = 8, MaxWorkersPerSite = 3, MaxActiveSites = 0, DecisionSource = "AutoScale" });
        ConcurrencyProfile.Resolve(new SchedulerOptions { MaxParallelism = 2, MaxWorkersPerSite = 5 }, 8, 100, 3)
            .Should().BeEquivalentTo(new { Workers = 2, MaxWorkersPerSite = 5, DecisionSource = "Settings" });
        ConcurrencyProfile.Resolve(new SchedulerOptions(), 8, 3, 1).Workers.Should().Be(3, "never more workers than hosts");
    }

    [Fact]
    public async Task NextAsync_OpenScheduler_WaitsForArrivalsAndEndsForEveryWorkerAfterComplete()
    {
        var scheduler = new FairScheduler(Profile(workers: 2));
        var first = scheduler.NextAsync(CancellationToken.None);
        var second = scheduler.NextAsync(CancellationToken.None);
        await Task.Delay(50);
        first.IsCompleted.Should().BeFalse("nothing has arrived yet");

        scheduler.Add(Hosts(("A", 1))[0]);
        var got = await Task.WhenAny(first, second);
        (await got)!.Value.Slice.Hostname.Should().Be("A-H-000");
        scheduler.Done("A");
        scheduler.Complete();

        var other = got == first ? second : first;
        (await other.WaitAsync(TimeSpan.FromSeconds(10))).Should().BeNull();
        (await scheduler.NextAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10))).Should().BeNull();
        var add = () => scheduler.Add(Hosts(("B", 1))[0]);
        add.Should().Throw<InvalidOperationException>();
    }
}
