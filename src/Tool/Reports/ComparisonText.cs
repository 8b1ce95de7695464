namespace StateTrace.Tool.Reports;

/// <summary>A before/after comparison as plain text for the terminal: the warning first, then one line per metric.</summary>
internal static class ComparisonText
{
    public static async Task WriteAsync(RunComparison comparison, TextWriter output)
    {
        if (comparison.MachinesDiffer)
        {
            await output.WriteLineAsync("WARNING: " + comparison.MachineWarning);
            foreach (var d in comparison.MachineDifferences)
            {
                await output.WriteLineAsync($"  {d.Field}: {d.Baseline} (baseline) vs {d.Current} (current)");
            }
        }

        await output.WriteLineAsync($"Baseline {comparison.BaselineLabel}, code {comparison.BaselineCode}");
        await output.WriteLineAsync($"Current  {comparison.CurrentLabel}, code {comparison.CurrentCode}");
        string[] header = ["Metric", "Baseline", "Current", "Ratio", "Verdict", "Why"];
        var rows = comparison.Rows.Select(r => new[]
        {
            r.Metric.Label,
            r.Baseline.Count == 0 ? "–" : r.Metric.Format(r.BaselineMedian),
            r.Current.Count == 0 ? "–" : r.Metric.Format(r.CurrentMedian),
            r.Ratio is double ratio ? Html.Number(ratio, 3) : "–",
            r.Verdict.ToString(),
            r.Sentence,
        }).ToList();
        var widths = Enumerable.Range(0, header.Length - 1).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        await output.WriteLineAsync(Line(header, widths));
        foreach (var row in rows)
        {
            await output.WriteLineAsync(Line(row, widths));
        }

        await output.WriteLineAsync($"{comparison.Count(Verdict.Faster)} faster, {comparison.Count(Verdict.Slower)} slower, {comparison.Count(Verdict.Same)} same, {comparison.Count(Verdict.Inconclusive)} inconclusive. " +
            ComparisonSection.Rule(comparison.Options));
    }

    private static string Line(string[] cells, int[] widths)
    {
        // Numbers right-aligned; the sentence runs free at the end.
        var parts = new string[cells.Length];
        for (var i = 0; i < widths.Length; i++)
        {
            parts[i] = i is >= 1 and <= 3 ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]);
        }

        parts[^1] = cells[^1];
        return string.Join("  ", parts).TrimEnd();
    }
}
