namespace StateTrace.Tool.Reports;

/// <summary>The report of one run (ingest, verify or load), with a before/after comparison when a baseline is given.</summary>
internal sealed class RunReport(RunData run, RunData? baseline, ComparisonOptions options) : ReportWriter
{
    /// <summary>Section ids in page order (the comparison only with a baseline).</summary>
    public static readonly string[] SectionIds =
    [
        ComparisonSection.Id, MachineSection.Id, GatesSection.Id, PassesSection.Id, SitesSection.Id, ThroughputSection.Id, LatencySection.Id,
        DistributionSection.Id, ColdWarmSection.Id, TimelineSection.Id, DiagnosticsSection.Id,
    ];

    public RunComparison? Comparison { get; } = baseline is null ? null : Reports.Comparison.Compare(baseline.Summary, run.Summary, options);

    protected override string Title => baseline is null
        ? $"StateTrace {run.Summary.RunKind} run {run.Summary.RunId}"
        : $"StateTrace {run.Summary.RunId} vs {baseline.Summary.RunId}";

    protected override string Subtitle => $"{run.Summary.RunKind} run on {run.Summary.Machine.CpuModel} ({run.Summary.Machine.Cores} cores, {run.Summary.Machine.StoreKind}), started {Html.Utc(run.Summary.StartedUtc)}" +
        (baseline is null ? "" : $"; baseline {baseline.Summary.RunId}");

    protected override void WriteSections(HtmlWriter html)
    {
        var summary = run.Summary;

        // A before/after report leads with its verdicts (and the machine warning, if any).
        if (Comparison is not null)
        {
            ComparisonSection.Write(html, Comparison);
        }

        MachineSection.Write(html, summary);
        GatesSection.Write(html, run.Gates);

        PassesSection.Write(html, summary);
        SitesSection.Write(html, summary);
        ThroughputSection.Write(html, summary, baseline?.Summary);
        LatencySection.Write(html, summary, baseline?.Summary);
        DistributionSection.Write(html, summary, run.Telemetry);
        ColdWarmSection.Write(html, summary);
        TimelineSection.Write(html, run);
        DiagnosticsSection.Write(html, summary, run.Telemetry);
    }
}
