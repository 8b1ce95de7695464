using System.Text.Json;
using System.Text.Json.Serialization;

namespace StateTrace.Engine.Runs;

/// <summary>
/// <c>runs/&lt;run-id&gt;/timeseries.json</c>: what a run looked like over time, sampled at a fixed interval
/// (load replays, and ingest/verify passes). Reports plot it; a long run is down-sampled before plotting.
/// </summary>
public sealed record TimeSeries
{
    public const int CurrentSchemaVersion = 1;
    public const string FileName = "timeseries.json";

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public double IntervalSeconds { get; init; } = 1;
    public List<TimePoint> Points { get; init; } = [];

    public static void Write(string runDirectory, TimeSeries series)
    {
        Directory.CreateDirectory(runDirectory);
        File.WriteAllBytes(Path.Combine(runDirectory, FileName), JsonSerializer.SerializeToUtf8Bytes(series, TimeSeriesJsonContext.Default.TimeSeries));
    }

    /// <summary>Null when the run has no time series.</summary>
    /// <exception cref="InvalidDataException">The file is not a time series of this schema version.</exception>
    public static TimeSeries? Read(string runDirectory)
    {
        var path = Path.Combine(runDirectory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        TimeSeries? series;
        try
        {
            series = JsonSerializer.Deserialize(File.ReadAllBytes(path), TimeSeriesJsonContext.Default.TimeSeries);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a valid time series: {e.Message}", e);
        }

        if (series is null || series.SchemaVersion != CurrentSchemaVersion)
        {
            throw new InvalidDataException($"{path} has time-series schema version {series?.SchemaVersion}; this StateTrace reads version {CurrentSchemaVersion}.");
        }

        return series;
    }
}

/// <summary>
/// One sample. Counts are cumulative since the pass began (rates come from differences); latencies are over the
/// interval that ends at <see cref="Seconds"/>; <see cref="Site"/> is <c>*</c> for the whole run or one site's name.
/// </summary>
public sealed record TimePoint
{
    public string Pass { get; init; } = "";
    public string Site { get; init; } = "*";
    public double Seconds { get; init; }
    public int QueuedHosts { get; init; }
    public int ActiveWorkers { get; init; }
    public long HostsCompleted { get; init; }
    public long BytesCompleted { get; init; }
    public long RowsWritten { get; init; }
    public long WorkingSetBytes { get; init; }
    public long ManagedHeapBytes { get; init; }
    public double? QueueDelayP50Ms { get; init; }
    public double? QueueDelayP95Ms { get; init; }
    public double? EndToEndP95Ms { get; init; }
    public double? TargetRate { get; init; }
}

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(TimeSeries))]
internal sealed partial class TimeSeriesJsonContext : JsonSerializerContext;
