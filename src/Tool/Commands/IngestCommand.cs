using System.CommandLine;
using System.Globalization;
using StateTrace.Engine.Input;
using StateTrace.Engine.Pipeline;
using StateTrace.Engine.Storage;

namespace StateTrace.Tool.Commands;

/// <summary>What one ingest does; <see cref="Pass"/>, <see cref="RunId"/> and <see cref="DataDirectory"/> serve the harness (verify's warm process).</summary>
internal sealed record IngestArgs(string Root, IReadOnlyList<string> Paths, bool Force, IReadOnlyDictionary<string, string?> Overrides, bool ShowProgress)
{
    public string? DataDirectory { get; init; }
    public string? ImportSnapshot { get; init; }
    public string? ExportSnapshot { get; init; }
    public string Pass { get; init; } = "ingest";
    public string? RunId { get; init; }
}

/// <summary><c>statetrace ingest &lt;paths…&gt;</c>: the main job.</summary>
internal static class IngestCommand
{
    private const int DiagnosticsShown = 20;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Session logs or folders (recursed for *.log and *.txt).", Arity = ArgumentArity.OneOrMore };
        var force = new Option<bool>("--force") { Description = "Re-ingest hosts whose output is unchanged since the last ingest." };
        var dataDir = new Option<string?>("--data-dir") { Description = "Where the SQLite stores live (default <root>/Data)." };
        var import = new Option<string?>("--import-snapshot") { Description = "Import a site cache snapshot before writing (refused per site when the store changed since)." };
        var export = new Option<string?>("--export-snapshot") { Description = "Export the site caches to this file after the run." };
        var pass = new Option<string>("--pass") { Description = "The pass name stamped on telemetry: ingest (default), cold, warm, changed.", DefaultValueFactory = _ => "ingest" };
        var runId = new Option<string?>("--run-id") { Description = "Use this run id instead of a new one (harness use)." };
        var command = new Command("ingest", "Split, parse and store session logs into the per-site inventory.")
        {
            paths, force, CommonOptions.Parallelism, CommonOptions.Store, CommonOptions.Connection, CommonOptions.Schema, dataDir, import, export, pass, runId,
        };
        command.SetAction(async (result, ct) =>
        {
            var args = new IngestArgs(CommonOptions.ResolveRoot(result), result.GetValue(paths)!, result.GetValue(force),
                CommonOptions.SettingOverrides(result), !Console.IsErrorRedirected)
            {
                DataDirectory = result.GetValue(dataDir),
                ImportSnapshot = result.GetValue(import),
                ExportSnapshot = result.GetValue(export),
                Pass = result.GetValue(pass)!,
                RunId = result.GetValue(runId),
            };
            return (int)await RunAsync(args, Console.Out, ct);
        });
        return command;
    }

    public static async Task<ExitCode> RunAsync(IngestArgs args, TextWriter output, CancellationToken ct)
    {
        var settings = Settings.Load(args.Root, args.Overrides);
        foreach (var warning in settings.Warnings)
        {
            await output.WriteLineAsync("Settings: " + warning);
        }

        if (args.ImportSnapshot is not null && !File.Exists(args.ImportSnapshot))
        {
            throw new UsageException($"The snapshot {args.ImportSnapshot} does not exist.");
        }

        IngestResult result;
        try
        {
            var progress = args.ShowProgress ? new TerminalProgress(Console.Error) : null;
            result = await IngestPipeline.RunAsync(new IngestOptions
            {
                Root = args.Root,
                Inputs = args.Paths,
                Force = args.Force,
                Scheduler = settings.Scheduler,
                MaxInterfacesPerBatch = settings.MaxInterfacesPerBatch,
                Split = new SplitOptions { SliceCapBytes = settings.SliceCapBytes },
                DatabaseSizeWarningBytes = settings.DatabaseSizeWarningBytes,
                Store = settings.Store,
                DataDirectory = args.DataDirectory is null ? null : Path.GetFullPath(args.DataDirectory),
                ImportSnapshot = args.ImportSnapshot,
                ExportSnapshot = args.ExportSnapshot,
                Pass = args.Pass,
                RunId = args.RunId,
            }, progress, ct);
            progress?.Finish();
        }
        catch (FileNotFoundException e)
        {
            throw new UsageException(e.Message);
        }
        catch (StateTrace.Engine.Parsing.Templates.PortTemplateException e)
        {
            throw new UsageException("Port templates: " + e.Message);
        }
        catch (StoreException e)
        {
            await output.WriteLineAsync(e.Message);
            return ExitCode.Environment;
        }

        await WriteSummaryAsync(result, output);
        return result.Diagnostics.Count > 0 ? ExitCode.BadInput : ExitCode.Ok;
    }

    private static async Task WriteSummaryAsync(IngestResult result, TextWriter output)
    {
        var pass = result.Pass;
        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync($"Run {result.Summary.RunId}: {pass.HostsParsed} hosts parsed, {pass.HostsSkipped} skipped as unchanged, {pass.HostsFailed} failed.");
        await output.WriteLineAsync(string.Create(c, $"{"Site",-12} {"Parsed",7} {"Skipped",8} {"Failed",7} {"Rows",9} {"MB",9}"));
        foreach (var site in pass.Sites)
        {
            await output.WriteLineAsync(string.Create(c, $"{site.Site,-12} {site.HostsParsed,7} {site.HostsSkipped,8} {site.HostsFailed,7} {site.RowsWritten,9} {site.Bytes / 1e6,9:F2}"));
        }

        await output.WriteLineAsync(string.Create(c,
            $"Rows written: {pass.RowsWritten} ({pass.RowsInserted} inserted, {pass.RowsUpdated} updated, {pass.RowsDeleted} deleted, {pass.RowsUnchanged} unchanged). " +
            $"{pass.Bytes / 1e6:F2} MB in {pass.DurationSeconds:F2} s: {pass.Throughput.MegabytesPerSecond:F1} MB/s, {pass.Throughput.HostsPerSecond:F1} hosts/s, {pass.Throughput.RowsPerSecond:F0} rows/s."));
        if (result.Diagnostics.Count > 0)
        {
            await output.WriteLineAsync($"{result.Diagnostics.Count} diagnostics (bad input; the rest of the run completed):");
            foreach (var diagnostic in result.Diagnostics.Take(DiagnosticsShown))
            {
                await output.WriteLineAsync("  " + diagnostic);
            }

            if (result.Diagnostics.Count > DiagnosticsShown)
            {
                await output.WriteLineAsync($"  … and {result.Diagnostics.Count - DiagnosticsShown} more in {Path.Combine(result.RunDirectory, "summary.json")}.");
            }
        }

        foreach (var size in result.OversizedStores)
        {
            await output.WriteLineAsync(string.Create(c,
                $"Warning: the {size.Site} store is {size.Bytes / 1e9:F2} GB, above the {size.WarningThresholdBytes / 1e9:F2} GB warning size; consider 'statetrace maintain --site {size.Site}'."));
        }

        await output.WriteLineAsync($"Summary: {Path.Combine(result.RunDirectory, "summary.json")}");
    }
}
