using System.Globalization;
using StateTrace.Engine.Runs;

namespace StateTrace.Tool.Reports;

/// <summary>Bad inputs with file and line (the summary keeps the first 1000), and torn telemetry lines.</summary>
internal static class DiagnosticsSection
{
    public const string Id = "diagnostics";

    /// <summary>Rows shown; a run with a million bad lines still makes a small page.</summary>
    public const int MaxShown = 200;

    public static void Write(HtmlWriter html, RunSummary summary, TelemetrySamples telemetry) => html.Section(Id, "Diagnostics", () =>
    {
        if (telemetry.TornLines > 0)
        {
            html.Paragraph(string.Create(CultureInfo.InvariantCulture,
                $"{telemetry.TornLines} torn telemetry line(s) skipped (line {string.Join(", ", telemetry.TornLineNumbers)}{(telemetry.TornLines > telemetry.TornLineNumbers.Count ? ", …" : "")})."));
        }

        var total = Math.Max(summary.DiagnosticCount, summary.Diagnostics.Count);
        if (total == 0)
        {
            html.Paragraph("No bad input: every file read as intended.");
            return;
        }

        var shown = summary.Diagnostics.Take(MaxShown).ToList();
        html.Paragraph(shown.Count < total
            ? $"{Html.Number(total)} diagnostics; the first {Html.Number(shown.Count)} are listed (all that the summary keeps are in summary.json)."
            : $"{Html.Number(total)} diagnostic(s): bad input that was skipped while the rest of the run completed.");
        html.Table(["File", Cell.Num("Line"), "Host", "Reason"],
            shown.Select(d => (IReadOnlyList<Cell>)[d.File, Cell.Num(d.Line.ToString(CultureInfo.InvariantCulture)), d.Host ?? "–", d.Reason]));
    });
}
