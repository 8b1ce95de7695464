using StateTrace.Engine.Input;

namespace StateTrace.Engine.Scheduling;

/// <summary>A launch decision, for <c>ParserSchedulerLaunch</c> telemetry and the fairness gate.</summary>
/// <param name="OthersWaiting">Another site had queued hosts at this launch: only then does a streak count against fairness.</param>
public readonly record struct Launch(HostSlice Slice, int ActiveWorkers, int ActiveSites, int QueuedJobs, int QueuedSites, int Streak, bool OthersWaiting, bool FairnessBypass);

/// <summary>
/// Per-site FIFO queues served in rotation (design §1): the next launch goes to the next site in turn that has work
/// and room under <c>MaxWorkersPerSite</c> and <c>MaxActiveSites</c>. A site that has had
/// <c>MaxConsecutiveSiteLaunches</c> launches in a row is passed over while another site can launch; only when none
/// can is it launched again (a "fairness bypass", reported). Thread-safe; workers wait for a launchable host.
/// </summary>
public sealed class FairScheduler
{
    private readonly ConcurrencyProfile profile;
    private readonly List<string> rotation = [];
    private readonly Dictionary<string, Queue<HostSlice>> queues = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> active = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();
    private readonly SemaphoreSlim changed = new(0);
    private int cursor;
    private int queued;
    private int running;
    private string? lastSite;
    private int streak;
    private bool completed;

    /// <summary>A scheduler over a fixed set of hosts: complete from the start.</summary>
    public FairScheduler(IEnumerable<HostSlice> slices, ConcurrencyProfile profile)
        : this(profile)
    {
        foreach (var slice in slices)
        {
            Enqueue(slice);
        }

        completed = true;
    }

    /// <summary>An open scheduler (a load replay): hosts arrive through <see cref="Add"/> until <see cref="Complete"/>.</summary>
    public FairScheduler(ConcurrencyProfile profile) => this.profile = profile;

    /// <summary>Queues one more host; workers waiting for work wake up.</summary>
    public void Add(HostSlice slice)
    {
        lock (gate)
        {
            if (completed)
            {
                throw new InvalidOperationException("The scheduler was completed; no more hosts can be added.");
            }

            Enqueue(slice);
        }

        changed.Release();
    }

    /// <summary>No more hosts will be added: workers stop once the queues are empty.</summary>
    public void Complete()
    {
        lock (gate)
        {
            completed = true;
        }

        changed.Release(Math.Max(1, profile.Workers));
    }

    private void Enqueue(HostSlice slice)
    {
        if (!queues.TryGetValue(slice.Site, out var queue))
        {
            queue = new Queue<HostSlice>();
            queues[slice.Site] = queue;
            rotation.Add(slice.Site);
            active[slice.Site] = 0;
        }

        queue.Enqueue(slice);
        queued++;
    }

    public int Queued
    {
        get
        {
            lock (gate)
            {
                return queued;
            }
        }
    }

    /// <summary>Queued and active hosts per site, for <c>SchedulerMetrics</c>.</summary>
    public IReadOnlyList<(string Site, int Queued, int Active)> Snapshot()
    {
        lock (gate)
        {
            return [.. rotation.Select(s => (s, queues[s].Count, active[s]))];
        }
    }

    /// <summary>
    /// The next host to parse, waiting while every queued host is held back by a cap (or, in an open scheduler, while
    /// none has arrived yet); null once the scheduler is complete and empty.
    /// </summary>
    public async Task<Launch?> NextAsync(CancellationToken ct)
    {
        while (true)
        {
            lock (gate)
            {
                if (queued == 0 && completed)
                {
                    // Wake the next waiting worker too, so every worker sees the end.
                    changed.Release();
                    return null;
                }

                if (TryPick(out var launch))
                {
                    return launch;
                }
            }

            await changed.WaitAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>A worker finished a host of <paramref name="site"/>.</summary>
    public void Done(string site)
    {
        lock (gate)
        {
            active[site]--;
            running--;
        }

        changed.Release();
    }

    private bool TryPick(out Launch launch)
    {
        var activeSites = active.Count(a => a.Value > 0);
        var held = false;
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < rotation.Count; i++)
            {
                var site = rotation[(cursor + i) % rotation.Count];
                if (queues[site].Count == 0
                    || (profile.MaxWorkersPerSite > 0 && active[site] >= profile.MaxWorkersPerSite)
                    || (profile.MaxActiveSites > 0 && active[site] == 0 && activeSites >= profile.MaxActiveSites))
                {
                    continue;
                }

                if (pass == 0 && site == lastSite && profile.MaxConsecutiveSiteLaunches > 0 && streak >= profile.MaxConsecutiveSiteLaunches)
                {
                    held = true;
                    continue;
                }

                var othersWaiting = false;
                foreach (var other in rotation)
                {
                    othersWaiting |= other != site && queues[other].Count > 0;
                }

                var slice = queues[site].Dequeue();
                queued--;
                running++;
                if (active[site]++ == 0)
                {
                    activeSites++;
                }

                streak = site == lastSite && othersWaiting ? streak + 1 : 1;
                lastSite = site;
                cursor = (rotation.IndexOf(site) + 1) % rotation.Count;
                launch = new Launch(slice, running, activeSites, queued, queues.Count(q => q.Value.Count > 0), streak, othersWaiting, pass == 1);
                return true;
            }

            if (!held)
            {
                break;
            }
        }

        launch = default;
        return false;
    }
}
