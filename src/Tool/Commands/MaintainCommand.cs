using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StateTrace.Engine.Maintenance;
using StateTrace.Engine.Pipeline;
using StateTrace.Engine.Telemetry;

namespace StateTrace.Tool.Commands;

internal sealed record MaintainArgs(string Root, IReadOnlyList<string> Sites, bool Backup, bool Compact, bool RebuildIndexes);

/// <summary><c>statetrace maintain</c>: backup, compaction, index audit and a size report per site.</summary>
internal static class MaintainCommand
{
    public static Command Create()
    {
        var sites = new Option<string[]>("--site") { Description = "A site to maintain (repeatable; default: every site under Data/).", AllowMultipleArgumentsPerToken = true };
        var noBackup = new Option<bool>("--no-backup") { Description = "Skip the backup to Data/Backups/<Site>/<timestamp>." };
        var noCompact = new Option<bool>("--no-compact") { Description = "Skip compaction (VACUUM)." };
        var rebuild = new Option<bool>("--rebuild-indexes") { Description = "Rebuild every index, not only re-create missing ones." };
        var command = new Command("maintain", "Back up, compact and audit the site stores, and report their sizes.") { sites, noBackup, noCompact, rebuild };
        command.SetAction(async (result, ct) => (int)await RunAsync(
            new MaintainArgs(CommonOptions.ResolveRoot(result), result.GetValue(sites) ?? [], !result.GetValue(noBackup), !result.GetValue(noCompact), result.GetValue(rebuild)),
            Console.Out, ct));
        return command;
    }

    public static async Task<ExitCode> RunAsync(MaintainArgs args, TextWriter output, CancellationToken ct)
    {
        var all = SqliteMaintenance.Sites(args.Root);
        var unknown = args.Sites.Where(s => !all.Contains(s, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"No store for site(s) {string.Join(", ", unknown)} under {new RootLayout(args.Root).Data} (sites: {(all.Count == 0 ? "none" : string.Join(", ", all))}).");
        }

        var layout = new RootLayout(args.Root);
        var runId = RootLayout.NewRunId();
        var now = DateTimeOffset.UtcNow;
        var logDirectory = Path.Combine(layout.Logs, "Maintenance");
        Directory.CreateDirectory(logDirectory);
        await using var log = new StreamWriter(Path.Combine(logDirectory, $"{now:yyyy-MM-dd}.log"), append: true);
        await using var telemetry = new TelemetryWriter(Path.Combine(layout.RunDirectory(runId), "telemetry.ndjson"), layout.DailyTelemetry, runId) { Pass = "maintain" };
        var code = ExitCode.Ok;
        var options = new MaintenanceOptions { Root = args.Root, Backup = args.Backup, Compact = args.Compact, RebuildIndexes = args.RebuildIndexes };
        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(c, $"{"Site",-12} {"Before MB",10} {"After MB",9} {"Saved",6} {"Interfaces",10} {"History",9}  Result"));
        foreach (var site in args.Sites.Count > 0 ? args.Sites : all)
        {
            ct.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            var report = SqliteMaintenance.Run(options, site, now);
            string line;
            if (report.Error is null)
            {
                var saved = report.Saved >= 0.10 ? string.Create(c, $"compacted {report.Saved:P0} smaller") : "ok";
                var indexes = report.IndexesCreated.Count > 0 ? "; re-created indexes " + string.Join(", ", report.IndexesCreated) : "";
                var backup = report.BackupPath is null ? "" : "; backup " + report.BackupPath;
                line = string.Create(c, $"{site,-12} {report.BytesBefore / 1e6,10:F2} {report.BytesAfter / 1e6,9:F2} {report.Saved,6:P0} {report.Rows["Interfaces"],10} {report.Rows["InterfaceHistory"],9}  {saved}{indexes}{backup}");
                telemetry.Emit(new MaintenanceCompleted(site, report.BytesBefore, report.BytesAfter, Math.Round(report.Saved * 100, 2),
                    report.BackupPath ?? "", report.IndexesCreated.Count, Math.Round(clock.Elapsed.TotalMilliseconds, 3)));
                telemetry.Emit(new DatabaseSize(site, "sqlite", report.BytesAfter, 2L << 30, report.BytesAfter > (2L << 30)));
            }
            else
            {
                line = $"{site,-12} refused or failed: {report.Error}";
                telemetry.Emit(new MaintenanceFailed(site, report.Error));
                code = ExitCodes.Combine(code, ExitCode.Environment);
            }

            await output.WriteLineAsync(line);
            await log.WriteLineAsync($"{DateTimeOffset.UtcNow:O} {line}");
        }

        return code;
    }
}
