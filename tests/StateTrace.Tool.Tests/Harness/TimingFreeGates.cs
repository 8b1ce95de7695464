namespace StateTrace.Tool.Tests.Harness;

/// <summary>
/// A gates file that switches off every gate a wall clock decides (latencies, the warm/cold time ratio) or that needs
/// more hosts than a tiny corpus has: tests keep the exact and count gates, and never assert timing.
/// </summary>
internal static class TimingFreeGates
{
    private static readonly string[] Off =
        ["warm.improvement", "warm.cacheHit", "parse.p95", "parse.max", "write.p95", "warm.writePath.p95", "siteCache.hydrate.p95"];

    public static string Write(string folder)
    {
        var path = Path.Combine(folder, "timing-free-gates.json");
        File.WriteAllText(path, $$"""{ "gates": { {{string.Join(", ", Off.Select(g => $"\"{g}\": {{ \"enabled\": false }}"))}} } }""");
        return path;
    }
}
