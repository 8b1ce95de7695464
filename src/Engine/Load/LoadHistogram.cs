using HdrHistogram;
using StateTrace.Engine.Runs;

namespace StateTrace.Engine.Load;

/// <summary>
/// An HdrHistogram for one measurement (microseconds for latencies, bytes for data transfer): a cumulative histogram
/// and, when asked for, one for the current sampling interval. Values above the range (an hour of latency) are clamped
/// to its top and counted, never thrown. Thread-safe. Counts are 32-bit: at 3 significant digits over an hour of
/// microseconds a histogram is ~95 KB, and a replay keeps a dozen per site.
/// </summary>
internal sealed class LoadHistogram
{
    /// <summary>One hour in microseconds: an overloaded replay's queue delay stays in range for a long time.</summary>
    public const long HighestMicros = 3_600_000_000;

    private readonly long highest;
    private readonly int digits;
    private readonly IntHistogram total;
    private readonly IntHistogram? interval;
    private readonly Lock gate = new();
    private long clamped;

    public LoadHistogram(long highest = HighestMicros, int digits = 3, bool intervals = false)
    {
        this.highest = highest;
        this.digits = digits;
        total = new IntHistogram(1, highest, digits);
        interval = intervals ? new IntHistogram(1, highest, digits) : null;
    }

    public void Record(TimeSpan elapsed) => Record((long)Math.Max(0, elapsed.TotalMicroseconds));

    public void Record(long value)
    {
        lock (gate)
        {
            if (value > highest)
            {
                clamped++;
                value = highest;
            }

            value = Math.Max(1, value);
            total.RecordValue(value);
            interval?.RecordValue(value);
        }
    }

    public long Count
    {
        get
        {
            lock (gate)
            {
                return total.TotalCount;
            }
        }
    }

    public long Clamped
    {
        get
        {
            lock (gate)
            {
                return clamped;
            }
        }
    }

    /// <summary>Adds this histogram's cumulative values into <paramref name="into"/> (merging sites).</summary>
    public void AddTo(LoadHistogram into)
    {
        HistogramBase copy;
        long c;
        lock (gate)
        {
            copy = total.Copy();
            c = clamped;
        }

        lock (into.gate)
        {
            into.total.Add(copy);
            into.clamped += c;
        }
    }

    public static LoadHistogram Merge(IEnumerable<LoadHistogram> parts)
    {
        var list = parts.ToList();
        var merged = list.Count > 0 ? new LoadHistogram(list[0].highest, list[0].digits) : new LoadHistogram();
        foreach (var part in list)
        {
            part.AddTo(merged);
        }

        return merged;
    }

    /// <summary>The cumulative percentiles in milliseconds, in the run summary's shape.</summary>
    public LatencyStats Latency()
    {
        lock (gate)
        {
            if (total.TotalCount == 0)
            {
                return new LatencyStats(0, 0, 0, 0, 0, 0, 0, 0, 0, clamped);
            }

            return new LatencyStats(total.TotalCount, Ms(total.GetValueAtPercentile(0)), Ms(total.GetValueAtPercentile(50)),
                Ms(total.GetValueAtPercentile(75)), Ms(total.GetValueAtPercentile(90)), Ms(total.GetValueAtPercentile(95)),
                Ms(total.GetValueAtPercentile(99)), Ms(total.GetMaxValue()), Math.Round(total.GetMean() / 1000, 3), clamped);
        }
    }

    /// <summary>NBomber's latency block (milliseconds), with p99.9 and the clamped count added.</summary>
    public LatencyDetail Detail()
    {
        lock (gate)
        {
            if (total.TotalCount == 0)
            {
                return new LatencyDetail(0, 0, 0, 0, 0, 0, 0, 0, 0, new LatencyCount(0, 0, 0), clamped);
            }

            // NBomber's latency bands: ≤ 800 ms, 800–1200 ms, ≥ 1200 ms.
            long le800 = 0, mid = 0, ge1200 = 0;
            foreach (var v in total.RecordedValues())
            {
                var ms = v.ValueIteratedTo / 1000.0;
                if (ms <= 800)
                {
                    le800 += v.CountAtValueIteratedTo;
                }
                else if (ms < 1200)
                {
                    mid += v.CountAtValueIteratedTo;
                }
                else
                {
                    ge1200 += v.CountAtValueIteratedTo;
                }
            }

            return new LatencyDetail(Ms(total.GetValueAtPercentile(0)), Math.Round(total.GetMean() / 1000, 3), Ms(total.GetMaxValue()),
                Ms(total.GetValueAtPercentile(50)), Ms(total.GetValueAtPercentile(75)), Ms(total.GetValueAtPercentile(95)),
                Ms(total.GetValueAtPercentile(99)), Ms(total.GetValueAtPercentile(99.9)), Math.Round(total.GetStdDeviation() / 1000, 3),
                new LatencyCount(le800, mid, ge1200), clamped);
        }
    }

    /// <summary>NBomber's data-transfer block, for a histogram of bytes.</summary>
    public DataTransferDetail Transfer(long allBytes)
    {
        lock (gate)
        {
            if (total.TotalCount == 0)
            {
                return new DataTransferDetail(0, 0, 0, 0, 0, 0, 0, 0, allBytes);
            }

            return new DataTransferDetail(total.GetValueAtPercentile(0), Math.Round(total.GetMean(), 1), total.GetMaxValue(),
                total.GetValueAtPercentile(50), total.GetValueAtPercentile(75), total.GetValueAtPercentile(95), total.GetValueAtPercentile(99),
                Math.Round(total.GetStdDeviation(), 1), allBytes);
        }
    }

    /// <summary>p50 and p95 (ms) of the values recorded since the last call, then starts a new interval; null when none.</summary>
    public (double? P50, double? P95) TakeInterval()
    {
        lock (gate)
        {
            if (interval is null || interval.TotalCount == 0)
            {
                return (null, null);
            }

            var result = ((double?)Ms(interval.GetValueAtPercentile(50)), (double?)Ms(interval.GetValueAtPercentile(95)));
            interval.Reset();
            return result;
        }
    }

    private static double Ms(long micros) => Math.Round(micros / 1000.0, 3);
}
