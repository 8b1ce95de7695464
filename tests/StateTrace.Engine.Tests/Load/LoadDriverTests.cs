using Microsoft.Extensions.Time.Testing;
using StateTrace.Engine.Load;

namespace StateTrace.Engine.Tests.Load;

/// <summary>The load shapes on a fake clock: nothing here waits for real time to pass.</summary>
public class LoadDriverTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public async Task RunAsync_Inject10PerSecondFor5Seconds_StartsEachBundleAtItsIntendedTime()
    {
        var clock = new FakeTimeProvider();
        var target = new RecordingTarget(clock, complete: true);
        var driver = new LoadDriver(new LoadTimeline([new Inject(10, S(1), S(5))]), clock, maxInFlight: 100);

        var run = driver.RunAsync(target, clock.GetTimestamp(), CancellationToken.None);
        await AdvanceAsync(clock, S(5));
        await run;

        target.Starts.Should().HaveCount(50);
        target.Starts.Select(s => s.Intended).Should().Equal(Enumerable.Range(0, 50).Select(i => TimeSpan.FromMilliseconds(100 * i)));
        target.Starts.Should().OnlyContain(s => s.At == s.Intended, "each bundle is started when the fake clock reaches its intended time");
        driver.Launched.Should().Be(50);
        driver.Dropped.Should().Be(0);
        driver.Stop.Should().Be(LoadStop.Completed);
    }

    [Fact]
    public async Task RunAsync_RampingInject0To20Over10Seconds_StartsTheLinearCount()
    {
        var clock = new FakeTimeProvider();
        var target = new RecordingTarget(clock, complete: true);
        var driver = new LoadDriver(new LoadTimeline([new RampingInject(20, S(1), S(10))]), clock, 1000);

        var run = driver.RunAsync(target, clock.GetTimestamp(), CancellationToken.None);
        await AdvanceAsync(clock, S(10));
        await run;

        target.Starts.Should().HaveCount(100);
        target.Starts.Count(s => s.At < S(5)).Should().Be(25);
        target.Starts.Count(s => s.Intended >= S(9)).Should().Be(19, "the last second runs at 18 to 20 per second");
    }

    [Fact]
    public async Task RunAsync_PauseBetweenInjects_StartsNothingDuringThePause()
    {
        var clock = new FakeTimeProvider();
        var target = new RecordingTarget(clock, complete: true);
        var driver = new LoadDriver(new LoadTimeline([new Inject(10, S(1), S(1)), new Pause(S(2)), new Inject(10, S(1), S(1))]), clock, 1000);

        var run = driver.RunAsync(target, clock.GetTimestamp(), CancellationToken.None);
        await AdvanceAsync(clock, S(4));
        await run;

        target.Starts.Should().HaveCount(20);
        target.Starts.Should().NotContain(s => s.At >= S(1) && s.At < S(3));
    }

    [Fact]
    public async Task RunAsync_OpenModelBeyondMaxInFlight_DropsAndCountsTheExcess()
    {
        var clock = new FakeTimeProvider();
        var target = new RecordingTarget(clock, complete: false);
        var driver = new LoadDriver(new LoadTimeline([new Inject(10, S(1), S(1))]), clock, maxInFlight: 4);

        var run = driver.RunAsync(target, clock.GetTimestamp(), CancellationToken.None);
        await AdvanceAsync(clock, S(1));
        await run;

        target.Starts.Should().HaveCount(4, "the pipeline never finished a bundle, so only 4 could be in flight");
        driver.Launched.Should().Be(4);
        driver.Dropped.Should().Be(6);
        driver.MaxInFlight.Should().Be(4);

        // Completions free places for later arrivals.
        target.CompleteAll();
        driver.InFlight.Should().Be(0);
    }

    [Fact]
    public async Task RunAsync_KeepConstant3_NeverMoreThan3InFlight()
    {
        var clock = new FakeTimeProvider();
        var target = new RecordingTarget(clock, complete: false);
        var driver = new LoadDriver(new LoadTimeline([new KeepConstant(3, S(10))]), clock, maxInFlight: 1000);

        var run = driver.RunAsync(target, clock.GetTimestamp(), CancellationToken.None);
        await target.WaitForStartsAsync(3);
        for (var i = 0; i < 20; i++)
        {
            // Each completion lets its copy start the next bundle at once; the count never exceeds 3.
            target.CompleteOldest();
            await target.WaitForStartsAsync(3 + i + 1);
            target.MaxInFlight.Should().BeLessThanOrEqualTo(3);
            await AdvanceAsync(clock, Step);
        }

        await AdvanceAsync(clock, S(10));
        await run;
        target.CompleteAll();

        target.MaxInFlight.Should().Be(3);
        driver.MaxInFlight.Should().Be(3);
        driver.Dropped.Should().Be(0, "a closed model waits instead of dropping");
        target.Starts.Should().HaveCount(23);
    }

    [Fact]
    public async Task RunAsync_TargetRunsOutOfBundles_StopsAsCorpusExhausted()
    {
        var clock = new FakeTimeProvider();
        var target = new RecordingTarget(clock, complete: true, bundles: 7);
        var driver = new LoadDriver(new LoadTimeline([new Inject(10, S(1), S(60))]), clock, 1000);

        var run = driver.RunAsync(target, clock.GetTimestamp(), CancellationToken.None);
        await AdvanceAsync(clock, S(1));
        await run;

        driver.Stop.Should().Be(LoadStop.CorpusExhausted);
        driver.Launched.Should().Be(7);
    }

    [Fact]
    public async Task RunAsync_Cancelled_StopsInjectingAndSaysSo()
    {
        var clock = new FakeTimeProvider();
        var target = new RecordingTarget(clock, complete: true);
        var driver = new LoadDriver(new LoadTimeline([new Inject(10, S(1), S(60))]), clock, 1000);
        using var cts = new CancellationTokenSource();

        var run = driver.RunAsync(target, clock.GetTimestamp(), cts.Token);
        await AdvanceAsync(clock, S(1));
        await cts.CancelAsync();
        await run;

        driver.Stop.Should().Be(LoadStop.Cancelled);
        target.Starts.Should().HaveCount(11);
    }

    internal static async Task AdvanceAsync(FakeTimeProvider clock, TimeSpan by)
    {
        for (var t = TimeSpan.Zero; t < by; t += Step)
        {
            // Off the test framework's synchronization context, the driver's continuations run inline inside Advance,
            // so each arrival happens before the clock moves on.
            await Task.Run(() => clock.Advance(Step));
        }
    }

    /// <summary>A target that records when each bundle started and was meant to start, and completes it at once or when told.</summary>
    private sealed class RecordingTarget(FakeTimeProvider clock, bool complete, int bundles = int.MaxValue) : ILoadTarget
    {
        private readonly long origin = clock.GetTimestamp();
        private readonly Lock gate = new();
        private readonly Queue<TaskCompletionSource> open = new();
        private readonly List<(TimeSpan Intended, TimeSpan At)> starts = [];
        private TaskCompletionSource<bool>? waiter;
        private int waitFor;
        private int inFlight;

        public IReadOnlyList<(TimeSpan Intended, TimeSpan At)> Starts
        {
            get
            {
                lock (gate)
                {
                    return [.. starts];
                }
            }
        }

        public int MaxInFlight { get; private set; }

        public Task? Start(long intendedTimestamp)
        {
            TaskCompletionSource? done = null;
            TaskCompletionSource<bool>? signal = null;
            lock (gate)
            {
                if (starts.Count >= bundles)
                {
                    return null;
                }

                starts.Add((clock.GetElapsedTime(origin, intendedTimestamp), clock.GetElapsedTime(origin)));
                MaxInFlight = Math.Max(MaxInFlight, ++inFlight);
                if (!complete)
                {
                    done = new TaskCompletionSource();
                    open.Enqueue(done);
                }
                else
                {
                    inFlight--;
                }

                if (waiter is not null && starts.Count >= waitFor)
                {
                    signal = waiter;
                    waiter = null;
                }
            }

            signal?.TrySetResult(true);
            return done?.Task ?? Task.CompletedTask;
        }

        public Task WaitForStartsAsync(int count)
        {
            lock (gate)
            {
                if (starts.Count >= count)
                {
                    return Task.CompletedTask;
                }

                waitFor = count;
                waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

                // A safety net against a hung test, not a timing assumption: every start happens without time passing.
                return waiter.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }
        }

        public void CompleteOldest()
        {
            TaskCompletionSource next;
            lock (gate)
            {
                next = open.Dequeue();
                inFlight--;
            }

            next.SetResult();
        }

        public void CompleteAll()
        {
            while (true)
            {
                lock (gate)
                {
                    if (open.Count == 0)
                    {
                        return;
                    }
                }

                CompleteOldest();
            }
        }
    }
}
