using System.Diagnostics;
using System.Text.Json;
using StateTrace.Engine.Diagnostics;
using StateTrace.Engine.Pipeline;
using StateTrace.Engine.Runs;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Storage.Postgres;

namespace StateTrace.Engine.Verification;

/// <summary>The outcome of a verify run: its combined summary (written to the run folder) and every diagnostic.</summary>
public sealed record VerifyResult(RunSummary Summary, string RunDirectory, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Cold pass: fresh stores under the run folder and empty caches, everything parsed and written. Warm pass: the same
/// input with the ingestion history bypassed and the stores and site caches kept (in this process, or in a new one
/// that imports the cold pass's snapshot). Optionally a changed pass whose rows must equal the generator's manifest.
/// Repetitions alternate cold and warm on fresh stores, so each improvement is one independent sample.
/// </summary>
public static class VerifyRunner
{
    public static async Task<VerifyResult> RunAsync(VerifyOptions options, IProgress<VerifyProgress>? progress = null, CancellationToken ct = default)
    {
        if (options.Repeat < 1)
        {
            throw new ArgumentException($"--repeat must be 1 or more (got {options.Repeat}).", nameof(options));
        }

        var layout = new RootLayout(options.Root);
        var runId = RootLayout.NewRunId();
        var runDirectory = layout.RunDirectory(runId);
        var template = options.PassTemplate ?? new IngestOptions { Root = options.Root, Inputs = options.Inputs };
        var started = DateTimeOffset.UtcNow;
        var passes = new List<PassSummary>();
        var diagnostics = new List<Diagnostic>();
        var improvements = new List<double>();
        var points = new List<TimePoint>();
        PassSummary? lastCold = null, lastWarm = null, changed = null;
        double? startup = null, import = null;
        string? lastData = null;
        SiteCaches? lastCaches = null;

        var throwaway = new List<string>();
        try
        {
            for (var rep = 1; rep <= options.Repeat; rep++)
            {
                var data = Path.Combine(runDirectory, "stores", $"rep-{rep}");
                if (template.Store.Kind == "postgres")
                {
                    // PostgreSQL: each repetition gets a throwaway schema, never the user's tables.
                    var schema = PostgresAdmin.CreateVerifySchema(template.Store.ConnectionString!);
                    throwaway.Add(schema);
                    template = template with { Store = template.Store with { Schema = schema } };
                }

                var caches = new SiteCaches();
                var snapshot = options.WarmInNewProcess ? Path.Combine(runDirectory, $"cache-rep-{rep}.bin") : null;
                progress?.Report(new VerifyProgress("cold", rep, options.Repeat));
                var cold = await IngestPipeline.RunAsync(template with
                {
                    Root = options.Root,
                    Inputs = options.Inputs,
                    DataDirectory = data,
                    Force = true,
                    RunId = runId,
                    Pass = "cold",
                    Caches = caches,
                    WriteSummary = false,
                    ExportSnapshot = snapshot,
                    ImportSnapshot = null,
                    RunKind = "verify",
                }, null, ct).ConfigureAwait(false);
                passes.Add(cold.Pass with { Repetition = rep });
                points.AddRange(cold.TimePoints);
                diagnostics.AddRange(cold.Diagnostics);

                progress?.Report(new VerifyProgress("warm", rep, options.Repeat));
                PassSummary warm;
                if (options.WarmInNewProcess)
                {
                    (warm, var warmStartup, var warmImport) = await WarmInNewProcessAsync(options, template.Store, runId, rep, data, snapshot!, runDirectory, ct).ConfigureAwait(false);
                    startup = warmStartup;
                    import = warmImport;
                }
                else
                {
                    var result = await IngestPipeline.RunAsync(template with
                    {
                        Root = options.Root,
                        Inputs = options.Inputs,
                        DataDirectory = data,
                        Force = true,
                        RunId = runId,
                        Pass = "warm",
                        Caches = caches,
                        WriteSummary = false,
                        ExportSnapshot = null,
                        ImportSnapshot = null,
                        RunKind = "verify",
                    }, null, ct).ConfigureAwait(false);
                    warm = result.Pass;
                    points.AddRange(result.TimePoints);
                    diagnostics.AddRange(result.Diagnostics);
                }

                passes.Add(warm with { Repetition = rep });
                improvements.Add(Improvement(cold.Pass, warm));
                (lastCold, lastWarm, lastData, lastCaches) = (cold.Pass, warm, data, caches);
            }

            ChangedComparison? changedComparison = null;
            if (options.Changed.Count > 0)
            {
                progress?.Report(new VerifyProgress("changed", options.Repeat, options.Repeat));
                var result = await IngestPipeline.RunAsync(template with
                {
                    Root = options.Root,
                    Inputs = options.Changed,
                    DataDirectory = lastData,
                    Force = false,
                    RunId = runId,
                    Pass = "changed",
                    Caches = options.WarmInNewProcess ? null : lastCaches,
                    WriteSummary = false,
                    ExportSnapshot = null,
                    ImportSnapshot = null,
                    RunKind = "verify",
                }, null, ct).ConfigureAwait(false);
                changed = result.Pass;
                passes.Add(changed);
                points.AddRange(result.TimePoints);
                diagnostics.AddRange(result.Diagnostics);
                var (manifest, expected, hostsChanged) = ReadManifest(options.Changed);
                changedComparison = new ChangedComparison(manifest, expected, changed.RowsWritten, hostsChanged);
            }

            return Finish(options, template, runId, runDirectory, started, passes, diagnostics, improvements, points, lastCold!, lastWarm!,
                startup, import, changedComparison);
        }
        finally
        {
            foreach (var schema in throwaway)
            {
                PostgresAdmin.DropVerifySchema(template.Store.ConnectionString!, schema);
            }
        }
    }

    private static VerifyResult Finish(VerifyOptions options, IngestOptions template, string runId, string runDirectory, DateTimeOffset started,
        List<PassSummary> passes, List<Diagnostic> diagnostics, List<double> improvements, List<TimePoint> points,
        PassSummary lastCold, PassSummary lastWarm, double? startup, double? import, ChangedComparison? changedComparison)
    {
        var comparison = new WarmRunComparison
        {
            ColdHosts = lastCold!.HostsParsed,
            WarmHosts = lastWarm!.HostsParsed,
            ColdWritePath = lastCold.Latencies["WritePath"],
            WarmWritePath = lastWarm.Latencies["WritePath"],
            ImprovementPercent = Median(improvements),
            ImprovementSamples = improvements,
            CacheHitRatio = lastWarm.CacheHitRatio,
            WarmRowsWritten = passes.Where(p => p.Pass == "warm").Sum(p => p.RowsWritten),
            SignatureMisses = passes.Where(p => p.Pass == "warm").Sum(p => p.RowsUpdated),
            WarmProcess = options.WarmInNewProcess ? "new" : "same",
            WarmProcessStartupMs = startup,
            SnapshotImportMs = import,
            Changed = changedComparison,
        };

        var summary = new RunSummary
        {
            RunId = runId,
            RunKind = "verify",
            StartedUtc = started,
            CompletedUtc = DateTimeOffset.UtcNow,
            Machine = Fingerprints.Machine(template.Store.Kind),
            Code = Fingerprints.Code(),
            Settings = new Dictionary<string, string>
            {
                ["Inputs"] = string.Join(';', options.Inputs),
                ["Changed"] = string.Join(';', options.Changed),
                ["Repeat"] = options.Repeat.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["WarmProcess"] = comparison.WarmProcess,
                ["Store"] = template.Store.Kind,
                ["MaxInterfacesPerBatch"] = template.MaxInterfacesPerBatch.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            Passes = passes,
            Repetitions = [.. passes.Select(p => new RepetitionSample(p.Pass, p.Repetition, p.DurationSeconds,
                p.Throughput.MegabytesPerSecond, p.Throughput.HostsPerSecond, p.Throughput.RowsPerSecond))],
            WarmRunComparison = comparison,
            PeakWorkingSetBytes = Process.GetCurrentProcess().PeakWorkingSet64,
            DiagnosticCount = diagnostics.Count,
            Diagnostics = diagnostics.Count <= RunSummary.MaxDiagnostics ? diagnostics : diagnostics.GetRange(0, RunSummary.MaxDiagnostics),
            ExitCode = diagnostics.Count > 0 ? 3 : 0,
        };
        RunSummaryFile.Write(runDirectory, summary);
        TimeSeries.Write(runDirectory, new TimeSeries { Points = points });
        return new VerifyResult(summary, runDirectory, diagnostics);
    }

    /// <summary>(cold − warm) / cold × 100 of the median per-host write-path time.</summary>
    public static double Improvement(PassSummary cold, PassSummary warm)
    {
        var c = cold.Latencies["WritePath"].P50;
        var w = warm.Latencies["WritePath"].P50;
        return c <= 0 ? 0 : Math.Round((c - w) / c * 100, 2);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : Math.Round((sorted[mid - 1] + sorted[mid]) / 2, 2);
    }

    private static async Task<(PassSummary Pass, double StartupMs, double ImportMs)> WarmInNewProcessAsync(
        VerifyOptions options, StoreOptions store, string runId, int rep, string data, string snapshot, string runDirectory, CancellationToken ct)
    {
        var start = options.StartWarmProcess ?? throw new InvalidOperationException("A new warm process was asked for, but no way to start one was given.");
        var childRun = $"{runId}-warm-{rep}";
        var clock = Stopwatch.StartNew();
        var args = new List<string> { "ingest" };
        args.AddRange(options.Inputs);
        args.AddRange(["--root", options.Root, "--data-dir", data, "--force", "--import-snapshot", snapshot, "--pass", "warm", "--run-id", childRun]);
        if (store.Kind != "sqlite")
        {
            args.AddRange(["--store", store.Kind, "--connection", store.ConnectionString ?? "", "--schema", store.Schema]);
        }
        var code = await start(args, ct).ConfigureAwait(false);
        clock.Stop();
        var childDirectory = new RootLayout(options.Root).RunDirectory(childRun);
        if (code is not (0 or 3) || !File.Exists(Path.Combine(childDirectory, RunSummaryFile.FileName)))
        {
            throw new InvalidOperationException($"The warm process exited with code {code}; see {childDirectory}.");
        }

        var child = RunSummaryFile.Read(childDirectory);
        var telemetry = Path.Combine(childDirectory, "telemetry.ndjson");
        double importMs = 0;
        if (File.Exists(telemetry))
        {
            // The warm pass's events join the verify run's telemetry so gates read one file.
            var lines = await File.ReadAllLinesAsync(telemetry, ct).ConfigureAwait(false);
            await File.AppendAllLinesAsync(Path.Combine(runDirectory, "telemetry.ndjson"), lines, ct).ConfigureAwait(false);
            foreach (var line in lines)
            {
                if (line.Contains("\"Reason\":\"SnapshotImport\"", StringComparison.Ordinal))
                {
                    using var doc = JsonDocument.Parse(line);
                    importMs = Math.Max(importMs, doc.RootElement.GetProperty("HydrateDurationMs").GetDouble());
                }
            }
        }

        var pass = child.Passes[0];
        var startupMs = Math.Max(0, clock.Elapsed.TotalMilliseconds - (pass.DurationSeconds * 1000));
        return (pass, Math.Round(startupMs, 1), importMs);
    }

    private static long Number(JsonElement root, string name, string path)
    {
        if (root.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in root.EnumerateObject())
            {
                if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value.GetInt64();
                }
            }
        }

        throw new InvalidDataException($"{path} has no {name}: it is not a change manifest written by 'generate --changed-from'.");
    }

    private static (string Manifest, long Expected, int HostsChanged) ReadManifest(IReadOnlyList<string> changed)
    {
        foreach (var path in changed)
        {
            var candidate = Directory.Exists(path) ? Path.Combine(path, "changes.json") : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "changes.json");
            if (!File.Exists(candidate))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllBytes(candidate));
                return (candidate, Number(doc.RootElement, "PortsChanged", candidate), (int)Number(doc.RootElement, "HostsChanged", candidate));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{candidate} is not a valid change manifest: {e.Message}", e);
            }
        }

        throw new FileNotFoundException($"No changes.json (the manifest written by 'generate --changed-from') beside {string.Join(", ", changed)}.");
    }
}
