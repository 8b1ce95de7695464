using System.Globalization;
using StateTrace.Engine.Gates;

namespace StateTrace.Tool.Reports;

/// <summary>One gate verdict as the report shows it.</summary>
internal sealed record GateRow(string Name, string Metric, string Threshold, string Measured, long Samples, GateStatus Verdict, string Reason)
{
    public bool Failed => Verdict is GateStatus.Fail or GateStatus.InsufficientData;
}

/// <summary>
/// A run's <c>gates.json</c> (written by <c>statetrace gate</c> and <c>verify</c>), read through the gate report's own
/// version-checked reader. A report with an unreadable gates file still renders and says why.
/// </summary>
internal sealed record GateTable(IReadOnlyList<GateRow> Rows, string? Problem)
{
    public static GateTable? Read(string runFolder)
    {
        var path = Path.Combine(runFolder, GateReportFile.FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var report = GateReportFile.Read(path);
            return new GateTable(report.Verdicts.Select(v => new GateRow(v.Name, v.Metric, v.Threshold, v.Measured, v.Samples, v.Verdict, v.Reason)).ToList(), null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return new GateTable([], e.Message);
        }
    }

    /// <summary>Green: nothing failed and nothing lacked data (n/a gates do not count against a run).</summary>
    public bool Green => Problem is null && !Rows.Any(r => r.Failed);

    public static string Samples(GateRow row) => row.Verdict == GateStatus.NotApplicable ? "–" : row.Samples.ToString(CultureInfo.InvariantCulture);
}
