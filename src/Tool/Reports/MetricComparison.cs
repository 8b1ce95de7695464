namespace StateTrace.Tool.Reports;

/// <summary>One row of a before/after table: the samples, their medians, the verdict and the sentence that explains it.</summary>
/// <param name="Ratio">Current median ÷ baseline median (null when the baseline median is 0).</param>
/// <param name="Delta">The shift the test used: the larger of the relative threshold and the noise floor, in the metric's unit.</param>
/// <param name="PWorse">Mann–Whitney p-value that the current run is worse by more than <paramref name="Delta"/>.</param>
/// <param name="PBetter">Mann–Whitney p-value that the current run is better by more than <paramref name="Delta"/>.</param>
internal sealed record MetricComparison(MetricDefinition Metric, IReadOnlyList<double> Baseline, IReadOnlyList<double> Current,
    double BaselineMedian, double CurrentMedian, double? Ratio, double Delta, Verdict Verdict, string Sentence, double? PWorse, double? PBetter);
