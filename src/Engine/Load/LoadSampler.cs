using StateTrace.Engine.Runs;
using StateTrace.Engine.Telemetry;

namespace StateTrace.Engine.Load;

/// <summary>What a replay looks like each second: the per-second points of <c>timeseries.json</c> (overall and per site).</summary>
public readonly record struct LoadProgress(string Scenario, string Pass, double Seconds, double Target, long Completed, int InFlight, long Dropped, double? QueueP95Ms);

/// <summary>
/// Samples a running replay once a second on the replay's clock: queued and parsing bundles, bundles, bytes and rows
/// done, working set and managed heap, the interval's queue delay and end-to-end percentiles, and the load the
/// simulation asked for. Also emits the pipeline's <c>SchedulerMetrics</c> telemetry.
/// </summary>
internal sealed class LoadSampler : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly TimeProvider clock;
    private readonly long start;
    private readonly Replay replay;
    private readonly LoadRecorder recorder;
    private readonly LoadTimeline timeline;
    private readonly LoadDriver driver;
    private readonly string pass;
    private readonly string scenario;
    private readonly TelemetryWriter? telemetry;
    private readonly IProgress<LoadProgress>? progress;
    private readonly List<TimePoint> points = [];
    private readonly Lock gate = new();
    private ITimer? timer;

    public LoadSampler(TimeProvider clock, long start, Replay replay, LoadRecorder recorder, LoadTimeline timeline, LoadDriver driver,
        string scenario, string pass, TelemetryWriter? telemetry, IProgress<LoadProgress>? progress)
    {
        this.clock = clock;
        this.start = start;
        this.replay = replay;
        this.recorder = recorder;
        this.timeline = timeline;
        this.driver = driver;
        this.scenario = scenario;
        this.pass = pass;
        this.telemetry = telemetry;
        this.progress = progress;
    }

    public IReadOnlyList<TimePoint> Points
    {
        get
        {
            lock (gate)
            {
                return [.. points];
            }
        }
    }

    public void Start() => timer = clock.CreateTimer(_ => Sample(), null, Interval, Interval);

    /// <summary>Takes one sample now (also the final one when the replay ends).</summary>
    public void Sample()
    {
        var elapsed = clock.GetElapsedTime(start);
        var seconds = Math.Round(elapsed.TotalSeconds, 3);
        var workingSet = Environment.WorkingSet;
        var heap = GC.GetTotalMemory(false);
        var target = Math.Round(timeline.ValueAt(elapsed), 3);
        var snapshot = replay.Snapshot();
        var sample = new List<TimePoint>(snapshot.Count + 1);
        int queued = 0, active = 0;
        foreach (var (site, siteQueued, siteActive) in snapshot)
        {
            queued += siteQueued;
            active += siteActive;
            telemetry?.Emit(new SchedulerMetrics(site, siteQueued, siteActive, siteQueued + siteActive));
            sample.Add(Point(recorder.Site(site), seconds, siteQueued, siteActive, workingSet, heap, null));
        }

        telemetry?.Emit(new SchedulerMetrics("*", queued, active, snapshot.Count));
        var overall = Point(recorder.All, seconds, queued, active, workingSet, heap, target);
        sample.Insert(0, overall);
        lock (gate)
        {
            points.AddRange(sample);
        }

        progress?.Report(new LoadProgress(scenario, pass, seconds, target, overall.HostsCompleted, replay.Pending, driver.Dropped, overall.QueueDelayP95Ms));
    }

    /// <summary>Memory over the run from the overall points; slopes leave out the first tenth (start-up growth).</summary>
    public MemoryStats Memory()
    {
        var all = Points.Where(p => p.Site == LoadRecorder.Overall).ToList();
        if (all.Count == 0)
        {
            return new MemoryStats(0, 0, 0, 0, 0, 0, 0);
        }

        var steady = all.Where(p => p.Seconds >= all[^1].Seconds / 10).ToList();
        var longEnough = all[^1].Seconds >= MemoryStats.MinSlopeSeconds;
        return new MemoryStats(all[0].WorkingSetBytes, all.Max(p => p.WorkingSetBytes), all[^1].WorkingSetBytes, all.Max(p => p.ManagedHeapBytes),
            longEnough ? Slope(steady, p => p.WorkingSetBytes) : null, longEnough ? Slope(steady, p => p.ManagedHeapBytes) : null, all.Count);
    }

    public void Dispose()
    {
        timer?.Dispose();
        timer = null;
    }

    private TimePoint Point(LoadRecorder.SiteMeasures m, double seconds, int queued, int active, long workingSet, long heap, double? target)
    {
        var (q50, q95) = m.QueueDelay.TakeInterval();
        var (_, e95) = m.LatencyOk.TakeInterval();
        return new TimePoint
        {
            Pass = pass,
            Site = m.Site,
            Seconds = seconds,
            QueuedHosts = queued,
            ActiveWorkers = active,
            HostsCompleted = m.Completed,
            BytesCompleted = m.Bytes,
            RowsWritten = m.Rows,
            WorkingSetBytes = workingSet,
            ManagedHeapBytes = heap,
            QueueDelayP50Ms = q50,
            QueueDelayP95Ms = q95,
            EndToEndP95Ms = e95,
            TargetRate = target,
        };
    }

    /// <summary>Least-squares slope in MB per minute.</summary>
    private static double Slope(List<TimePoint> points, Func<TimePoint, long> value)
    {
        if (points.Count < 3)
        {
            return 0;
        }

        double n = points.Count, sx = 0, sy = 0, sxx = 0, sxy = 0;
        foreach (var p in points)
        {
            var x = p.Seconds / 60;
            var y = value(p) / 1e6;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }

        var d = (n * sxx) - (sx * sx);
        return d <= 0 ? 0 : Math.Round(((n * sxy) - (sx * sy)) / d, 3);
    }
}
