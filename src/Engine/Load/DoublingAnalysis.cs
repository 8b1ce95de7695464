using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;

namespace StateTrace.Engine.Load;

/// <summary>
/// Is the replay slower over twice the sites? Per repetition the sample is the time to replay the same bytes; the
/// verdict comes from one-sided Mann–Whitney tests (Perfolizer) with the relative threshold built in, as
/// BenchmarkDotNet's and ResultsComparer's equivalence tests do:
/// <list type="bullet">
/// <item><b>Slower</b>: after &gt; before × (1 + threshold) is significant at alpha.</item>
/// <item><b>Faster</b>: before &gt; after × (1 + threshold) is significant.</item>
/// <item><b>Same</b>: both after &lt; before × (1 + threshold) and after &gt; before × (1 − threshold) are significant (TOST).</item>
/// <item><b>Inconclusive</b>: none of these, or too few repetitions (the test needs ≥ 3 per side and ≥ 5 on one side).</item>
/// </list>
/// The slowdown reported is the ratio of medians minus one, in percent.
/// </summary>
public static class DoublingAnalysis
{
    public static DoublingStats Compare(int sitesBefore, int sitesAfter, IReadOnlyList<double> before, IReadOnlyList<double> after, double thresholdPercent, double alpha)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var slowdown = before.Count == 0 || after.Count == 0 || Median(before) <= 0 ? 0 : Math.Round((Median(after) / Median(before) - 1) * 100, 3);
        DoublingStats Result(string verdict, double? p, string reason) =>
            new(sitesBefore, sitesAfter, before, after, slowdown, verdict, thresholdPercent, alpha, p, reason);

        if (Math.Min(before.Count, after.Count) < 3 || Math.Max(before.Count, after.Count) < 5)
        {
            return Result("Inconclusive", null, $"{before.Count} and {after.Count} repetitions; Mann–Whitney needs at least 3 per side and 5 on one side");
        }

        var x = new Sample([.. after]);
        var y = new Sample([.. before]);
        var threshold = PercentValue.Of(thresholdPercent).ToThreshold();
        var test = MannWhitneyTest.Instance;
        var slower = test.GetPValue(x, y, AlternativeHypothesis.Greater, threshold).Value;
        if (slower < alpha)
        {
            return Result("Slower", slower, $"after > before × {1 + (thresholdPercent / 100):0.###} (p = {slower:0.####})");
        }

        var faster = test.GetPValue(y, x, AlternativeHypothesis.Greater, threshold).Value;
        if (faster < alpha)
        {
            return Result("Faster", slower, $"before > after × {1 + (thresholdPercent / 100):0.###} (p = {faster:0.####})");
        }

        var upper = test.GetPValue(y * (1 + (thresholdPercent / 100)), x, AlternativeHypothesis.Greater, Threshold.Zero).Value;
        var lower = test.GetPValue(x, y * (1 - (thresholdPercent / 100)), AlternativeHypothesis.Greater, Threshold.Zero).Value;
        return upper < alpha && lower < alpha
            ? Result("Same", slower, $"within ±{thresholdPercent:0.###} % (TOST p = {Math.Max(upper, lower):0.####})")
            : Result("Inconclusive", slower, $"neither slower, faster nor within ±{thresholdPercent:0.###} % at alpha {alpha:0.####}");
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
