using System.Globalization;
using System.Text.Json;

namespace StateTrace.Tool.Reports;

/// <summary>One benchmark case of a BenchmarkDotNet run; times in nanoseconds per operation.</summary>
/// <param name="Values">Per-iteration ns/op: Statistics.OriginalValues, else the Workload/Actual measurements, else the mean alone.</param>
internal sealed record BdnBenchmark(string FullName, string Type, string Method, string Parameters, double Mean, double Median, double StandardDeviation,
    IReadOnlyList<double> Values, long? AllocatedBytes)
{
    public string ShortName => string.IsNullOrEmpty(Parameters) ? $"{Type}.{Method}" : $"{Type}.{Method}({Parameters})";
}

/// <summary>Where the benchmarks ran (BDN's HostEnvironmentInfo, the fields that matter for a comparison).</summary>
internal sealed record BdnHost(string Processor, string Cores, string Os, string Runtime, string Architecture, string Configuration, string BenchmarkDotNet)
{
    public IEnumerable<(string Field, string Value)> Fields =>
    [
        ("CPU", Processor), ("Cores", Cores), ("OS", Os), ("Runtime", Runtime), ("Architecture", Architecture), ("Configuration", Configuration), ("BenchmarkDotNet", BenchmarkDotNet),
    ];
}

/// <summary>The benchmarks of a BenchmarkDotNet results folder (or one JSON file).</summary>
internal sealed record BdnResults(string Source, IReadOnlyList<string> Files, BdnHost Host, IReadOnlyList<BdnBenchmark> Benchmarks)
{
    /// <summary>Reads every full JSON report (<c>*-report-full.json</c>, <c>*-report-full-compressed.json</c>) of a folder, or one file.</summary>
    /// <exception cref="InvalidDataException">No such report, or one that is not BenchmarkDotNet's JSON.</exception>
    public static BdnResults Read(string folderOrFile)
    {
        string[] files;
        if (File.Exists(folderOrFile))
        {
            files = [Path.GetFullPath(folderOrFile)];
        }
        else if (Directory.Exists(folderOrFile))
        {
            files = Directory.EnumerateFiles(folderOrFile, "*.json", SearchOption.AllDirectories)
                .Where(f => f.EndsWith("-report-full.json", StringComparison.OrdinalIgnoreCase) || f.EndsWith("-report-full-compressed.json", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToArray();
        }
        else
        {
            throw new InvalidDataException($"No BenchmarkDotNet results at {folderOrFile}.");
        }

        if (files.Length == 0)
        {
            throw new InvalidDataException($"No BenchmarkDotNet full JSON report (*-report-full.json or *-report-full-compressed.json) in {folderOrFile}; run the benchmarks with '--exporters fulljson' or 'json'.");
        }

        BdnHost? host = null;
        var benchmarks = new Dictionary<string, BdnBenchmark>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Benchmarks", out var list) || list.ValueKind != JsonValueKind.Array)
                {
                    throw new InvalidDataException($"{file} is not a BenchmarkDotNet JSON report (no Benchmarks array).");
                }

                host ??= root.TryGetProperty("HostEnvironmentInfo", out var info) && info.ValueKind == JsonValueKind.Object ? ReadHost(info) : null;
                foreach (var item in list.EnumerateArray())
                {
                    if (Benchmark(item) is { } benchmark)
                    {
                        // The compressed and the plain full report of one run hold the same cases.
                        benchmarks.TryAdd(benchmark.FullName, benchmark);
                    }
                }
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{file} is not valid JSON: {e.Message}", e);
            }
        }

        return new BdnResults(Path.GetFullPath(folderOrFile), files, host ?? new BdnHost("?", "?", "?", "?", "?", "?", "?"), benchmarks.Values.ToList());
    }

    private static BdnHost ReadHost(JsonElement info) => new(
        Text(info, "ProcessorName"), Text(info, "LogicalCoreCount"), Text(info, "OsVersion"), Text(info, "RuntimeVersion"), Text(info, "Architecture"),
        Text(info, "Configuration"), Text(info, "BenchmarkDotNetVersion"));

    private static BdnBenchmark? Benchmark(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("Statistics", out var stats) || stats.ValueKind != JsonValueKind.Object)
        {
            // A case that failed to run has no statistics.
            return null;
        }

        var values = Numbers(stats, "OriginalValues");
        if (values.Count == 0 && item.TryGetProperty("Measurements", out var measurements) && measurements.ValueKind == JsonValueKind.Array)
        {
            foreach (var m in measurements.EnumerateArray())
            {
                if (Text(m, "IterationMode") == "Workload" && Text(m, "IterationStage") == "Actual"
                    && Number(m, "Operations") is double ops and > 0 && Number(m, "Nanoseconds") is double ns)
                {
                    values.Add(ns / ops);
                }
            }
        }

