namespace StateTrace.Tool.Reports;

/// <summary>
/// Keeps a plot small whatever the run's size: at most <see cref="MaxPoints"/> points per series. Points are cut into
/// equal-count buckets in x order and each bucket keeps its lowest and highest y, so spikes and dips survive.
/// </summary>
internal static class DownSample
{
    public const int MaxPoints = 500;

    public static (double[] X, double[] Y) MinMax(IReadOnlyList<double> x, IReadOnlyList<double> y, int maxPoints = MaxPoints)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(x.Count, y.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, 2);
        var order = Enumerable.Range(0, x.Count).OrderBy(i => x[i]).ToArray();
        if (order.Length <= maxPoints)
        {
            return (order.Select(i => x[i]).ToArray(), order.Select(i => y[i]).ToArray());
        }

        var buckets = maxPoints / 2;
        var xs = new List<double>(maxPoints);
        var ys = new List<double>(maxPoints);
        for (var b = 0; b < buckets; b++)
        {
            var start = (int)((long)order.Length * b / buckets);
            var end = (int)((long)order.Length * (b + 1) / buckets);
            if (end <= start)
            {
                continue;
            }

            int low = order[start], high = order[start];
            for (var k = start + 1; k < end; k++)
            {
                var i = order[k];
                low = y[i] < y[low] ? i : low;
                high = y[i] > y[high] ? i : high;
            }

            // Keep the pair in x order so a line through them does not double back.
            var (first, second) = x[low] <= x[high] ? (low, high) : (high, low);
            xs.Add(x[first]);
            ys.Add(y[first]);
            if (second != first)
            {
                xs.Add(x[second]);
                ys.Add(y[second]);
            }
        }

        return (xs.ToArray(), ys.ToArray());
    }
}
