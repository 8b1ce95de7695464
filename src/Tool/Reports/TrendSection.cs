using System.Globalization;

namespace StateTrace.Tool.Reports;

/// <summary>The history report's sections: the runs, one trend plot per primary metric with change points marked, and the change points.</summary>
internal static class TrendSection
{
    public const string HistoryId = "history";
    public const string TrendsId = "trends";
    public const string ChangePointsId = "change-points";

    public static void WriteHistory(HtmlWriter html, TrendHistory history) => html.Section(HistoryId, "Runs", () =>
    {
        if (history.Machine is { } machine)
        {
            html.Definitions(MachineSection.Machine(machine));
        }

        if (history.OtherFingerprints.Count > 0)
        {
            html.Paragraph($"Left out: runs of other machine fingerprints ({string.Join(", ", history.OtherFingerprints.Select(p => $"{p.Key}: {p.Value} run(s)"))}); trends compare one machine with itself.");
        }

        foreach (var problem in history.Unreadable)
        {
            html.Missing("Unreadable run: " + problem);
        }

        html.Table([Cell.Num("#"), "Run", "Kind", "Started", "Commit", "Green"],
            history.Runs.Select((r, i) => (IReadOnlyList<Cell>)
            [
                Cell.Num((i + 1).ToString(CultureInfo.InvariantCulture)), r.RunId, r.RunKind, Html.Utc(r.Started), r.Commit.Length > 12 ? r.Commit[..12] : r.Commit,
                r.Green ? new Cell("yes", "verdict-pass") : new Cell("no", "verdict-fail"),
            ]));
        html.Paragraph("Green: the run exited 0 and no gate in its gates.json failed. Only green runs enter the rolling median.");
    });

    public static void WriteTrends(HtmlWriter html, TrendHistory history, IReadOnlyList<TrendSeries> series, TrendOptions options) => html.Section(TrendsId, "Trends", () =>
    {
        html.Paragraph($"Rule: a run breaches when a metric is worse than the median of the previous {options.Window} green runs by more than " +
            $"{Html.Percent(options.RelativeThreshold, 0)} (and the metric's noise floor); two breaches in a row make a change point (red line). " +
            $"Runs with fewer than {options.MinWindow} green runs before them are not judged.");
        if (series.Count == 0)
        {
            html.Missing("No primary metric was measured in these runs.");
            return;
        }

        var ticks = Ticks(history);
        html.OpenGrid();
        foreach (var s in series)
        {
            var values = new PlotSeries(s.Metric.Label, s.Points.Select(p => (double)p.Index + 1).ToList(), s.Points.Select(p => p.Value).ToList()) { Color = 0 };
            var window = s.Points.Where(p => p.WindowMedian is not null).ToList();
            var median = new PlotSeries("rolling median", window.Select(p => (double)p.Index + 1).ToList(), window.Select(p => p.WindowMedian!.Value).ToList())
            {
                Secondary = true,
                Markers = false,
                Color = 7,
            };
            var marks = s.Points.Where(p => p.Breach).Select(p => new PlotMark(p.Index + 1, p.Value, "", Line: false))
                .Concat(s.ChangePoints.Select(c => new PlotMark(c.Index + 1, c.Value, "change point", Line: true)));
            html.Plot(Plots.Lines(s.Metric.Label, "run", s.Metric.Unit, [values, median], marks, ticks, width: 460, height: 300),
                $"{s.Metric.Label} per run (median over its repetitions); open circles breach the rolling median" +
                (s.ChangePoints.Count == 0 ? "." : $"; change point at run {string.Join(", ", s.ChangePoints.Select(c => c.Index + 1))}."));
        }

        html.CloseGrid();
    });

    public static void WriteChangePoints(HtmlWriter html, IReadOnlyList<TrendSeries> series, TrendOptions options) => html.Section(ChangePointsId, "Change points", () =>
    {
        var changes = series.SelectMany(s => s.ChangePoints).ToList();
        if (changes.Count == 0)
        {
            html.Paragraph($"No change points: no primary metric was worse than its rolling median by more than {Html.Percent(options.RelativeThreshold, 0)} two runs in a row.");
            return;
        }

        html.Banner("change-point-alert", "danger", $"{changes.Count} change point(s).", changes.Select(c => $"{c.Metric.Label} at run {c.Index + 1} ({c.RunId})"));
        html.Table(["Metric", Cell.Num("#"), "Run", Cell.Num("Value"), Cell.Num("Rolling median"), Cell.Num("Change"), "Confirmed by"],
            changes.Select(c => (IReadOnlyList<Cell>)
            [
                c.Metric.Label, Cell.Num((c.Index + 1).ToString(CultureInfo.InvariantCulture)), c.RunId, Cell.Num(c.Metric.Format(c.Value)),
                Cell.Num(c.Metric.Format(c.BaselineMedian)), Cell.Num(double.IsFinite(c.Change) ? (c.Change >= 0 ? "+" : "−") + Html.Percent(Math.Abs(c.Change)) : "–"), c.ConfirmedBy,
            ]));
    });

    /// <summary>At most a dozen run numbers along the axis.</summary>
    private static List<(double, string)> Ticks(TrendHistory history)
    {
        var step = Math.Max(1, (int)Math.Ceiling(history.Runs.Count / 12.0));
        return Enumerable.Range(1, history.Runs.Count).Where(i => (i - 1) % step == 0).Select(i => ((double)i, i.ToString(CultureInfo.InvariantCulture))).ToList();
    }
}
