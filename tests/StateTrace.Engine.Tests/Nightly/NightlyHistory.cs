using StateTrace.Engine.Nightly;

namespace StateTrace.Engine.Tests.Nightly;

/// <summary>Crafted run indexes: nightlies one day apart, oldest first, each measuring cold throughput.</summary>
internal static class NightlyHistory
{
    public const string MachineA = "aaaaaaaaaaaa";
    public const string MachineB = "bbbbbbbbbbbb";
    public const string Metric = "cold.mbps";

    private static readonly DateTimeOffset Start = new(2026, 1, 1, 2, 0, 0, TimeSpan.Zero);

    public static NightlyEntry Entry(int day, double mbps, string machine = MachineA, bool green = true, NightlyVerdict? verdict = null) => new()
    {
        RunId = $"2026{day:D4}-020000-{machine[..2]}{day:D4}",
        RunIds = [$"2026{day:D4}-020000-{machine[..2]}{day:D4}", $"2026{day:D4}-020001-verify"],
        TimestampUtc = Start.AddDays(day),
        MachineId = machine,
        Green = green,
        Metrics = new() { [Metric] = mbps },
        Verdicts = verdict is { } v ? new() { [Metric] = v } : [],
    };

    /// <summary>Five green nightlies at 98, 100, 100, 101, 102 MB/s (median 100) on days 1 to 5.</summary>
    public static List<NightlyEntry> FiveGreen(string machine = MachineA) =>
        [Entry(1, 98, machine), Entry(2, 100, machine), Entry(3, 100, machine), Entry(4, 101, machine), Entry(5, 102, machine)];
}
