using System.Collections.Concurrent;
using StateTrace.Engine.Input;
using StateTrace.Engine.Scheduling;
using StateTrace.Engine.Telemetry;

namespace StateTrace.Engine.Load;

/// <summary>The work done on a bundle once a parse worker takes it; it ends the bundle through <see cref="Replay.Written"/> or <see cref="Replay.Failed"/>.</summary>
internal interface IBundleStage
{
    ValueTask RunAsync(ReplayBundle bundle, Replay replay, CancellationToken ct);
}

/// <summary>
/// The consuming side of a replay, shaped like the ingest pipeline: bundles arrive in an open
/// <see cref="FairScheduler"/> (per-site queues, fair rotation), parse workers take them, and a stage parses and hands
/// them to the site writers. Queue delay is measured from each bundle's intended arrival to the moment a worker
/// starts parsing it, and end-to-end latency to the moment it is done, so waiting in any queue is never hidden.
/// </summary>
internal sealed class Replay : ILoadTarget
{
    private readonly IReadOnlyList<HostSlice> bundles;
    private readonly ConcurrencyProfile profile;
    private readonly TimeProvider clock;
    private readonly LoadRecorder recorder;
    private readonly IBundleStage stage;
    private readonly TelemetryWriter? telemetry;
    private readonly FairScheduler scheduler;
    private readonly ConcurrentDictionary<HostSlice, ReplayBundle> inFlight = new();
    private readonly TaskCompletionSource drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock adding = new();
    private Task workers = Task.CompletedTask;
    private int next;
    private int pending;
    private int addingCompleted;
    private long lastDone;

    public Replay(IReadOnlyList<HostSlice> bundles, ConcurrencyProfile profile, TimeProvider clock, LoadRecorder recorder, IBundleStage stage, TelemetryWriter? telemetry)
    {
        this.bundles = bundles;
        this.profile = profile;
        this.clock = clock;
        this.recorder = recorder;
        this.stage = stage;
        this.telemetry = telemetry;
        scheduler = new FairScheduler(profile);
    }

    /// <summary>Bundles handed out so far.</summary>
    public int Started => Volatile.Read(ref next);

    /// <summary>Bundles started and not yet done.</summary>
    public int Pending => Volatile.Read(ref pending);

    /// <summary>When the last bundle was done (a <see cref="TimeProvider"/> timestamp), or 0 before any was.</summary>
    public long LastDone => Interlocked.Read(ref lastDone);

    /// <summary>Queued and parsing bundles per site.</summary>
    public IReadOnlyList<(string Site, int Queued, int Active)> Snapshot() => scheduler.Snapshot();

    public ReplayBundle? Find(HostSlice slice) => inFlight.GetValueOrDefault(slice);

    public Task? Start(long intendedTimestamp)
    {
        // A closed-model copy may still be starting a bundle while injection ends: the two take turns.
        lock (adding)
        {
            if (addingCompleted != 0 || next >= bundles.Count)
            {
                return null;
            }

            var bundle = new ReplayBundle(next, bundles[next], intendedTimestamp);
            next++;
            inFlight[bundle.Slice] = bundle;
            Interlocked.Increment(ref pending);
            scheduler.Add(bundle.Slice);
            return bundle.Done;
        }
    }

    /// <summary>Starts the parse workers; <paramref name="ct"/> stops them (only when draining has timed out).</summary>
    public void StartWorkers(CancellationToken ct)
    {
        var tasks = new Task[profile.Workers];
        for (var w = 0; w < tasks.Length; w++)
        {
            tasks[w] = Task.Run(() => WorkAsync(ct), CancellationToken.None);
        }

        workers = Task.WhenAll(tasks);
    }

    /// <summary>No more bundles will start: workers finish what is queued and stop.</summary>
    public void CompleteAdding()
    {
        lock (adding)
        {
            if (addingCompleted != 0)
            {
                return;
            }

            addingCompleted = 1;
            scheduler.Complete();
        }

        if (Volatile.Read(ref pending) == 0)
        {
            drained.TrySetResult();
        }
    }

