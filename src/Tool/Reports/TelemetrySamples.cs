using System.Globalization;
using System.Text.Json;

namespace StateTrace.Tool.Reports;

/// <summary>A per-host value at a moment of a pass: seconds since that pass began.</summary>
internal readonly record struct TimedValue(string Pass, double Seconds, double Value);

/// <summary>A scheduler snapshot (one per parser launch): hosts queued and workers busy.</summary>
internal readonly record struct SchedulerPoint(string Pass, double Seconds, int Queued, int Active);

/// <summary>
/// What the report plots from <c>telemetry.ndjson</c>: per-host parse and write latencies, queue delays and scheduler
/// snapshots, each timed from the start of its pass. Lines that are not whole JSON objects (a killed writer, a full
/// disk) are skipped and counted wherever they are.
/// </summary>
internal sealed class TelemetrySamples
{
    public const string FileName = "telemetry.ndjson";

    public bool Found { get; private init; }
    public long Events { get; private set; }
    public long TornLines { get; private set; }
    public List<long> TornLineNumbers { get; } = [];
    public List<TimedValue> ParseMs { get; } = [];
    public List<TimedValue> WriteMs { get; } = [];
    public List<TimedValue> QueueDelayMs { get; } = [];
    public List<SchedulerPoint> Scheduler { get; } = [];

    /// <summary>Pass names in the order they first appear.</summary>
    public List<string> Passes { get; } = [];

    private const int MaxTornLineNumbers = 20;

    public static TelemetrySamples Read(string runFolder)
    {
        var path = Path.Combine(runFolder, FileName);
        if (!File.Exists(path))
        {
            return new TelemetrySamples { Found = false };
        }

        var samples = new TelemetrySamples { Found = true };
        var raw = new Raw();
        long number = 0;
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan));
        while (reader.ReadLine() is { } line)
        {
            number++;
            var trimmed = line.AsSpan().Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            // A whole event is one object on one line; anything else was torn.
            if (trimmed[0] != '{' || trimmed[^1] != '}' || !trimmed.Contains("\"EventName\"", StringComparison.Ordinal))
            {
                samples.Torn(number);
                continue;
            }

            if (!Wanted(trimmed))
            {
                samples.Events++;
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                samples.Events++;
                raw.Add(doc.RootElement);
            }
            catch (JsonException)
            {
                samples.Torn(number);
            }
        }

        raw.Finish(samples);
        return samples;
    }

    private void Torn(long line)
    {
        TornLines++;
        if (TornLineNumbers.Count < MaxTornLineNumbers)
        {
            TornLineNumbers.Add(line);
        }
    }

    private static bool Wanted(ReadOnlySpan<char> line) =>
        line.Contains("\"ParseDuration\"", StringComparison.Ordinal)
        || line.Contains("\"DatabaseWriteLatency\"", StringComparison.Ordinal)
        || line.Contains("\"ParserSchedulerLaunch\"", StringComparison.Ordinal)
        || line.Contains("\"RunStarted\"", StringComparison.Ordinal)
        || line.Contains("\"QueueDelayMs\"", StringComparison.Ordinal);

    /// <summary>Samples with absolute times, until every pass's start is known.</summary>
    private sealed class Raw
    {
        private readonly Dictionary<string, DateTimeOffset> starts = new(StringComparer.Ordinal);
        private readonly List<(int Kind, string Pass, DateTimeOffset Time, double Value, int Active)> items = [];
        private readonly List<string> order = [];

        public void Add(JsonElement e)
        {
            var name = String(e, "EventName");
            var pass = String(e, "Pass") ?? "";
            if (!TryTime(e, out var time))
            {
                return;
            }

            if (!starts.TryGetValue(pass, out var start) || time < start)
            {
                if (!starts.ContainsKey(pass))
                {
                    order.Add(pass);
                }

                starts[pass] = time;
            }

            switch (name)
            {
                case "ParseDuration" when Bool(e, "Success") != false && Double(e, "DurationSeconds") is double seconds:
                    items.Add((0, pass, time, seconds * 1000, 0));
                    break;
                case "DatabaseWriteLatency" when Double(e, "LatencyMs") is double ms:
                    items.Add((1, pass, time, ms, 0));
                    break;
                case "ParserSchedulerLaunch" when Double(e, "QueuedJobs") is double queued:
                    items.Add((3, pass, time, queued, (int)(Double(e, "ActiveWorkers") ?? 0)));
                    break;
            }

            if (Double(e, "QueueDelayMs") is double delay)
            {
                items.Add((2, pass, time, delay, 0));
            }
        }

        public void Finish(TelemetrySamples samples)
        {
            samples.Passes.AddRange(order);
            foreach (var (kind, pass, time, value, active) in items)
            {
                var seconds = (time - starts[pass]).TotalSeconds;
                switch (kind)
                {
                    case 0: samples.ParseMs.Add(new(pass, seconds, value)); break;
                    case 1: samples.WriteMs.Add(new(pass, seconds, value)); break;
                    case 2: samples.QueueDelayMs.Add(new(pass, seconds, value)); break;
                    default: samples.Scheduler.Add(new(pass, seconds, (int)value, active)); break;
                }
            }
        }

        private static string? String(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private static double? Double(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d) ? d : null;

        private static bool? Bool(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) ? v.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null } : null;

        private static bool TryTime(JsonElement e, out DateTimeOffset time)
        {
            time = default;
            return String(e, "Timestamp") is { } text
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
        }
    }
}
