namespace StateTrace.Engine.Load;

/// <summary>One simulation placed on the scenario's clock, with its load at either end (bundles per second, or copies).</summary>
public readonly record struct LoadSegment(LoadSimulation Simulation, TimeSpan Start, TimeSpan End, double From, double To)
{
    public TimeSpan Length => End - Start;

    /// <summary>The load at <paramref name="t"/> (inside the segment), moving linearly from <see cref="From"/> to <see cref="To"/>.</summary>
    public double ValueAt(TimeSpan t) =>
        Length <= TimeSpan.Zero ? To : From + ((To - From) * Math.Clamp((t - Start) / Length, 0, 1));
}

/// <summary>
/// A scenario's simulations laid end to end: when each bundle is meant to arrive (open model) or how many copies run at
/// a moment (closed model). Pure arithmetic, so the shapes are tested without any clock.
/// </summary>
public sealed class LoadTimeline
{
    // Arrival counts are sums of products of doubles; this keeps 10/s × 5 s at exactly 50 arrivals.
    private const double Epsilon = 1e-9;

    public LoadTimeline(IReadOnlyList<LoadSimulation> simulations)
    {
        ArgumentNullException.ThrowIfNull(simulations);
        var segments = new List<LoadSegment>(simulations.Count);
        var at = TimeSpan.Zero;
        var previous = 0.0;
        foreach (var simulation in simulations)
        {
            var (from, to) = simulation switch
            {
                Inject i => (PerSecond(i.Rate, i.Interval), PerSecond(i.Rate, i.Interval)),
                RampingInject r => (previous, PerSecond(r.Rate, r.Interval)),
                KeepConstant k => (k.Copies, (double)k.Copies),
                RampingConstant r => (previous, r.Copies),
                _ => (0.0, 0.0),
            };
            segments.Add(new LoadSegment(simulation, at, at + simulation.During, from, to));
            at += simulation.During;
            previous = to;
        }

        Segments = segments;
        Duration = at;
        IsOpen = simulations.Any(s => s.IsOpen == true) || !simulations.Any(s => s.IsOpen == false);
    }

    public IReadOnlyList<LoadSegment> Segments { get; }

    /// <summary>The sum of every simulation's duration: injection stops here.</summary>
    public TimeSpan Duration { get; }

    /// <summary>True for injection rates (or pauses only), false for copies.</summary>
    public bool IsOpen { get; }

    /// <summary>The bundles the open simulations ask for in total (a ramp counts its average rate).</summary>
    public long PlannedArrivals
    {
        get
        {
            var total = 0.0;
            foreach (var s in Segments)
            {
                if (s.Simulation.IsOpen == true)
                {
                    total += (s.From + s.To) / 2 * s.Length.TotalSeconds;
                }
            }

            return (long)Math.Ceiling(total - Epsilon);
        }
    }

    /// <summary>The segment running at <paramref name="t"/>; null before 0 or from <see cref="Duration"/> on.</summary>
    public LoadSegment? SegmentAt(TimeSpan t)
    {
        foreach (var s in Segments)
        {
            if (t >= s.Start && t < s.End)
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>Bundles per second (open) or copies (closed) asked for at <paramref name="t"/>; 0 outside the timeline.</summary>
    public double ValueAt(TimeSpan t) => SegmentAt(t) is { } s ? s.ValueAt(t) : 0;

    /// <summary>Copies that should be running at <paramref name="t"/> (closed model), rounded to whole copies.</summary>
    public int CopiesAt(TimeSpan t) => SegmentAt(t) is { Simulation.IsOpen: false } s ? (int)Math.Round(s.ValueAt(t), MidpointRounding.AwayFromZero) : 0;

    /// <summary>
    /// The intended arrival times of the open model, from the scenario's start, in order. The rate is integrated over
    /// time and bundle j arrives where that integral reaches j: a constant rate r per interval I spreads its bundles
    /// evenly at I / r apart (never in bursts), and a ramp from a to b over T sends (a + b) / 2 × T bundles.
    /// </summary>
    public IEnumerable<TimeSpan> Arrivals()
    {
        var arrived = 0.0; // the integral of the rate so far: arrivals owed up to the current segment's start
        foreach (var s in Segments)
        {
            var seconds = s.Length.TotalSeconds;
            if (s.Simulation.IsOpen != true || seconds <= 0)
            {
                continue;
            }

            var a = s.From;
            var b = (s.To - s.From) / (2 * seconds);
            var end = arrived + ((s.From + s.To) / 2 * seconds);
            for (var j = Math.Ceiling(arrived - Epsilon); j < end - Epsilon; j++)
            {
                // Solve a·t + b·t² = j − arrived for the first t ≥ 0, in the form that stays exact when b is 0.
                var d = Math.Max(0, j - arrived);
                var root = Math.Sqrt(Math.Max(0, (a * a) + (4 * b * d)));
                var t = d == 0 ? 0 : 2 * d / (a + root);
                yield return s.Start + TimeSpan.FromTicks((long)Math.Round(Math.Min(t, seconds) * TimeSpan.TicksPerSecond));
            }

            arrived = end;
        }
    }

    private static double PerSecond(double rate, TimeSpan interval) => interval > TimeSpan.Zero ? rate / interval.TotalSeconds : 0;
}
