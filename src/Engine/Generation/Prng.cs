namespace StateTrace.Engine.Generation;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014): a few lines, fast, and the same bytes on every runtime, which
/// <see cref="System.Random"/> does not promise. Every generated value comes from a stream keyed by what it
/// describes (seed, site, host, port), so adding a site or a host never shifts the values of another.
/// </summary>
internal struct Prng(ulong seed)
{
    private const ulong Golden = 0x9E3779B97F4A7C15;

    private ulong state = seed;

    /// <summary>A stream key for <paramref name="key"/> under <paramref name="parent"/>; keys never collide in practice.</summary>
    public static ulong Derive(ulong parent, ulong key) => Finalise(parent ^ Finalise(key + Golden));

    public ulong NextUInt64() => Finalise(state += Golden);

    /// <summary>Uniform in [0, <paramref name="bound"/>) by multiply-shift (Lemire), no modulo bias worth the name.</summary>
    public int Next(int bound) => (int)(((NextUInt64() >> 32) * (ulong)bound) >> 32);

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    public long NextLong(long min, long maxExclusive) => min + (long)(NextUInt64() % (ulong)(maxExclusive - min));

    public bool Percent(int percent) => Next(100) < percent;

    /// <summary>Uniform in [0, 1), 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public T Pick<T>(T[] items) => items[Next(items.Length)];

    private static ulong Finalise(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