    /// <summary>Waits until every started bundle is done, at most <paramref name="timeout"/> on the replay's clock; false when time ran out.</summary>
    public async Task<bool> DrainAsync(TimeSpan timeout)
    {
        using var stop = new CancellationTokenSource();
        var timer = Task.Delay(timeout, clock, stop.Token);
        var first = await Task.WhenAny(drained.Task, timer).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        return first == drained.Task;
    }

    /// <summary>The parse workers' end; cancellation after a drain timeout is expected and swallowed.</summary>
    public async Task StopWorkersAsync()
    {
        try
        {
            await workers.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>After a drain timeout: every bundle still in flight is counted as failed, not finished.</summary>
    public void AbandonInFlight()
    {
        foreach (var bundle in inFlight.Values)
        {
            Failed(bundle, BundleStatus.NotFinished);
        }
    }

    /// <summary>The bundle's rows are committed.</summary>
    public void Written(ReplayBundle bundle, long rows)
    {
        var now = clock.GetTimestamp();
        if (Finish(bundle, now))
        {
            recorder.Written(bundle.Site, bundle.Slice.Length, rows, clock.GetElapsedTime(bundle.Intended, now), clock.GetElapsedTime(bundle.Posted, now));
        }
    }

    /// <summary>The bundle will not be written; <paramref name="status"/> is one of <see cref="BundleStatus"/>.</summary>
    public void Failed(ReplayBundle bundle, string status)
    {
        var now = clock.GetTimestamp();
        if (Finish(bundle, now))
        {
            TimeSpan? write = status == BundleStatus.WriteError && bundle.Posted != 0 ? clock.GetElapsedTime(bundle.Posted, now) : null;
            recorder.Failed(bundle.Site, bundle.Slice.Length, clock.GetElapsedTime(bundle.Intended, now), status, write);
        }
    }

    private bool Finish(ReplayBundle bundle, long now)
    {
        if (!bundle.TryFinish())
        {
            return false;
        }

        inFlight.TryRemove(bundle.Slice, out _);
        long seen;
        while (now > (seen = Interlocked.Read(ref lastDone)) && Interlocked.CompareExchange(ref lastDone, now, seen) != seen)
        {
        }

        if (Interlocked.Decrement(ref pending) == 0 && Volatile.Read(ref addingCompleted) != 0)
        {
            drained.TrySetResult();
        }

        return true;
    }

    private async Task WorkAsync(CancellationToken ct)
    {
        while (await scheduler.NextAsync(ct).ConfigureAwait(false) is { } launch)
        {
            var slice = launch.Slice;
            try
            {
                // After a drain timeout the workers stop; a bundle still queued was already counted as not finished.
                if (ct.IsCancellationRequested || !inFlight.TryGetValue(slice, out var bundle))
                {
                    continue;
                }

                bundle.ParseStart = clock.GetTimestamp();
                recorder.QueueDelay(slice.Site, clock.GetElapsedTime(bundle.Intended, bundle.ParseStart));
                telemetry?.Emit(new ParserSchedulerLaunch(slice.Site, slice.Hostname, launch.ActiveWorkers, launch.ActiveSites,
                    launch.QueuedJobs, launch.QueuedSites, launch.Streak, launch.OthersWaiting, launch.FairnessBypass));
                try
                {
                    await stage.RunAsync(bundle, this, ct).ConfigureAwait(false);
                }
                catch (Exception) when (!ct.IsCancellationRequested)
                {
                    // The stage reports parser failures itself; anything else it throws ends this bundle, not the replay.
                    Failed(bundle, BundleStatus.ParserError);
                }
            }
            finally
            {
                scheduler.Done(slice.Site);
            }
        }
    }
}
