using System.Collections.Concurrent;
using StateTrace.Engine.Runs;
using StateTrace.Engine.Storage;

namespace StateTrace.Engine.Pipeline;

/// <summary>Counters and latency histograms of one pass, updated concurrently by the host workers.</summary>
internal sealed class PassStats
{
    private readonly ConcurrentDictionary<string, SiteCounters> sites = new(StringComparer.OrdinalIgnoreCase);
    private long inserted, updated, deleted, unchanged, bytes;
    private int parsed, skipped, failed;

    public LatencyRecorder ParseDuration { get; } = new();
    public LatencyRecorder DatabaseWriteLatency { get; } = new();

    /// <summary>Per host: diff, its rows applied, and its share of the batch commit.</summary>
    public LatencyRecorder WritePath { get; } = new();

    private int cacheHits;
    private int cacheLookups;

    public void ExistingRows(string source)
    {
        Interlocked.Increment(ref cacheLookups);
        if (source == "CacheHit")
        {
            Interlocked.Increment(ref cacheHits);
        }
    }

    /// <summary>Share of written hosts whose existing rows came from the site cache; null when none were written.</summary>
    public double? CacheHitRatio => cacheLookups == 0 ? null : Math.Round((double)cacheHits / cacheLookups, 6);

    public int HostsDone => Volatile.Read(ref parsed) + Volatile.Read(ref skipped) + Volatile.Read(ref failed);

    public long BytesDone => Interlocked.Read(ref bytes);

    public long RowsDone => Interlocked.Read(ref inserted) + Interlocked.Read(ref updated) + Interlocked.Read(ref deleted);

    public void Skipped(string site, long length)
    {
        Interlocked.Increment(ref skipped);
        Interlocked.Add(ref bytes, length);
        var s = Site(site);
        Interlocked.Increment(ref s.Skipped);
        Interlocked.Add(ref s.Bytes, length);
    }

    public void Failed(string site, long length)
    {
        Interlocked.Increment(ref failed);
        Interlocked.Add(ref bytes, length);
        var s = Site(site);
        Interlocked.Increment(ref s.Failed);
        Interlocked.Add(ref s.Bytes, length);
    }

    public void Written(string site, long length, WriteCounts counts)
    {
        Interlocked.Increment(ref parsed);
        Interlocked.Add(ref bytes, length);
        Interlocked.Add(ref inserted, counts.Inserted);
        Interlocked.Add(ref updated, counts.Updated);
        Interlocked.Add(ref deleted, counts.Deleted);
        Interlocked.Add(ref unchanged, counts.Unchanged);
        var s = Site(site);
        Interlocked.Increment(ref s.Parsed);
        Interlocked.Add(ref s.Bytes, length);
        Interlocked.Add(ref s.Rows, counts.Rows);
    }

    public PassSummary Summarize(string pass, int repetition, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        var rows = inserted + updated + deleted;
        var siteList = new List<SiteSummary>();
        foreach (var (name, s) in sites.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            siteList.Add(new SiteSummary(name, s.Parsed, s.Skipped, s.Failed, s.Bytes, s.Rows));
        }

        return new PassSummary
        {
            Pass = pass,
            Repetition = repetition,
            HostsParsed = parsed,
            HostsSkipped = skipped,
            HostsFailed = failed,
            Bytes = bytes,
            RowsInserted = inserted,
            RowsUpdated = updated,
            RowsDeleted = deleted,
            RowsUnchanged = unchanged,
            DurationSeconds = Math.Round(elapsed.TotalSeconds, 4),
            Throughput = new Throughput(
                Math.Round(bytes / 1e6 / seconds, 3),
                Math.Round((parsed + skipped) / seconds, 3),
                Math.Round(rows / seconds, 3)),
            Latencies = new Dictionary<string, LatencyStats>
            {
                ["ParseDuration"] = ParseDuration.Snapshot(),
                ["DatabaseWriteLatency"] = DatabaseWriteLatency.Snapshot(),
                ["WritePath"] = WritePath.Snapshot(),
            },
            CacheHitRatio = CacheHitRatio,
            Sites = siteList,
        };
    }

    /// <summary>Hosts finished (parsed, skipped or failed) per site so far.</summary>
    public Dictionary<string, int> DonePerSite()
    {
        var done = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, s) in sites)
        {
            done[name] = Volatile.Read(ref s.Parsed) + Volatile.Read(ref s.Skipped) + Volatile.Read(ref s.Failed);
        }

        return done;
    }

    private SiteCounters Site(string site) => sites.GetOrAdd(site, static _ => new SiteCounters());

    private sealed class SiteCounters
    {
        public int Parsed;
        public int Skipped;
        public int Failed;
        public long Bytes;
        public long Rows;
    }
}
