using System.Globalization;
using StateTrace.Engine.Runs;

namespace StateTrace.Tool.Reports;

/// <summary>One row per pass and repetition: counts, time and throughput.</summary>
internal static class PassesSection
{
    public const string Id = "passes";

    public static void Write(HtmlWriter html, RunSummary summary) => html.Section(Id, "Passes", () =>
    {
        if (summary.Passes.Count == 0)
        {
            html.Missing("This run recorded no passes.");
            return;
        }

        html.Table(["Pass", Cell.Num("Rep"), Cell.Num("Hosts parsed"), Cell.Num("Skipped"), Cell.Num("Failed"), Cell.Num("Input"), Cell.Num("Rows written"),
                Cell.Num("Seconds"), Cell.Num("MB/s"), Cell.Num("Hosts/s"), Cell.Num("Rows/s"), Cell.Num("Cache hits")],
            summary.Passes.Select(p => (IReadOnlyList<Cell>)
            [
                p.Pass,
                Cell.Num(p.Repetition.ToString(CultureInfo.InvariantCulture)),
                Cell.Num(Html.Number(p.HostsParsed)),
                Cell.Num(Html.Number(p.HostsSkipped)),
                Cell.Num(Html.Number(p.HostsFailed)),
                Cell.Num(Html.Megabytes(p.Bytes)),
                Cell.Num(Html.Number(p.RowsWritten)),
                Cell.Num(Html.Number(p.DurationSeconds, 2)),
                Cell.Num(Html.Number(p.Throughput.MegabytesPerSecond, 2)),
                Cell.Num(Html.Number(p.Throughput.HostsPerSecond, 1)),
                Cell.Num(Html.Number(p.Throughput.RowsPerSecond, 0)),
                Cell.Num(p.CacheHitRatio is double hit ? Html.Percent(hit) : "–"),
            ]));
    });
}
