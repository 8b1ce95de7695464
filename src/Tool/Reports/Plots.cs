using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;
using SkiaSharp;

namespace StateTrace.Tool.Reports;

/// <summary>
/// ScottPlot 5 → inline SVG strings. Plotting lives here, in the Tool, never in the Engine. Every series is
/// down-sampled to <see cref="DownSample.MaxPoints"/> points so a report of a 1 GB run stays small.
/// </summary>
internal static partial class Plots
{
    public const int Width = 640;
    public const int Height = 320;

    /// <summary>Fonts ScottPlot may use, best first; without an installed font it silently drops every label.</summary>
    private static readonly string[] PreferredFonts = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Segoe UI"];

    /// <summary>ScottPlot's font cache and Skia's SVG canvas share statics; reports may render in parallel (tests do).</summary>
    private static readonly Lock RenderGate = new();
    private static int plotNumber;

    static Plots()
    {
        var installed = SKFontManager.Default.GetFontFamilies();
        var font = PreferredFonts.FirstOrDefault(f => installed.Contains(f, StringComparer.OrdinalIgnoreCase)) ?? installed.FirstOrDefault();
        if (font is not null)
        {
            Fonts.Default = font;
        }
    }

    public static Color PaletteColor(int index) => new ScottPlot.Palettes.Category10().GetColor(index);

    public static string Lines(string title, string xLabel, string yLabel, IEnumerable<PlotSeries> series, IEnumerable<PlotMark>? marks = null,
        IReadOnlyList<(double Position, string Label)>? xTicks = null, int width = Width, int height = Height,
        IReadOnlyList<(double Position, string Label)>? yTicks = null)
    {
        var plot = NewPlot(title, xLabel, yLabel);
        var index = 0;
        var named = 0;
        foreach (var s in series)
        {
            var (xs, ys) = DownSample.MinMax(s.X, s.Y);
            if (xs.Length == 0)
            {
                index++;
                continue;
            }

            // Skia's SVG back end cannot draw dash patterns (it says so on stdout and draws solid lines), so a
            // secondary series is told apart by a paler colour and open markers instead.
            var scatter = plot.Add.Scatter(xs, ys);
            scatter.Color = s.Secondary ? PaletteColor(s.Color ?? index).WithAlpha(0.45) : PaletteColor(s.Color ?? index);
            scatter.LineWidth = s.Lines ? (s.Secondary ? 1.2f : 1.5f) : 0;
            scatter.MarkerSize = s.Markers ? 5 : 0;
            scatter.MarkerShape = s.Secondary ? MarkerShape.OpenCircle : MarkerShape.FilledCircle;
            if (!string.IsNullOrEmpty(s.Name))
            {
                scatter.LegendText = s.Name;
                named++;
            }

            index++;
        }

        foreach (var mark in marks ?? [])
        {
            if (mark.Line)
            {
                var line = plot.Add.VerticalLine(mark.X);
                line.Color = Colors.Red;
                line.LineWidth = 1.5f;
                line.Text = mark.Label;
                line.LabelFontColor = Colors.White;
                line.LabelBackgroundColor = Colors.Red;
            }

            if (mark.Y is double y)
            {
                var marker = plot.Add.Marker(mark.X, y);
                marker.Shape = mark.Line ? MarkerShape.FilledTriangleUp : MarkerShape.OpenCircle;
                marker.Size = mark.Line ? 12 : 11;
                marker.Color = mark.Line ? Colors.Red : Colors.DarkOrange;
            }
        }

        if (xTicks is { Count: > 0 })
        {
            plot.Axes.Bottom.SetTicks(xTicks.Select(t => t.Position).ToArray(), xTicks.Select(t => t.Label).ToArray());
        }

        if (yTicks is { Count: > 0 })
        {
            plot.Axes.Left.SetTicks(yTicks.Select(t => t.Position).ToArray(), yTicks.Select(t => t.Label).ToArray());
        }

        // Below the plot, where it hides no data; one series needs none.
        if (named > 1)
        {
            plot.ShowLegend(Edge.Bottom);
        }

        return Render(plot, width, height);
    }

    /// <summary>Grouped bars, one group per category.</summary>
    public static string Bars(string title, string valueLabel, IReadOnlyList<string> categories, IReadOnlyList<BarSeries> series, bool horizontal = false,
        int width = Width, int height = Height)
    {
        var plot = NewPlot(title, horizontal ? valueLabel : "", horizontal ? "" : valueLabel);
        var groupWidth = 0.8;
        var barWidth = groupWidth / Math.Max(1, series.Count);
        for (var s = 0; s < series.Count; s++)
        {
            var bars = new List<Bar>();
            for (var c = 0; c < categories.Count; c++)
            {
                var value = c < series[s].Values.Count ? series[s].Values[c] : double.NaN;
                if (!double.IsFinite(value))
                {
                    continue;
                }

                bars.Add(new Bar
                {
                    Position = c - groupWidth / 2 + barWidth * (s + 0.5),
                    Value = value,
                    Size = barWidth * 0.95,
                    FillColor = PaletteColor(series[s].Color ?? s),
                    LineWidth = 0,
                });
            }

            var plotted = plot.Add.Bars(bars);
            plotted.Horizontal = horizontal;
            if (series.Count > 1 && !string.IsNullOrEmpty(series[s].Name))
            {
                plotted.LegendText = series[s].Name;
            }
        }

        var positions = Enumerable.Range(0, categories.Count).Select(i => (double)i).ToArray();
        var labels = categories.ToArray();
        if (horizontal)
        {
            plot.Axes.Left.SetTicks(positions, labels);
            plot.Axes.Margins(left: 0);
        }
        else
        {
            plot.Axes.Bottom.SetTicks(positions, labels);
            plot.Axes.Margins(bottom: 0);
        }

        if (series.Count > 1)
        {
            plot.ShowLegend(Edge.Bottom);
        }

        return Render(plot, width, height);
    }

