using System.Threading.RateLimiting;

namespace StateTrace.Engine.Load;

/// <summary>What the driver sends bundles to: the replay, or a test double.</summary>
public interface ILoadTarget
{
    /// <summary>
    /// Starts the next bundle, meant to start at <paramref name="intendedTimestamp"/> (a <see cref="TimeProvider"/>
    /// timestamp). Returns a task that completes when the bundle is done (written or failed), or null when there are
    /// no bundles left.
    /// </summary>
    Task? Start(long intendedTimestamp);
}

/// <summary>Why injection stopped.</summary>
public enum LoadStop
{
    /// <summary>The simulations ran their full duration.</summary>
    Completed,

    /// <summary>Every bundle of the corpus was sent before the simulations ended.</summary>
    CorpusExhausted,

    /// <summary>Cancelled (Ctrl+C): injection stopped early; what was in flight was drained.</summary>
    Cancelled,
}

/// <summary>
/// Turns a <see cref="LoadTimeline"/> into bundle starts on a <see cref="TimeProvider"/>'s clock. Open model: each
/// arrival is stamped with its intended time from the timeline (never the time it was actually handed over, so a late
/// driver or a stalled pipeline shows up as latency), and a <see cref="ConcurrencyLimiter"/> with no queue caps what is
/// in flight: an arrival it refuses is dropped and counted, as k6 counts dropped iterations. Closed model: a number of
/// copies, each starting its next bundle when its last one is done, re-counted every second during a ramp.
/// </summary>
public sealed class LoadDriver(LoadTimeline timeline, TimeProvider clock, int maxInFlight)
{
    private static readonly TimeSpan ControlStep = TimeSpan.FromSeconds(1);

    private long launched;
    private long dropped;
    private int inFlight;
    private int maxSeen;
    private int desiredCopies;
    private volatile bool stopCopies;

    /// <summary>Bundles started.</summary>
    public long Launched => Interlocked.Read(ref launched);

    /// <summary>Open-model arrivals refused because <c>maxInFlight</c> bundles were already in flight.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    public int InFlight => Volatile.Read(ref inFlight);

    /// <summary>The most bundles in flight at once.</summary>
    public int MaxInFlight => Volatile.Read(ref maxSeen);

    public LoadStop Stop { get; private set; } = LoadStop.Completed;

    /// <summary>
    /// Runs the timeline from <paramref name="startTimestamp"/> until it ends, the target runs out of bundles, or
    /// <paramref name="ct"/> is cancelled. Returns when injection stops; bundles still in flight are the caller's to drain.
    /// </summary>
    public async Task RunAsync(ILoadTarget target, long startTimestamp, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        try
        {
            if (timeline.IsOpen)
            {
                await RunOpenAsync(target, startTimestamp, ct).ConfigureAwait(false);
            }
            else
            {
                await RunClosedAsync(target, startTimestamp, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Stop = LoadStop.Cancelled;
        }
        finally
        {
            stopCopies = true;
        }
    }

    private async Task RunOpenAsync(ILoadTarget target, long start, CancellationToken ct)
    {
        using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = Math.Max(1, maxInFlight), QueueLimit = 0 });
        foreach (var offset in timeline.Arrivals())
        {
            await WaitUntilAsync(start, offset, ct).ConfigureAwait(false);
            var lease = limiter.AttemptAcquire();
            if (!lease.IsAcquired)
            {
                lease.Dispose();
                Interlocked.Increment(ref dropped);
                continue;
            }

            var task = target.Start(start + Ticks(offset));
            if (task is null)
            {
                lease.Dispose();
                Stop = LoadStop.CorpusExhausted;
                return;
            }

            Started();
            _ = task.ContinueWith(static (_, state) =>
            {
                var (driver, l) = ((LoadDriver, RateLimitLease))state!;
                l.Dispose();
                Interlocked.Decrement(ref driver.inFlight);
            }, (this, lease), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        await WaitUntilAsync(start, timeline.Duration, ct).ConfigureAwait(false);
    }

    private async Task RunClosedAsync(ILoadTarget target, long start, CancellationToken ct)
    {
        var copies = new List<Task>();

        // Never disposed: copies may still signal it after the controller returns, and it owns no timer.
        var exhausted = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, exhausted.Token);
        try
        {
            var at = TimeSpan.Zero;
            while (at < timeline.Duration)
            {
                await WaitUntilAsync(start, at, linked.Token).ConfigureAwait(false);
                var desired = timeline.CopiesAt(at);
                Volatile.Write(ref desiredCopies, desired);
                for (var id = 0; id < desired; id++)
                {
                    // A copy still finishing its last bundle picks the new count up itself; a finished one is restarted.
                    if (id == copies.Count)
                    {
                        copies.Add(CopyAsync(id, target, exhausted));
                    }
                    else if (copies[id].IsCompleted)
                    {
                        copies[id] = CopyAsync(id, target, exhausted);
                    }
                }

                var segment = timeline.SegmentAt(at)!.Value;
                var next = segment.Simulation is RampingConstant ? at + ControlStep : segment.End;
                at = next < segment.End ? next : segment.End;
            }

            await WaitUntilAsync(start, timeline.Duration, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (exhausted.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            Stop = LoadStop.CorpusExhausted;
        }
        finally
        {
            Volatile.Write(ref desiredCopies, 0);
            stopCopies = true;
        }
    }

    /// <summary>One closed-model copy: start a bundle, wait for it, repeat while this copy is still wanted.</summary>
    private async Task CopyAsync(int id, ILoadTarget target, CancellationTokenSource exhausted)
    {
        // Let the controller finish starting copies before this one runs its first bundle.
        await Task.Yield();
        while (!stopCopies && id < Volatile.Read(ref desiredCopies))
        {
            var task = target.Start(clock.GetTimestamp());
            if (task is null)
            {
                await exhausted.CancelAsync().ConfigureAwait(false);
                return;
            }

            Started();
            try
            {
                await task.ConfigureAwait(false);
            }
            catch (Exception) when (task.IsFaulted || task.IsCanceled)
            {
                // The target records its own failures; a copy moves on to its next bundle.
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        }
    }

    private void Started()
    {
        Interlocked.Increment(ref launched);
        var now = Interlocked.Increment(ref inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref maxSeen)) && Interlocked.CompareExchange(ref maxSeen, now, seen) != seen)
        {
        }
    }

    private async Task WaitUntilAsync(long start, TimeSpan offset, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var wait = offset - clock.GetElapsedTime(start);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, ct).ConfigureAwait(false);
        }
    }

    /// <summary>An offset from the start as a <see cref="TimeProvider"/> timestamp difference.</summary>
    private long Ticks(TimeSpan offset) => (long)Math.Round(offset.Ticks * (clock.TimestampFrequency / (double)TimeSpan.TicksPerSecond));
}
