using System.Globalization;
using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;

namespace StateTrace.Tool.Reports;

/// <summary>
/// The statistics of one metric, before vs after. Perfolizer's Mann–Whitney test answers "is X greater than Y?"; the
/// shift δ is applied to the samples here so what is tested is plain: worse by more than δ → Slower; better by more
/// than δ → Faster; within ±δ in both one-sided tests (TOST) → Same; otherwise Inconclusive, said with the p-values.
/// </summary>
internal static class MetricComparer
{
    /// <summary>Perfolizer's exact p-values carry rounding noise (0.05 comes out as 0.0500000000000000444).</summary>
    private const double Tolerance = 1e-9;

    public static MetricComparison Compare(MetricDefinition metric, IReadOnlyList<double> baseline, IReadOnlyList<double> current, ComparisonOptions options)
    {
        var b = baseline.Where(double.IsFinite).ToArray();
        var c = current.Where(double.IsFinite).ToArray();
        var mb = Median(b);
        var mc = Median(c);
        double? ratio = mb != 0 && double.IsFinite(mb) && double.IsFinite(mc) ? mc / mb : null;
        var delta = Math.Max(options.RelativeThreshold * Math.Abs(double.IsFinite(mb) ? mb : 0), metric.NoiseFloor);
        var samples = $"n = {b.Length} baseline, {c.Length} current";

        MetricComparison Result(Verdict verdict, string sentence, double? pWorse = null, double? pBetter = null) =>
            new(metric, b, c, mb, mc, ratio, delta, verdict, sentence, pWorse, pBetter);

        if (b.Length < options.MinSamples || c.Length < options.MinSamples)
        {
            return Result(Verdict.Inconclusive,
                $"Inconclusive: too few samples ({samples}); at least {options.MinSamples} repetitions per side are needed to test anything.");
        }

        if (b.Order().SequenceEqual(c.Order()))
        {
            return Result(Verdict.Same, $"Same: identical samples ({samples}).");
        }

        // "x is greater than y" as a p-value; a higher latency and a lower throughput are both worse.
        double Greater(double[] x, double[] y) => MannWhitneyTest.Instance.Perform(new Sample(x), new Sample(y), AlternativeHypothesis.Greater, Threshold.Zero).PValue;
        var bUp = b.Select(v => v + delta).ToArray();
        var cUp = c.Select(v => v + delta).ToArray();
        var bDown = b.Select(v => v - delta).ToArray();
        var pWorse = metric.HigherIsBetter ? Greater(b, cUp) : Greater(c, bUp);
        var pBetter = metric.HigherIsBetter ? Greater(c, bUp) : Greater(b, cUp);
        var bound = $"{metric.Format(delta)} ({Html.Percent(options.RelativeThreshold, 0)} of the baseline median or the {metric.Format(metric.NoiseFloor)} noise floor, whichever is larger)";
        var medians = $"median {metric.Format(mc)} vs {metric.Format(mb)}{(ratio is double r ? $" ({Signed(r - 1)})" : "")}";

        if (pWorse <= options.Alpha + Tolerance)
        {
            return Result(Verdict.Slower, $"Slower: {medians}; worse by more than {bound}, Mann–Whitney p = {P(pWorse)} ({samples}).", pWorse, pBetter);
        }

        if (pBetter <= options.Alpha + Tolerance)
        {
            return Result(Verdict.Faster, $"Faster: {medians}; better by more than {bound}, Mann–Whitney p = {P(pBetter)} ({samples}).", pWorse, pBetter);
        }

        var pBelowUpper = Greater(bUp, c);
        var pAboveLower = Greater(c, bDown);
        var pSame = Math.Max(pBelowUpper, pAboveLower);
        if (pSame <= options.Alpha + Tolerance)
        {
            return Result(Verdict.Same, $"Same: {medians}; within ±{bound}, p = {P(pSame)} for both bounds ({samples}).", pWorse, pBetter);
        }

        return Result(Verdict.Inconclusive,
            $"Inconclusive: {medians}; the repetitions overlap too much to call it faster, slower or the same within ±{bound} " +
            $"(p = {P(pWorse)} worse, {P(pBetter)} better, {P(pSame)} same; {samples}); run more repetitions.", pWorse, pBetter);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static string P(double p) => p < 0.001 ? "< 0.001" : p.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Signed(double change) => (change >= 0 ? "+" : "−") + Html.Percent(Math.Abs(change));
}
