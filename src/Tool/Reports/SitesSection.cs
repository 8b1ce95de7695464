using StateTrace.Engine.Diagnostics;
using StateTrace.Engine.Runs;
using StateTrace.Engine.Sites;

namespace StateTrace.Tool.Reports;

/// <summary>Per site and pass (first repetition): hosts, rows, bytes, the site's share of the pass's MB/s, and errors.</summary>
internal static class SitesSection
{
    public const string Id = "sites";

    public static void Write(HtmlWriter html, RunSummary summary) => html.Section(Id, "Sites", () =>
    {
        var passes = FirstRepetitions(summary).Where(p => p.Sites.Count > 0).ToList();
        if (passes.Count == 0)
        {
            html.Missing("This run recorded no per-site counts.");
            return;
        }

        var diagnostics = DiagnosticsBySite(summary.Diagnostics);
        html.Table(["Pass", "Site", Cell.Num("Hosts parsed"), Cell.Num("Skipped"), Cell.Num("Failed"), Cell.Num("Diagnostics"), Cell.Num("Rows written"), Cell.Num("Input"), Cell.Num("MB/s")],
            passes.SelectMany(p => p.Sites.Select(s => (IReadOnlyList<Cell>)
            [
                p.Pass,
                s.Site,
                Cell.Num(Html.Number(s.HostsParsed)),
                Cell.Num(Html.Number(s.HostsSkipped)),
                new(Html.Number(s.HostsFailed), s.HostsFailed > 0 ? "num verdict-fail" : "num"),
                Cell.Num(Html.Number(diagnostics.GetValueOrDefault(s.Site))),
                Cell.Num(Html.Number(s.RowsWritten)),
                Cell.Num(Html.Megabytes(s.Bytes)),
                Cell.Num(Html.Number(SiteMegabytesPerSecond(p, s), 2)),
            ])));
        html.Paragraph("MB/s per site is the site's input divided by the pass's duration: its share of the pass's throughput. Diagnostics counts the listed ones whose host belongs to the site.");
    });

    public static IReadOnlyList<PassSummary> FirstRepetitions(RunSummary summary) =>
        summary.Passes.GroupBy(p => p.Pass, StringComparer.OrdinalIgnoreCase).Select(g => g.OrderBy(p => p.Repetition).First()).ToList();

    public static double SiteMegabytesPerSecond(PassSummary pass, SiteSummary site) =>
        pass.DurationSeconds > 0 ? site.Bytes / 1e6 / pass.DurationSeconds : double.NaN;

    private static Dictionary<string, long> DiagnosticsBySite(IEnumerable<Diagnostic> diagnostics)
    {
        var counts = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in diagnostics)
        {
            if (!string.IsNullOrEmpty(d.Host))
            {
                var site = SiteNames.SiteOf(d.Host);
                counts[site] = counts.GetValueOrDefault(site) + 1;
            }
        }

        return counts;
    }
}