        var mean = Number(stats, "Mean") ?? double.NaN;
        if (values.Count == 0 && double.IsFinite(mean))
        {
            values.Add(mean);
        }

        long? allocated = item.TryGetProperty("Memory", out var memory) && memory.ValueKind == JsonValueKind.Object && Number(memory, "BytesAllocatedPerOperation") is double bytes
            ? (long)bytes
            : null;
        var fullName = Text(item, "FullName");
        return new BdnBenchmark(fullName.Length > 0 ? fullName : Text(item, "DisplayInfo"), Text(item, "Type"), Text(item, "Method"), Text(item, "Parameters"),
            mean, Number(stats, "Median") ?? MetricComparer.Median(values), Number(stats, "StandardDeviation") ?? double.NaN, values, allocated);
    }

    private static List<double> Numbers(JsonElement e, string name)
    {
        var result = new List<double>();
        if (e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in v.EnumerateArray())
            {
                if (x.ValueKind == JsonValueKind.Number && x.TryGetDouble(out var d) && double.IsFinite(d))
                {
                    result.Add(d);
                }
            }
        }

        return result;
    }

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d) ? d : null;

    private static string Text(JsonElement e, string name) =>
        !e.TryGetProperty(name, out var v) ? ""
        : v.ValueKind == JsonValueKind.String ? v.GetString() ?? ""
        : v.ValueKind == JsonValueKind.Number ? v.GetRawText()
        : v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetRawText()
        : "";
}

/// <summary>BenchmarkDotNet results as before/after rows: time per operation by Mann–Whitney, allocations by ratio.</summary>
internal static class BdnComparison
{
    /// <summary>ResultsComparer's default noise: differences under 0.3 ns are never a regression.</summary>
    public const double TimeNoiseFloorNs = 0.3;

    /// <summary>Allocations are near-deterministic: a plain ratio beyond the threshold and this many bytes decides.</summary>
    public const double AllocationNoiseFloorBytes = 64;

    public static RunComparison Compare(BdnResults baseline, BdnResults current, ComparisonOptions options)
    {
        var differences = baseline.Host.Fields.Zip(current.Host.Fields)
            .Where(p => !string.Equals(p.First.Value, p.Second.Value, StringComparison.Ordinal) && p.First.Field != "BenchmarkDotNet")
            .Select(p => new FingerprintDifference(p.First.Field, p.First.Value, p.Second.Value)).ToList();
        var rows = new List<MetricComparison>();
        var baseByName = baseline.Benchmarks.ToDictionary(b => b.FullName, StringComparer.Ordinal);
        var names = current.Benchmarks.Select(b => b.FullName).Concat(baseline.Benchmarks.Select(b => b.FullName)).Distinct(StringComparer.Ordinal);
        var currentByName = current.Benchmarks.ToDictionary(b => b.FullName, StringComparer.Ordinal);
        foreach (var name in names)
        {
            var b = baseByName.GetValueOrDefault(name);
            var c = currentByName.GetValueOrDefault(name);
            var label = (c ?? b)!.ShortName;
            rows.Add(MetricComparer.Compare(new MetricDefinition(name + ".time", label + " time/op", "ns", false, TimeNoiseFloorNs), b?.Values ?? [], c?.Values ?? [], options));
            if (b?.AllocatedBytes is long ba && c?.AllocatedBytes is long ca)
            {
                rows.Add(Allocation(label, ba, ca, options));
            }
        }

        return new RunComparison($"{baseline.Source}", $"{current.Source}", differences, "BenchmarkDotNet " + baseline.Host.BenchmarkDotNet,
            "BenchmarkDotNet " + current.Host.BenchmarkDotNet, rows, options);
    }

    private static MetricComparison Allocation(string label, long baseline, long current, ComparisonOptions options)
    {
        var metric = new MetricDefinition(label + ".alloc", label + " allocated/op", "B", false, AllocationNoiseFloorBytes);
        double? ratio = baseline > 0 ? (double)current / baseline : null;
        var delta = Math.Max(options.RelativeThreshold * baseline, AllocationNoiseFloorBytes);
        var difference = current - baseline;
        var (verdict, word) = difference > delta ? (Verdict.Slower, "more") : -difference > delta ? (Verdict.Faster, "less") : (Verdict.Same, "");
        var text = string.Create(CultureInfo.InvariantCulture, $"{current:N0} vs {baseline:N0} B/op");
        var sentence = verdict == Verdict.Same
            ? $"Same: {text}, within ±{metric.Format(delta)} (allocations are deterministic: compared as a ratio)."
            : $"{verdict}: {text}, {metric.Format(Math.Abs(difference))} {word} than the baseline, beyond ±{metric.Format(delta)} (allocations are deterministic: compared as a ratio).";
        return new MetricComparison(metric, [baseline], [current], baseline, current, ratio, delta, verdict, sentence, null, null);
    }
}
