using StateTrace.Engine.Runs;

namespace StateTrace.Tool.Reports;

/// <summary>Before/after of two runs: the primary metrics compared repetition by repetition, and the machines compared.</summary>
internal static class Comparison
{
    public static RunComparison Compare(RunSummary baseline, RunSummary current, ComparisonOptions options) => new(
        $"{baseline.RunId} ({baseline.RunKind})",
        $"{current.RunId} ({current.RunKind})",
        MachineDifferences(baseline.Machine, current.Machine),
        Code(baseline.Code),
        Code(current.Code),
        CompareMetrics(PrimaryMetrics.From(baseline), PrimaryMetrics.From(current), options),
        options);

    /// <summary>
    /// One row per metric in either run (a metric only one side measured is inconclusive, n = 0 there); metrics that
    /// are zero in every sample on both sides (warm rows/s of unchanged input) say nothing and are left out.
    /// </summary>
    public static IReadOnlyList<MetricComparison> CompareMetrics(IReadOnlyList<MetricSamples> baseline, IReadOnlyList<MetricSamples> current, ComparisonOptions options)
    {
        var rows = new List<MetricComparison>();
        var baselineByKey = baseline.ToDictionary(m => m.Metric.Key, StringComparer.OrdinalIgnoreCase);
        var keys = current.Select(m => m.Metric.Key).Concat(baseline.Select(m => m.Metric.Key)).Distinct(StringComparer.OrdinalIgnoreCase);
        var currentByKey = current.ToDictionary(m => m.Metric.Key, StringComparer.OrdinalIgnoreCase);
        foreach (var key in keys)
        {
            var b = baselineByKey.GetValueOrDefault(key);
            var c = currentByKey.GetValueOrDefault(key);
            var metric = (c ?? b)!.Metric;
            var bv = b?.Values ?? [];
            var cv = c?.Values ?? [];
            if (bv.Count + cv.Count == 0 || bv.Concat(cv).All(v => v == 0))
            {
                continue;
            }

            rows.Add(MetricComparer.Compare(metric, bv, cv, options));
        }

        return rows;
    }

    /// <summary>The fields behind <see cref="MachineFingerprint.Id"/> that differ; empty when the ids agree.</summary>
    public static IReadOnlyList<FingerprintDifference> MachineDifferences(MachineFingerprint baseline, MachineFingerprint current)
    {
        if (baseline.Id == current.Id)
        {
            return [];
        }

        var differences = new List<FingerprintDifference>();
        void Check(string field, string a, string b)
        {
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                differences.Add(new(field, a, b));
            }
        }

        Check("CPU", baseline.CpuModel, current.CpuModel);
        Check("Cores", baseline.Cores.ToString(System.Globalization.CultureInfo.InvariantCulture), current.Cores.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Check("Memory", Gigabytes(baseline.MemoryBytes), Gigabytes(current.MemoryBytes));
        Check("OS", baseline.Os, current.Os);
        Check("Runtime", baseline.Runtime, current.Runtime);
        Check("GC", baseline.GcMode, current.GcMode);
        Check("Store", baseline.StoreKind, current.StoreKind);
        if (differences.Count == 0)
        {
            differences.Add(new("Fingerprint", baseline.Id, current.Id));
        }

        return differences;
    }

    public static string Gigabytes(long bytes) => $"{bytes >> 30} GB";

    public static string Code(CodeIdentity code) => $"{code.Version} ({(code.Commit.Length > 12 ? code.Commit[..12] : code.Commit)})";
}
