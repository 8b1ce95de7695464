using StateTrace.Engine.Runs;

namespace StateTrace.Tool.Reports;

/// <summary>One run in a history: when, which code, whether it was green, and the median of each primary metric over its repetitions.</summary>
internal sealed record TrendRun(string RunId, string RunKind, DateTimeOffset Started, string Commit, MachineFingerprint Machine, bool Green, IReadOnlyList<MetricSamples> Metrics);

/// <param name="WindowMedian">The rolling median of the previous green runs (null while fewer than the minimum exist).</param>
internal sealed record TrendPoint(int Index, string RunId, double Value, bool Green, double? WindowMedian, bool Breach);

/// <summary>Where a metric shifted: the first of two runs in a row worse than the rolling median by more than the threshold.</summary>
internal sealed record ChangePoint(MetricDefinition Metric, int Index, string RunId, double Value, double BaselineMedian, string ConfirmedBy)
{
    public double Change => BaselineMedian == 0 ? double.NaN : Value / BaselineMedian - 1;
}

internal sealed record TrendSeries(MetricDefinition Metric, IReadOnlyList<TrendPoint> Points, IReadOnlyList<ChangePoint> ChangePoints);

/// <summary>The runs of one machine fingerprint, oldest first, and what was left out.</summary>
internal sealed record TrendHistory(string Folder, string FingerprintId, MachineFingerprint? Machine, IReadOnlyList<TrendRun> Runs,
    IReadOnlyDictionary<string, int> OtherFingerprints, IReadOnlyList<string> Unreadable);

internal sealed record TrendOptions
{
    public double RelativeThreshold { get; init; } = 0.05;

    /// <summary>The rolling median is over this many previous green runs (design §6: 5).</summary>
    public int Window { get; init; } = 5;

    /// <summary>Fewer previous green runs than this and a run is not judged.</summary>
    public int MinWindow { get; init; } = 3;
}

/// <summary>
/// Trends across runs, with the nightly rule of design §6: a run breaches when its metric is worse than the rolling
/// median of the previous 5 green runs by more than the threshold (and the metric's noise floor); a change point needs
/// two breaches in a row against that same median, so a one-off spike never alerts.
/// </summary>
internal static class Trends
{
    /// <summary>Reads every run below <paramref name="folder"/> (its <c>runs/</c> when it is a root) and keeps one fingerprint's.</summary>
    /// <param name="fingerprint">A fingerprint id; default: the most recent run's.</param>
    /// <exception cref="InvalidDataException">No readable run, or none of that fingerprint.</exception>
    public static TrendHistory Load(string folder, string? fingerprint)
    {
        if (!Directory.Exists(folder))
        {
            throw new InvalidDataException($"No runs folder at {folder}.");
        }

        var runsFolder = Directory.Exists(Path.Combine(folder, "runs")) && !Directory.EnumerateFiles(folder, RunSummaryFile.FileName, SearchOption.TopDirectoryOnly).Any()
            && !Directory.EnumerateDirectories(folder).Any(d => File.Exists(Path.Combine(d, RunSummaryFile.FileName)))
            ? Path.Combine(folder, "runs")
            : folder;
        var runs = new List<TrendRun>();
        var unreadable = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories(runsFolder).Order(StringComparer.Ordinal))
        {
            if (!File.Exists(Path.Combine(dir, RunSummaryFile.FileName)))
            {
                continue;
            }

            try
            {
                var summary = RunSummaryFile.Read(dir);
                var gates = GateTable.Read(dir);
                var green = summary.ExitCode == 0 && (gates is null || gates.Green);
                runs.Add(new TrendRun(summary.RunId, summary.RunKind, summary.StartedUtc, summary.Code.Commit, summary.Machine, green,
                    PrimaryMetrics.From(summary).Select(m => m with { Values = m.Values.Count == 0 ? [] : [MetricComparer.Median(m.Values)] }).ToList()));
            }
            catch (InvalidDataException e)
            {
                unreadable.Add($"{Path.GetFileName(dir)}: {e.Message}");
            }
        }

        if (runs.Count == 0)
        {
            throw new InvalidDataException($"No readable run summary under {runsFolder}.");
        }

        var chosen = fingerprint ?? runs.MaxBy(r => r.Started)!.Machine.Id;
        var mine = runs.Where(r => string.Equals(r.Machine.Id, chosen, StringComparison.OrdinalIgnoreCase)).OrderBy(r => r.Started).ThenBy(r => r.RunId, StringComparer.Ordinal).ToList();
        if (mine.Count == 0)
        {
            throw new InvalidDataException($"No run under {runsFolder} has the machine fingerprint {chosen} (found: {string.Join(", ", runs.Select(r => r.Machine.Id).Distinct())}).");
        }

        var others = runs.Where(r => !string.Equals(r.Machine.Id, chosen, StringComparison.OrdinalIgnoreCase))
            .GroupBy(r => r.Machine.Id).ToDictionary(g => g.Key, g => g.Count());
        return new TrendHistory(runsFolder, chosen, mine[^1].Machine, mine, others, unreadable);
    }

    public static IReadOnlyList<TrendSeries> Analyse(IReadOnlyList<TrendRun> runs, TrendOptions options)
    {
        var keys = new List<MetricDefinition>();
        foreach (var metric in runs.SelectMany(r => r.Metrics).Select(m => m.Metric))
        {
            if (!keys.Any(k => string.Equals(k.Key, metric.Key, StringComparison.OrdinalIgnoreCase)))
            {
                keys.Add(metric);
            }
        }

        var result = new List<TrendSeries>();
        foreach (var metric in keys)
        {
            var values = new List<(int Index, string RunId, double Value, bool Green)>();
            for (var i = 0; i < runs.Count; i++)
            {
                if (runs[i].Metrics.FirstOrDefault(m => string.Equals(m.Metric.Key, metric.Key, StringComparison.OrdinalIgnoreCase)) is { Values.Count: > 0 } m)
                {
                    values.Add((i, runs[i].RunId, m.Values[0], runs[i].Green));
                }
            }

            if (values.Count == 0 || values.All(v => v.Value == 0))
            {
                continue;
            }

            var medians = new double?[values.Count];
            for (var k = 0; k < values.Count; k++)
            {
                var window = values.Take(k).Where(v => v.Green).TakeLast(options.Window).Select(v => v.Value).ToList();
                medians[k] = window.Count >= options.MinWindow ? MetricComparer.Median(window) : null;
            }

            bool Worse(double value, double median)
            {
                var delta = Math.Max(options.RelativeThreshold * Math.Abs(median), metric.NoiseFloor);
                return metric.HigherIsBetter ? median - value > delta : value - median > delta;
            }

            var points = values.Select((v, k) => new TrendPoint(v.Index, v.RunId, v.Value, v.Green, medians[k], medians[k] is double m && Worse(v.Value, m))).ToList();
            var changes = new List<ChangePoint>();
            for (var k = 0; k + 1 < values.Count; k++)
            {
                if (medians[k] is not double median || !Worse(values[k].Value, median) || !Worse(values[k + 1].Value, median))
                {
                    continue;
                }

                changes.Add(new ChangePoint(metric, values[k].Index, values[k].RunId, values[k].Value, median, values[k + 1].RunId));

                // One shift is one change point, however long it lasts.
                while (k + 1 < values.Count && Worse(values[k + 1].Value, median))
                {
                    k++;
                }
            }

            result.Add(new TrendSeries(metric, points, changes));
        }

        return result;
    }
}
