using System.Text.Json.Serialization;

namespace StateTrace.Engine.Telemetry;

/// <summary>
/// The NDJSON envelope (design §4): EventName, Timestamp (UTC ISO-8601), RunId, Pass, Pid, then the event's flat
/// fields. Names follow the original system's catalogue so its tooling keeps working.
/// </summary>
public abstract record TelemetryEvent
{
    /// <summary>The record's type name is the event name, so the two cannot drift apart.</summary>
    [JsonPropertyOrder(-5)]
    public string EventName => GetType().Name;

    [JsonPropertyOrder(-4)]
    public DateTimeOffset Timestamp { get; init; }

    [JsonPropertyOrder(-3)]
    public string RunId { get; init; } = "";

    [JsonPropertyOrder(-2)]
    public string Pass { get; init; } = "";

    [JsonPropertyOrder(-1)]
    public int Pid { get; init; }
}

public sealed record RunStarted(string RunKind, string Root, int Inputs, string Store) : TelemetryEvent;

public sealed record RunCompleted(string RunKind, int HostsParsed, int HostsSkipped, int HostsFailed, long Bytes, long Rows,
    double DurationSeconds, int ExitCode, int Diagnostics) : TelemetryEvent;

public sealed record ParseDuration(string Hostname, string Site, string Platform, DateTimeOffset StartTime,
    double DurationSeconds, bool Success, string FileName, long Bytes, int Interfaces) : TelemetryEvent;

public sealed record SkippedDuplicate(string Hostname, string Site, string Reason, string FileHash, long SourceLength,
    DateTimeOffset LastIngestedUtc) : TelemetryEvent;

public sealed record DatabaseWriteLatency(string Hostname, string Site, double LatencyMs) : TelemetryEvent;

public sealed record RowsWritten(string Hostname, string Site, string RunDate, int Rows, int DeletedRows, int InsertedRows,
    int UpdatedRows, int UnchangedRows) : TelemetryEvent;

[JsonSourceGenerationOptions(WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(RunStarted))]
[JsonSerializable(typeof(RunCompleted))]
[JsonSerializable(typeof(ParseDuration))]
[JsonSerializable(typeof(SkippedDuplicate))]
[JsonSerializable(typeof(DatabaseWriteLatency))]
[JsonSerializable(typeof(RowsWritten))]
[JsonSerializable(typeof(InterfaceSyncTiming))]
[JsonSerializable(typeof(InterfaceSiteCacheMetrics))]
[JsonSerializable(typeof(DatabaseWriteBreakdown))]
[JsonSerializable(typeof(MaintenanceCompleted))]
[JsonSerializable(typeof(MaintenanceFailed))]
[JsonSerializable(typeof(DatabaseSize))]
[JsonSerializable(typeof(ConcurrencyProfileResolved))]
[JsonSerializable(typeof(ParserSchedulerLaunch))]
[JsonSerializable(typeof(SchedulerMetrics))]
internal sealed partial class TelemetryJsonContext : JsonSerializerContext;
