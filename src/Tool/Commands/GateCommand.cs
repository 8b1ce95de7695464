using System.CommandLine;
using System.Globalization;
using StateTrace.Engine.Gates;
using StateTrace.Engine.Runs;

namespace StateTrace.Tool.Commands;

/// <param name="Run">A run folder, its summary.json, or a run id under <c>&lt;root&gt;/runs</c>.</param>
/// <param name="GatesFile">A gates file overriding the catalogue's defaults (<see cref="GateSettings"/>).</param>
/// <param name="JsonOut">Where the verdicts go as JSON; default <c>&lt;run&gt;/gates.json</c>.</param>
internal sealed record GateArgs(string Run, string? GatesFile = null, string? JsonOut = null, string? Root = null);

/// <summary>
/// <c>statetrace gate &lt;run&gt;</c>: the gate catalogue (design §6) against a run's summary and telemetry. Exit 1 when a
/// gate failed, else 5 when one had insufficient data, else 3 when telemetry lines were torn, else 0.
/// </summary>
internal static class GateCommand
{
    private const string TelemetryFileName = "telemetry.ndjson";

    public static Command Create()
    {
        var run = new Argument<string>("run") { Description = "A run folder (runs/<run-id>), its summary.json, or a run id under <root>/runs." };
        var gates = new Option<string?>("--gates") { Description = "A gates file overriding thresholds and minimum samples, or switching gates off." };
        var json = new Option<string?>("--json") { Description = "Write the verdicts as JSON here (default: <run>/gates.json)." };
        var command = new Command("gate", "Check a run against the gate catalogue: thresholds, minimum samples, verdicts.") { run, gates, json };
        command.SetAction(async (result, ct) => (int)await RunAsync(
            new GateArgs(result.GetValue(run)!, result.GetValue(gates), result.GetValue(json), CommonOptions.ResolveRoot(result)), Console.Out, ct));
        return command;
    }

    internal static async Task<ExitCode> RunAsync(GateArgs args, TextWriter output, CancellationToken ct)
    {
        var folder = ResolveRunFolder(args.Run, args.Root);
        var (summary, telemetry, verdicts) = Evaluate(args.Run, folder, args.GatesFile);
        ct.ThrowIfCancellationRequested();
        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(c,
            $"Run {summary.RunId} ({summary.RunKind}): {Count(verdicts, GateStatus.Pass)} passed, {Count(verdicts, GateStatus.Fail)} failed, " +
            $"{Count(verdicts, GateStatus.InsufficientData)} insufficient data, {Count(verdicts, GateStatus.NotApplicable)} n/a."));
        await WriteTableAsync(verdicts, output);
        await output.WriteLineAsync(TelemetryLine(telemetry));

        var jsonPath = args.JsonOut ?? Path.Combine(folder, GateReportFile.FileName);
        GateReportFile.Write(jsonPath, GateReport.Create(summary.RunId, summary.RunKind, args.GatesFile is null ? null : Path.GetFullPath(args.GatesFile), telemetry, verdicts));
        await output.WriteLineAsync($"Verdicts: {jsonPath}");

        var code = (ExitCode)GateVerdicts.ExitCode(verdicts);
        return telemetry.TornLines > 0 ? ExitCodes.Combine(code, ExitCode.BadInput) : code;
    }

    /// <summary>The verdicts of a run folder (or summary.json) for <c>verify</c> to report at its end.</summary>
    /// <exception cref="UsageException">The summary is missing, corrupt or of another schema version, or the gates file is bad.</exception>
    internal static IReadOnlyList<GateVerdict> EvaluateRun(string runFolder, string? gatesFile) =>
        Evaluate(runFolder, ResolveRunFolder(runFolder, null), gatesFile).Verdicts;

    internal static async Task WriteTableAsync(IReadOnlyList<GateVerdict> verdicts, TextWriter output)
    {
        string[] header = ["Gate", "Threshold", "Measured", "Samples", "Verdict", "Reason"];
        var rows = verdicts.Select(v => new[]
        {
            v.Name, v.Threshold, v.Measured,
            v.Verdict == GateStatus.NotApplicable ? "–" : v.Samples.ToString(CultureInfo.InvariantCulture),
            Label(v.Verdict), v.Reason,
        }).ToList();
        var widths = new int[header.Length - 1];
        for (var i = 0; i < widths.Length; i++)
        {
            widths[i] = rows.Select(r => r[i].Length).Append(header[i].Length).Max();
        }

        await output.WriteLineAsync(Line(header, widths));
        foreach (var row in rows)
        {
            await output.WriteLineAsync(Line(row, widths));
        }
    }

    private static string Line(string[] cells, int[] widths)
    {
        // Samples read best right-aligned; the reason runs free at the end.
        var parts = new string[cells.Length];
        for (var i = 0; i < widths.Length; i++)
        {
            parts[i] = i == 3 ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]);
        }

        parts[^1] = cells[^1];
        return string.Join("  ", parts).TrimEnd();
    }

    private static string Label(GateStatus status) => status switch
    {
        GateStatus.Pass => "pass",
        GateStatus.Fail => "FAIL",
        GateStatus.InsufficientData => "insufficient data",
        _ => "n/a",
    };

    private static int Count(IReadOnlyList<GateVerdict> verdicts, GateStatus status) => verdicts.Count(v => v.Verdict == status);

    private static string TelemetryLine(TelemetryReadResult telemetry)
    {
        if (!telemetry.Found)
        {
            return $"Telemetry: none at {telemetry.Path}; the telemetry gates have no data.";
        }

        if (telemetry.TornLines == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Telemetry: {telemetry.Events} events, no torn lines.");
        }

        var lines = string.Join(", ", telemetry.TornLineNumbers);
        var more = telemetry.TornLines > telemetry.TornLineNumbers.Count ? ", …" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"Telemetry: {telemetry.Events} events; {telemetry.TornLines} torn lines skipped (line {lines}{more}) in {telemetry.Path}.");
    }

    private static (RunSummary Summary, TelemetryReadResult Telemetry, IReadOnlyList<GateVerdict> Verdicts) Evaluate(string given, string folder, string? gatesFile)
    {
        GateSettings settings;
        try
        {
            settings = gatesFile is null ? GateSettings.Default : GateSettings.Load(gatesFile);
        }
        catch (GateSettingsException e)
        {
            throw new UsageException(e.Message);
        }

        RunSummary summary;
        try
        {
            summary = RunSummaryFile.Read(File.Exists(given) ? given : folder);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException(e.Message);
        }

        var telemetry = TelemetryReader.Read(Path.Combine(folder, TelemetryFileName));
        return (summary, telemetry, GateEvaluator.Evaluate(summary, telemetry, settings));
    }

    private static string ResolveRunFolder(string run, string? root)
    {
        if (Directory.Exists(run))
        {
            return Path.GetFullPath(run);
        }

        if (File.Exists(run))
        {
            return Path.GetDirectoryName(Path.GetFullPath(run))!;
        }

        if (root is not null && Directory.Exists(Path.Combine(root, "runs", run)))
        {
            return Path.Combine(root, "runs", run);
        }

        throw new UsageException($"No run folder or summary at {run}{(root is null ? "" : $" (nor {Path.Combine(root, "runs", run)})")}.");
    }
}
