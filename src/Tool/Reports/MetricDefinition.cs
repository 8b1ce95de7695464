namespace StateTrace.Tool.Reports;

/// <summary>
/// A primary metric: what it is, which way is better, and its noise floor — the smallest difference in its own unit
/// that counts at all, however small the relative threshold makes it (0.20 vs 0.25 ms is not a 25 % regression).
/// </summary>
internal sealed record MetricDefinition(string Key, string Label, string Unit, bool HigherIsBetter, double NoiseFloor)
{
    public string Format(double value) => Unit switch
    {
        "ms" => Html.Milliseconds(value),
        "ns" => Nanoseconds(value),
        "B" => Html.Number(value, 0) + " B",
        _ => Html.Number(value, Math.Abs(value) >= 100 ? 0 : Math.Abs(value) >= 1 ? 2 : 3) + " " + Unit,
    };

    private static string Nanoseconds(double ns) => !double.IsFinite(ns) ? "–"
        : ns >= 1e9 ? Html.Number(ns / 1e9, 3) + " s"
        : ns >= 1e6 ? Html.Number(ns / 1e6, 3) + " ms"
        : ns >= 1e3 ? Html.Number(ns / 1e3, 3) + " µs"
        : Html.Number(ns, 2) + " ns";
}

/// <summary>A metric and its samples, one per repetition.</summary>
internal sealed record MetricSamples(MetricDefinition Metric, IReadOnlyList<double> Values);
