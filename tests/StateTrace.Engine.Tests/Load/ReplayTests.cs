using Microsoft.Extensions.Time.Testing;
using StateTrace.Engine.Input;
using StateTrace.Engine.Load;
using StateTrace.Engine.Scheduling;

namespace StateTrace.Engine.Tests.Load;

/// <summary>The replay's consuming side (open fair scheduler, parse workers) on a fake clock, with a stand-in for parse and write.</summary>
public class ReplayTests
{
    private static readonly TimeSpan Service = TimeSpan.FromMilliseconds(200);

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public async Task Replay_ConsumerSlowerThanArrivals_QueueDelayGrowsFromIntendedTime()
    {
        // 10 bundles arrive 100 ms apart; one worker needs 200 ms for each. Bundle k starts at 200·k ms, so it waited
        // 100·k ms since it was meant to arrive: the backlog shows up as latency although each bundle's own service
        // time never changes (measuring from dequeue would hide it).
        var clock = new FakeTimeProvider();
        var origin = clock.GetTimestamp();
        var recorder = new LoadRecorder();
        var stage = new SlowStage(clock, Service);
        var replay = new Replay(Bundles(10, "WLLS"), Profile(workers: 1), clock, recorder, stage, telemetry: null);
        var driver = new LoadDriver(new LoadTimeline([new Inject(10, S(1), S(1))]), clock, maxInFlight: 100);
        replay.StartWorkers(CancellationToken.None);

        var injecting = driver.RunAsync(replay, origin, CancellationToken.None);
        for (var k = 0; k < 10; k++)
        {
            await stage.WaitForEntryAsync(k + 1);
            await Task.Run(() => clock.Advance(Service));
        }

        await injecting;
        replay.CompleteAdding();
        (await replay.DrainAsync(S(60))).Should().BeTrue();
        await replay.StopWorkersAsync();

        var started = stage.Entries.Select(e => clock.GetElapsedTime(origin, e.ParseStart)).ToList();
        var intended = stage.Entries.Select(e => clock.GetElapsedTime(origin, e.Intended)).ToList();
        started.Should().Equal(Enumerable.Range(0, 10).Select(k => TimeSpan.FromMilliseconds(200 * k)));
        intended.Should().Equal(Enumerable.Range(0, 10).Select(k => TimeSpan.FromMilliseconds(100 * k)));

        var queue = recorder.All.QueueDelay.Latency();
        queue.Count.Should().Be(10);
        queue.Min.Should().Be(0.001, "the first bundle found the worker idle (the histogram's floor is 1 µs)");
        queue.Max.Should().BeApproximately(900, 1, "the last bundle waited 900 ms behind the backlog");
        queue.P50.Should().BeApproximately(400, 1);
        var endToEnd = recorder.All.LatencyOk.Latency();
        endToEnd.Max.Should().BeApproximately(1100, 1, "queueing plus its own 200 ms");
        recorder.All.OkCount.Should().Be(10);
    }

    [Fact]
    public async Task Replay_StalledConsumer_EveryQueuedBundleCarriesTheStall()
    {
        var clock = new FakeTimeProvider();
        var origin = clock.GetTimestamp();
        var recorder = new LoadRecorder();
        var stage = new GatedStage();
        var replay = new Replay(Bundles(5, "BOYO"), Profile(workers: 1), clock, recorder, stage, telemetry: null);
        var driver = new LoadDriver(new LoadTimeline([new Inject(5, S(1), S(1))]), clock, maxInFlight: 100);
        replay.StartWorkers(CancellationToken.None);

        var injecting = driver.RunAsync(replay, origin, CancellationToken.None);
        await stage.Entered.Task.WaitAsync(S(30));
        await LoadDriverTests.AdvanceAsync(clock, S(3));

        await injecting;
        stage.Release.SetResult();
        replay.CompleteAdding();
        (await replay.DrainAsync(S(60))).Should().BeTrue();

        // Stalled from 0 to 3 s: bundle k (meant for 200·k ms) started at 3 s.
        var delays = stage.QueueDelays(clock, origin);
        delays.Should().Equal(new[] { 0, 2800, 2600, 2400, 2200 }.Select(ms => TimeSpan.FromMilliseconds(ms)));
        recorder.All.QueueDelay.Latency().Max.Should().BeApproximately(2800, 3);
    }

