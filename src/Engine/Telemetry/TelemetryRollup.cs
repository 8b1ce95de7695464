using System.Globalization;
using System.Text;
using System.Text.Json;
using StateTrace.Engine.Runs;

namespace StateTrace.Engine.Telemetry;

/// <summary>One aggregate: a metric for a date and a scope (<c>All</c> or one site), in the original's rollup columns.</summary>
public sealed record RollupRow(string Date, string Scope, string Metric, long Count, double Average, double P95, double Max,
    double Total, double SecondaryTotal, string Notes);

/// <summary>What a rollup read: its rows, and how many lines it had to skip as torn or not events.</summary>
public sealed record RollupResult(IReadOnlyList<RollupRow> Rows, long Events, long TornLines, IReadOnlyList<string> Files);

/// <summary>
/// Streams NDJSON telemetry (run files or the daily files) and aggregates per date, per site and per event:
/// counts, mean, p95 and max from HdrHistogram, totals — the original's <c>Rollup-IngestionMetrics</c> columns.
/// A torn or foreign line is skipped and counted wherever it is.
/// </summary>
public static class TelemetryRollup
{
    // Event → (metric name, value field, unit scale to milliseconds or 1 for counts/rows).
    private static readonly Dictionary<string, (string Metric, string Field, double Scale)> Measures = new(StringComparer.Ordinal)
    {
        ["ParseDuration"] = ("ParseDurationMs", "DurationSeconds", 1000),
        ["DatabaseWriteLatency"] = ("DatabaseWriteLatencyMs", "LatencyMs", 1),
        ["InterfaceSyncTiming"] = ("WritePathMs", "WritePathMs", 1),
        ["InterfaceSiteCacheMetrics"] = ("SiteCacheHydrateMs", "HydrateDurationMs", 1),
        ["DatabaseWriteBreakdown"] = ("WriteTransactionMs", "DatabaseWriteLatencyMs", 1),
    };

    public static RollupResult Run(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.ndjson", SearchOption.AllDirectories));
                files.AddRange(Directory.EnumerateFiles(path, "*.json", SearchOption.TopDirectoryOnly).Where(f => Path.GetFileNameWithoutExtension(f).Length == 10));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"The telemetry path {path} does not exist.", path);
            }
        }

        files.Sort(StringComparer.Ordinal);
        var buckets = new Dictionary<(string Date, string Scope, string Metric), Bucket>();
        long events = 0, torn = 0;
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (!TryRead(line, out var name, out var date, out var root))
                {
                    torn++;
                    continue;
                }

                using (root)
                {
                    events++;
                    var element = root.RootElement;
                    var site = element.TryGetProperty("Site", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : null;
                    Add(buckets, date, "All", name, element);
                    if (site is not null)
                    {
                        Add(buckets, date, site, name, element);
                    }
                }
            }
        }

        var rows = buckets.OrderBy(b => b.Key.Date, StringComparer.Ordinal)
            .ThenBy(b => b.Key.Scope == "All" ? "" : b.Key.Scope, StringComparer.Ordinal)
            .ThenBy(b => b.Key.Metric, StringComparer.Ordinal)
            .Select(b => b.Value.ToRow(b.Key.Date, b.Key.Scope, b.Key.Metric))
            .ToList();
        return new RollupResult(rows, events, torn, files);
    }

    public static string ToCsv(IReadOnlyList<RollupRow> rows)
    {
        var csv = new StringBuilder("Date,Scope,Metric,Count,Average,P95,Max,Total,SecondaryTotal,Notes\n");
        foreach (var r in rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{r.Date},{Quote(r.Scope)},{r.Metric},{r.Count},{r.Average:0.###},{r.P95:0.###},{r.Max:0.###},{r.Total:0.###},{r.SecondaryTotal:0.###},{Quote(r.Notes)}\n");
        }

        return csv.ToString();
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static bool TryRead(string line, out string name, out string date, out JsonDocument root)
    {
        name = date = "";
        root = null!;
        try
        {
            root = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return false;
        }

        var element = root.RootElement;
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("EventName", out var n) || n.ValueKind != JsonValueKind.String
            || !element.TryGetProperty("Timestamp", out var t) || !t.TryGetDateTimeOffset(out var when))
        {
            root.Dispose();
            return false;
        }

        name = n.GetString()!;
        date = when.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return true;
    }

    private static void Add(Dictionary<(string, string, string), Bucket> buckets, string date, string scope, string name, JsonElement element)
    {
        if (name == "RowsWritten")
        {
            var rows = Get(buckets, date, scope, "RowsWritten");
            rows.Count++;
            rows.Total += Number(element, "Rows");
            rows.Secondary += Number(element, "DeletedRows");
            if (element.TryGetProperty("Hostname", out var host) && host.ValueKind == JsonValueKind.String)
            {
                rows.Hosts.Add(host.GetString()!);
            }

            return;
        }

        if (Measures.TryGetValue(name, out var measure))
        {
            var bucket = Get(buckets, date, scope, measure.Metric);
            bucket.Count++;
            var value = Number(element, measure.Field) * measure.Scale;
            bucket.Total += value;
            bucket.Latency.Record(TimeSpan.FromMilliseconds(Math.Max(0, value)));
            return;
        }

        Get(buckets, date, scope, name).Count++;
    }

    private static double Number(JsonElement element, string field) =>
        element.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : 0;

    private static Bucket Get(Dictionary<(string, string, string), Bucket> buckets, string date, string scope, string metric)
    {
        if (!buckets.TryGetValue((date, scope, metric), out var bucket))
        {
            bucket = new Bucket();
            buckets[(date, scope, metric)] = bucket;
        }

        return bucket;
    }

    private sealed class Bucket
    {
        public long Count;
        public double Total;
        public double Secondary;
        public readonly LatencyRecorder Latency = new();
        public readonly HashSet<string> Hosts = new(StringComparer.OrdinalIgnoreCase);

        public RollupRow ToRow(string date, string scope, string metric)
        {
            if (Latency.Count > 0)
            {
                var stats = Latency.Snapshot();
                return new RollupRow(date, scope, metric, Count, stats.Mean, stats.P95, stats.Max, Math.Round(Total, 3), 0, "");
            }

            var notes = Hosts.Count > 0 ? $"UniqueHosts={Hosts.Count}" : "";
            return new RollupRow(date, scope, metric, Count, Count == 0 ? 0 : Math.Round(Total / Count, 3), 0, 0, Total, Secondary, notes);
        }
    }
}
