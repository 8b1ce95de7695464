using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using StateTrace.Engine.Gates;

namespace StateTrace.Engine.Load;

// The shapes of NBomber's stats contracts (NodeStats, ScenarioStats, StepStats, MeasurementStats), so its users read
// load.json without a guide. Latencies are milliseconds measured from each bundle's intended arrival; p99.9 and the
// clamped count are additions NBomber lacks.

/// <summary>NBomber's latency bands: at most 800 ms, between 800 and 1200 ms, at least 1200 ms.</summary>
public sealed record LatencyCount(long LessOrEq800, long More800Less1200, long MoreOrEq1200);

public sealed record LatencyDetail(double MinMs, double MeanMs, double MaxMs, double Percent50, double Percent75, double Percent95,
    double Percent99, double Percent999, double StdDev, LatencyCount LatencyCount, long Clamped);

/// <summary>Bundle sizes in bytes.</summary>
public sealed record DataTransferDetail(long MinBytes, double MeanBytes, long MaxBytes, long Percent50, long Percent75, long Percent95,
    long Percent99, double StdDev, long AllBytes);

/// <param name="RPS">Count / max(1 s, the scenario's duration), as NBomber computes it.</param>
/// <param name="Percent">Share of all requests, in percent.</param>
public sealed record RequestStats(long Count, double RPS, double Percent);

public sealed record StatusCodeStats(string StatusCode, bool IsError, string Message, long Count, double Percent);

public sealed record MeasurementStats(RequestStats Request, LatencyDetail Latency, DataTransferDetail DataTransfer, IReadOnlyList<StatusCodeStats> StatusCodes);

/// <summary>A step of each bundle: <c>parse</c> (detect, carve, parse, sign) and <c>write</c> (handed to the site's writer → committed).</summary>
public sealed record StepStats(string StepName, MeasurementStats Ok, MeasurementStats Fail);

public sealed record LoadSimulationStats(string SimulationName, double Value);

/// <summary>One site's share of a scenario.</summary>
public sealed record SiteLoadStats(string Site, double Weight, long Ok, long Fail, long Bytes, long Rows, LatencyDetail QueueDelay, LatencyDetail Latency);

/// <summary>Process memory over the scenario, from the per-second samples.</summary>
/// <param name="WorkingSetSlopeMBPerMinute">
/// Least-squares slope after the first tenth of the run: near 0 means memory stayed flat. Null for runs under
/// <see cref="MinSlopeSeconds"/>, where start-up growth would read as a trend.
/// </param>
public sealed record MemoryStats(long StartWorkingSetBytes, long PeakWorkingSetBytes, long EndWorkingSetBytes, long PeakManagedHeapBytes,
    double? WorkingSetSlopeMBPerMinute, double? ManagedHeapSlopeMBPerMinute, int Samples)
{
    public const double MinSlopeSeconds = 30;
}

/// <summary>
/// NBomber's ScenarioStats: <see cref="Ok"/>/<see cref="Fail"/> are whole bundles, latency from intended arrival to
/// commit; <see cref="QueueDelay"/> is intended arrival → parse start (what the queue gates read).
/// </summary>
public sealed record ScenarioStats
{
    public required string ScenarioName { get; init; }

    /// <summary>Repetition within the scenario (the doubling experiment), else 1.</summary>
    public int Repetition { get; init; } = 1;

    public required MeasurementStats Ok { get; init; }
    public required MeasurementStats Fail { get; init; }
    public required IReadOnlyList<StepStats> StepStats { get; init; }
    public required LatencyDetail QueueDelay { get; init; }
    public required LoadSimulationStats LoadSimulationStats { get; init; }
    public long AllRequestCount { get; init; }
    public long AllOkCount { get; init; }
    public long AllFailCount { get; init; }
    public long AllBytes { get; init; }
    public long AllRows { get; init; }

    /// <summary>Open-model arrivals refused because MaxInFlight bundles were in flight (k6's dropped_iterations).</summary>
    public long DroppedCount { get; init; }

    public int MaxInFlight { get; init; }

    /// <summary>From the scenario's start to the last bundle done.</summary>
    public TimeSpan Duration { get; init; }

    public double MegabytesPerSecond { get; init; }
    public double RowsPerSecond { get; init; }

    /// <summary>completed, corpus-exhausted, cancelled or drain-timeout.</summary>
    public required string Stopped { get; init; }

    public required MemoryStats Memory { get; init; }
    public required IReadOnlyList<SiteLoadStats> Sites { get; init; }
}

public sealed record TestInfo(string SessionId, string TestSuite, string TestName, DateTimeOffset Created);

public sealed record NodeInfo(string MachineName, string OS, string DotNetVersion, string Processor, int CoresCount, string StateTraceVersion);

/// <summary>The doubling experiment's outcome (also in the summary's Settings for the doubling gate).</summary>
public sealed record DoublingStats(int SitesBefore, int SitesAfter, IReadOnlyList<double> SecondsBefore, IReadOnlyList<double> SecondsAfter,
    double SlowdownPercent, string Verdict, double ThresholdPercent, double Alpha, double? PValueSlower, string Reason);

/// <summary><c>runs/&lt;run-id&gt;/load.json</c>: NBomber's NodeStats for one scenario's run, plus its threshold verdicts.</summary>
public sealed record LoadReport
{
    public const int CurrentSchemaVersion = 1;
    public const string FileName = "load.json";

    [JsonPropertyOrder(-10)]
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required string ScenarioFile { get; init; }
    public required TestInfo TestInfo { get; init; }
    public required NodeInfo NodeInfo { get; init; }
    public required IReadOnlyList<ScenarioStats> ScenarioStats { get; init; }
    public DoublingStats? Doubling { get; init; }

    /// <summary>The gate verdicts with the scenario's thresholds; empty when gates were skipped.</summary>
    public IReadOnlyList<GateVerdict> Thresholds { get; set; } = [];

    public long AllRequestCount { get; init; }
    public long AllOkCount { get; init; }
    public long AllFailCount { get; init; }
    public long AllBytes { get; init; }
    public TimeSpan Duration { get; init; }

    public static void Write(string runDirectory, LoadReport report)
    {
        Directory.CreateDirectory(runDirectory);
        var path = Path.Combine(runDirectory, FileName);
        File.WriteAllBytes(path + ".tmp", JsonSerializer.SerializeToUtf8Bytes(report, LoadJson.Context.LoadReport));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <exception cref="InvalidDataException">Missing, not JSON, or another schema version.</exception>
    public static LoadReport Read(string runDirectory)
    {
        var path = Path.Combine(runDirectory, FileName);
        try
        {
            var report = JsonSerializer.Deserialize(File.ReadAllBytes(path), LoadJson.Context.LoadReport);
            return report is { SchemaVersion: CurrentSchemaVersion }
                ? report
                : throw new InvalidDataException($"{path} has load report schema version {report?.SchemaVersion}; this StateTrace reads version {CurrentSchemaVersion}.");
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            throw new InvalidDataException($"{path} is not a readable load report: {e.Message}", e);
        }
    }
}

internal static class LoadJson
{
    public static LoadJsonContext Context { get; } = new(new JsonSerializerOptions(LoadJsonContext.Default.Options)
    {
        // ≥ and ≤ in the verdicts stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

[JsonSourceGenerationOptions(WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(LoadReport))]
internal sealed partial class LoadJsonContext : JsonSerializerContext;