    /// <summary>
    /// Latency distributions as histograms over log-spaced bins (latencies span decades: 0.01 ms to seconds); several
    /// series overlay with transparency.
    /// </summary>
    public static string Histogram(string title, string unit, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series, int bins = 40)
    {
        var plot = NewPlot(title, unit + " (log scale)", "hosts");
        var positive = series.SelectMany(s => s.Values).Where(v => double.IsFinite(v) && v > 0).ToArray();
        if (positive.Length == 0)
        {
            return Render(plot, Width, Height);
        }

        var lo = Math.Floor(Math.Log10(positive.Min()) * 4) / 4;
        var hi = Math.Ceiling(Math.Log10(positive.Max()) * 4) / 4;
        if (hi - lo < 0.25)
        {
            hi = lo + 0.25;
        }

        var binWidth = (hi - lo) / bins;
        var floor = Math.Pow(10, lo);
        for (var s = 0; s < series.Count; s++)
        {
            var counts = new double[bins];
            foreach (var v in series[s].Values)
            {
                if (!double.IsFinite(v))
                {
                    continue;
                }

                var bin = (int)((Math.Log10(Math.Max(v, floor)) - lo) / binWidth);
                counts[Math.Clamp(bin, 0, bins - 1)]++;
            }

            var color = PaletteColor(s).WithAlpha(series.Count > 1 ? 0.55 : 0.85);
            var bars = counts.Select((count, i) => new Bar
            {
                Position = lo + binWidth * (i + 0.5),
                Value = count,
                Size = binWidth,
                FillColor = color,
                LineWidth = 0,
            }).Where(b => b.Value > 0).ToList();
            var plotted = plot.Add.Bars(bars);
            if (series.Count > 1)
            {
                plotted.LegendText = series[s].Name;
            }
        }

        // 1-2-5 ticks: a range narrower than a decade still gets labels.
        var ticks = new List<(double, string)>();
        for (var k = (int)Math.Floor(lo); k <= (int)Math.Ceiling(hi); k++)
        {
            foreach (var m in (ReadOnlySpan<double>)[1, 2, 5])
            {
                var position = k + Math.Log10(m);
                if (position >= lo - 1e-9 && position <= hi + 1e-9)
                {
                    ticks.Add((position, (m * Math.Pow(10, k)).ToString("0.####", CultureInfo.InvariantCulture)));
                }
            }
        }

        plot.Axes.Bottom.SetTicks(ticks.Select(t => t.Item1).ToArray(), ticks.Select(t => t.Item2).ToArray());
        plot.Axes.SetLimitsX(lo, hi);
        plot.Axes.Margins(bottom: 0);
        if (series.Count > 1)
        {
            plot.ShowLegend(Edge.Bottom);
        }

        return Render(plot, Width, Height);
    }

    private static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title, size: 14);
        plot.XLabel(xLabel, size: 12);
        plot.YLabel(yLabel, size: 12);
        return plot;
    }

    /// <summary>
    /// SVG fit to sit inline in HTML: no XML declaration, no namespace URLs (nothing on the page points outside it),
    /// and ids made unique per plot, since every ScottPlot SVG numbers its clip paths from the same start.
    /// </summary>
    private static string Render(Plot plot, int width, int height)
    {
        string svg;
        lock (RenderGate)
        {
            svg = plot.GetSvgXml(width, height);
        }

        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start > 0 ? svg[start..] : svg;
        svg = NamespaceAttribute().Replace(svg, "");
        var prefix = "p" + Interlocked.Increment(ref plotNumber).ToString(CultureInfo.InvariantCulture) + "-";
        svg = IdAttribute().Replace(svg, m => m.Groups[1].Value + prefix + m.Groups[2].Value);
        // A viewBox lets the page scale the plot down on a narrow window.
        return svg.Insert(svg.IndexOf("<svg", StringComparison.Ordinal) + 4, $" viewBox=\"0 0 {width} {height}\" role=\"img\"").Trim();
    }

    [GeneratedRegex(@"\s+xmlns(:\w+)?=""[^""]*""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamespaceAttribute();

    [GeneratedRegex("""(\bid="|url\(#|href="#)([^")]+)""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IdAttribute();
}
