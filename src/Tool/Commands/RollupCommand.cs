using System.CommandLine;
using System.Text.Json;
using StateTrace.Engine.Telemetry;

namespace StateTrace.Tool.Commands;

internal sealed record RollupArgs(IReadOnlyList<string> Paths, string OutputDirectory);

/// <summary><c>statetrace rollup &lt;telemetry…&gt;</c>: per-date, per-site, per-event aggregates as JSON and CSV.</summary>
internal static class RollupCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("telemetry") { Description = "NDJSON telemetry files or folders (run folders, Logs/IngestionMetrics).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "Folder for rollup.json and rollup.csv (default: the current folder)." };
        var command = new Command("rollup", "Aggregate telemetry per date, site and event (counts, mean, p95, max, totals).") { paths, output };
        command.SetAction(async (result, ct) => (int)await RunAsync(
            new RollupArgs(result.GetValue(paths)!, result.GetValue(output) ?? Directory.GetCurrentDirectory()), Console.Out, ct));
        return command;
    }

    public static async Task<ExitCode> RunAsync(RollupArgs args, TextWriter output, CancellationToken ct)
    {
        RollupResult result;
        try
        {
            result = TelemetryRollup.Run(args.Paths);
        }
        catch (FileNotFoundException e)
        {
            throw new UsageException(e.Message);
        }

        Directory.CreateDirectory(args.OutputDirectory);
        var json = Path.Combine(args.OutputDirectory, "rollup.json");
        var csv = Path.Combine(args.OutputDirectory, "rollup.csv");
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(result.Rows, RollupJson.Default.IReadOnlyListRollupRow), ct);
        await File.WriteAllTextAsync(csv, TelemetryRollup.ToCsv(result.Rows), ct);
        await output.WriteLineAsync($"{result.Events} events from {result.Files.Count} files into {result.Rows.Count} rows: {json}, {csv}.");
        if (result.TornLines > 0)
        {
            await output.WriteLineAsync($"{result.TornLines} torn or foreign lines were skipped.");
            return ExitCode.BadInput;
        }

        return ExitCode.Ok;
    }
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(WriteIndented = true)]
[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<RollupRow>))]
internal sealed partial class RollupJson : System.Text.Json.Serialization.JsonSerializerContext;
