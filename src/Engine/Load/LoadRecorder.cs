using System.Collections.Concurrent;

namespace StateTrace.Engine.Load;

/// <summary>
/// Everything measured about the bundles of one replay, per site and overall (site <c>*</c>): HdrHistograms of queue
/// delay, end-to-end latency and each step, ok and fail kept apart, plus counters. Thread-safe.
/// </summary>
internal sealed class LoadRecorder
{
    public const string Overall = "*";

    /// <summary>Bundle sizes: the slice cap is 64 MB by default; 16 GB leaves room for any setting.</summary>
    private const long HighestBytes = 1L << 34;

    private readonly ConcurrentDictionary<string, SiteMeasures> sites = new(StringComparer.OrdinalIgnoreCase);

    public SiteMeasures All { get; } = new(Overall);

    /// <summary>Every site measured so far, ordered by name.</summary>
    public IReadOnlyList<SiteMeasures> Sites => [.. sites.Values.OrderBy(s => s.Site, StringComparer.Ordinal)];

    public SiteMeasures Site(string site) => sites.GetOrAdd(site, static s => new SiteMeasures(s));

    /// <summary>Intended arrival → parse start.</summary>
    public void QueueDelay(string site, TimeSpan delay)
    {
        All.QueueDelay.Record(delay);
        Site(site).QueueDelay.Record(delay);
    }

    public void Parsed(string site, TimeSpan duration, bool ok)
    {
        (ok ? All.ParseOk : All.ParseFail).Record(duration);
        (ok ? Site(site).ParseOk : Site(site).ParseFail).Record(duration);
    }

    /// <summary>The commit time of the batch a host was written in (DatabaseWriteLatency, per host).</summary>
    public void DatabaseWrite(string site, TimeSpan batch)
    {
        All.DatabaseWrite.Record(batch);
        Site(site).DatabaseWrite.Record(batch);
    }

    /// <summary>A bundle written: its rows are durable.</summary>
    public void Written(string site, long bytes, long rows, TimeSpan endToEnd, TimeSpan write)
    {
        foreach (var m in (ReadOnlySpan<SiteMeasures>)[All, Site(site)])
        {
            m.LatencyOk.Record(endToEnd);
            m.WriteOk.Record(write);
            m.BytesOk.Record(bytes);
            Interlocked.Increment(ref m.OkCount);
            Interlocked.Add(ref m.OkBytes, bytes);
            Interlocked.Add(ref m.RowCount, rows);
            m.Status(BundleStatus.Written);
        }
    }

    /// <summary>A bundle that will not be written; <paramref name="writeStep"/> is set when it failed in the write step.</summary>
    public void Failed(string site, long bytes, TimeSpan endToEnd, string status, TimeSpan? writeStep = null)
    {
        foreach (var m in (ReadOnlySpan<SiteMeasures>)[All, Site(site)])
        {
            m.LatencyFail.Record(endToEnd);
            m.BytesFail.Record(bytes);
            if (writeStep is { } w)
            {
                m.WriteFail.Record(w);
            }

            Interlocked.Increment(ref m.FailCount);
            Interlocked.Add(ref m.FailBytes, bytes);
            m.Status(status);
        }
    }

    /// <summary>One site's measures (or the whole run's, site <c>*</c>).</summary>
    internal sealed class SiteMeasures(string site)
    {
        public long OkCount;
        public long FailCount;
        public long OkBytes;
        public long FailBytes;
        public long RowCount;

        private LoadHistogram? latencyFail;
        private LoadHistogram? parseFail;
        private LoadHistogram? writeFail;
        private LoadHistogram? bytesFail;

        public string Site { get; } = site;

        /// <summary>With per-second intervals: the time series plots it.</summary>
        public LoadHistogram QueueDelay { get; } = new(intervals: true);

        /// <summary>With per-second intervals: the time series plots it.</summary>
        public LoadHistogram LatencyOk { get; } = new(intervals: true);

        public LoadHistogram ParseOk { get; } = new();
        public LoadHistogram WriteOk { get; } = new();
        public LoadHistogram DatabaseWrite { get; } = new();

        /// <summary>Bundle sizes need 2 significant digits, not 3.</summary>
        public LoadHistogram BytesOk { get; } = new(HighestBytes, digits: 2);

        // A healthy run fails nothing: these are made on first use.
        public LoadHistogram LatencyFail => Lazy(ref latencyFail, static () => new LoadHistogram());
        public LoadHistogram ParseFail => Lazy(ref parseFail, static () => new LoadHistogram());
        public LoadHistogram WriteFail => Lazy(ref writeFail, static () => new LoadHistogram());
        public LoadHistogram BytesFail => Lazy(ref bytesFail, static () => new LoadHistogram(HighestBytes, digits: 2));

        public ConcurrentDictionary<string, long> StatusCodes { get; } = new(StringComparer.Ordinal);

        public long Completed => Interlocked.Read(ref OkCount) + Interlocked.Read(ref FailCount);
        public long Bytes => Interlocked.Read(ref OkBytes) + Interlocked.Read(ref FailBytes);
        public long Rows => Interlocked.Read(ref RowCount);

        public void Status(string code) => StatusCodes.AddOrUpdate(code, 1, static (_, n) => n + 1);

        private static LoadHistogram Lazy(ref LoadHistogram? field, Func<LoadHistogram> create) =>
            Volatile.Read(ref field) ?? Interlocked.CompareExchange(ref field, create(), null) ?? field!;
    }
}