    [Fact]
    public async Task Replay_DrainTimeout_CountsWhatDidNotFinishAsFailed()
    {
        var clock = new FakeTimeProvider();
        var recorder = new LoadRecorder();
        var stage = new GatedStage();
        var replay = new Replay(Bundles(3, "HQ01"), Profile(workers: 1), clock, recorder, stage, telemetry: null);
        using var work = new CancellationTokenSource();
        replay.StartWorkers(work.Token);
        replay.Start(clock.GetTimestamp()).Should().NotBeNull();
        replay.Start(clock.GetTimestamp()).Should().NotBeNull();
        await stage.Entered.Task.WaitAsync(S(30));

        replay.CompleteAdding();
        replay.Start(clock.GetTimestamp()).Should().BeNull("no bundle starts once injection has ended");
        var draining = replay.DrainAsync(S(5));
        await Task.Run(() => clock.Advance(S(5)));
        (await draining).Should().BeFalse();
        await work.CancelAsync();
        replay.AbandonInFlight();
        stage.Release.SetResult();
        await replay.StopWorkersAsync();

        recorder.All.FailCount.Should().Be(2);
        recorder.All.StatusCodes[BundleStatus.NotFinished].Should().Be(2);
        replay.Pending.Should().Be(0);
    }

    internal static IReadOnlyList<HostSlice> Bundles(int count, string site) =>
        [.. Enumerable.Range(1, count).Select(i => new HostSlice($"{site}-A01-AS-{i:D2}", site, $"/nonexistent/{site}-{i}.log") { Length = 1000 })];

    private static ConcurrencyProfile Profile(int workers) => new(workers, 0, 0, 8, 2, 4, "Test");

    /// <summary>Takes <c>service</c> of fake time per bundle, then reports it written.</summary>
    private sealed class SlowStage(FakeTimeProvider clock, TimeSpan service) : IBundleStage
    {
        private readonly Lock gate = new();
        private readonly List<(long Intended, long ParseStart)> entries = [];
        private TaskCompletionSource? waiter;
        private int waitFor;

        public IReadOnlyList<(long Intended, long ParseStart)> Entries
        {
            get
            {
                lock (gate)
                {
                    return [.. entries];
                }
            }
        }

        public async ValueTask RunAsync(ReplayBundle bundle, Replay replay, CancellationToken ct)
        {
            // The delay is armed before the test hears of the entry, so its next Advance always completes it.
            var work = Task.Delay(service, clock, ct);
            TaskCompletionSource? signal = null;
            lock (gate)
            {
                entries.Add((bundle.Intended, bundle.ParseStart));
                if (waiter is not null && entries.Count >= waitFor)
                {
                    (signal, waiter) = (waiter, null);
                }
            }

            signal?.TrySetResult();
            await work.ConfigureAwait(false);
            bundle.Posted = clock.GetTimestamp();
            replay.Written(bundle, rows: 1);
        }

        public Task WaitForEntryAsync(int count)
        {
            lock (gate)
            {
                if (entries.Count >= count)
                {
                    return Task.CompletedTask;
                }

                waitFor = count;
                waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return waiter.Task.WaitAsync(S(30));
            }
        }
    }

    /// <summary>Holds the first bundle until released; the rest pass straight through.</summary>
    private sealed class GatedStage : IBundleStage
    {
        private readonly List<ReplayBundle> seen = [];

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async ValueTask RunAsync(ReplayBundle bundle, Replay replay, CancellationToken ct)
        {
            bool first;
            lock (seen)
            {
                first = seen.Count == 0;
                seen.Add(bundle);
            }

            if (first)
            {
                Entered.TrySetResult();
                await Release.Task.ConfigureAwait(false);
            }

            bundle.Posted = bundle.ParseStart;
            replay.Written(bundle, rows: 1);
        }

        public List<TimeSpan> QueueDelays(TimeProvider clock, long origin)
        {
            lock (seen)
            {
                return [.. seen.Select(b => clock.GetElapsedTime(b.Intended, b.ParseStart))];
            }
        }
    }
}
