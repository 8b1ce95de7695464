using StateTrace.Engine.Gates;

namespace StateTrace.Tool.Reports;

/// <summary>The gate verdicts of <c>gates.json</c>, or a plain sentence that there are none.</summary>
internal static class GatesSection
{
    public const string Id = "gates";

    public static void Write(HtmlWriter html, GateTable? gates) => html.Section(Id, "Gate verdicts", () =>
    {
        if (gates is null)
        {
            html.Missing("No gate verdicts for this run (no gates.json; run 'statetrace gate <run>' to make them).");
            return;
        }

        if (gates.Problem is not null)
        {
            html.Missing("No gate verdicts: " + gates.Problem);
            return;
        }

        if (gates.Rows.Count == 0)
        {
            html.Missing("No gate verdicts: gates.json lists none.");
            return;
        }

        var failed = gates.Rows.Count(r => r.Verdict == GateStatus.Fail);
        var insufficient = gates.Rows.Count(r => r.Verdict == GateStatus.InsufficientData);
        var passed = gates.Rows.Count(r => r.Verdict == GateStatus.Pass);
        if (failed + insufficient > 0)
        {
            html.Banner("gates-failed", "danger", $"{failed} gate(s) failed, {insufficient} had insufficient data.", gates.Rows.Where(r => r.Failed).Select(r => $"{r.Name}: {r.Reason}"));
        }
        else
        {
            html.Banner("gates-passed", "ok", $"All {passed} applicable gates passed.", []);
        }

        html.Table(["Gate", "Metric", "Threshold", "Measured", Cell.Num("Samples"), "Verdict", "Reason"],
            gates.Rows.Select(r => (IReadOnlyList<Cell>)[r.Name, r.Metric, r.Threshold, r.Measured, Cell.Num(GateTable.Samples(r)), Label(r.Verdict), r.Reason]));
    });

    private static Cell Label(GateStatus verdict) => verdict switch
    {
        GateStatus.Pass => new Cell("pass", "verdict-pass"),
        GateStatus.Fail => new Cell("FAIL", "verdict-fail"),
        GateStatus.InsufficientData => new Cell("insufficient data", "verdict-insufficient"),
        _ => new Cell("n/a", "verdict-na"),
    };
}
