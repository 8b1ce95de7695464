using StateTrace.Engine.Runs;

namespace StateTrace.Tool.Reports;

/// <summary>Everything one run's report reads: the summary (required), and the time series, telemetry and gates when present.</summary>
internal sealed record RunData(string Folder, RunSummary Summary, TimeSeries? TimeSeries, string? TimeSeriesProblem, TelemetrySamples Telemetry, GateTable? Gates)
{
    /// <exception cref="InvalidDataException">The summary is missing, not JSON, or of another schema version.</exception>
    public static RunData Load(string folder)
    {
        var summary = RunSummaryFile.Read(folder);
        TimeSeries? series = null;
        string? problem = null;
        try
        {
            series = TimeSeries.Read(folder);
        }
        catch (InvalidDataException e)
        {
            // A bad time series costs the plots that need it, not the whole report.
            problem = e.Message;
        }

        return new RunData(folder, summary, series, problem, TelemetrySamples.Read(folder), GateTable.Read(folder));
    }
}
