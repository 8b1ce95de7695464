using HdrHistogram;

namespace StateTrace.Engine.Runs;

/// <summary>
/// Thread-safe latency recording into an HdrHistogram in microseconds, with a range of one hour: values beyond it
/// (an overloaded replay) are clamped to the top and counted, never thrown.
/// </summary>
public sealed class LatencyRecorder
{
    private const long HighestMicros = 3_600_000_000;
    private readonly LongHistogram histogram = new(1, HighestMicros, 3);
    private readonly Lock gate = new();
    private long clamped;

    public void Record(TimeSpan elapsed)
    {
        var micros = (long)elapsed.TotalMicroseconds;
        lock (gate)
        {
            if (micros > HighestMicros)
            {
                clamped++;
                micros = HighestMicros;
            }

            histogram.RecordValue(Math.Max(1, micros));
        }
    }

    public long Count
    {
        get
        {
            lock (gate)
            {
                return histogram.TotalCount;
            }
        }
    }

    public LatencyStats Snapshot()
    {
        lock (gate)
        {
            if (histogram.TotalCount == 0)
            {
                return new LatencyStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            }

            static double Ms(long micros) => Math.Round(micros / 1000.0, 3);
            return new LatencyStats(
                histogram.TotalCount,
                Ms(histogram.GetValueAtPercentile(0)),
                Ms(histogram.GetValueAtPercentile(50)),
                Ms(histogram.GetValueAtPercentile(75)),
                Ms(histogram.GetValueAtPercentile(90)),
                Ms(histogram.GetValueAtPercentile(95)),
                Ms(histogram.GetValueAtPercentile(99)),
                Ms(histogram.GetMaxValue()),
                Math.Round(histogram.GetMean() / 1000.0, 3),
                clamped);
        }
    }
}
