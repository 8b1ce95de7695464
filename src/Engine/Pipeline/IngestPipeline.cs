using System.Diagnostics;
using StateTrace.Engine.Diagnostics;
using StateTrace.Engine.Input;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Detection;
using StateTrace.Engine.Runs;
using StateTrace.Engine.Sites;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Telemetry;

namespace StateTrace.Engine.Pipeline;

/// <summary>The result of a run: its summary (also written to disk) and every diagnostic.</summary>
public sealed record IngestResult(RunSummary Summary, string RunDirectory, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// The main job: split the inputs per host, skip hosts whose slice is unchanged, parse the rest and write each host
/// to its site's store in one transaction. Telemetry and the run summary record what happened.
/// </summary>
public static class IngestPipeline
{
    public static async Task<IngestResult> RunAsync(IngestOptions options, IProgress<IngestProgress>? progress = null, CancellationToken ct = default)
    {
        var layout = new RootLayout(options.Root);
        var files = InputFiles.Enumerate(options.Inputs);
        var runId = options.RunId ?? RootLayout.NewRunId();
        var runDirectory = layout.RunDirectory(runId);
        var spool = Path.Combine(runDirectory, "spool");
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var diagnostics = new List<Diagnostic>();
        var stats = new PassStats();

        await using var telemetry = new TelemetryWriter(Path.Combine(runDirectory, "telemetry.ndjson"), layout.DailyTelemetry, runId);
        telemetry.Emit(new RunStarted(options.RunKind, layout.Root, files.Count, "sqlite"));
        try
        {
            IReadOnlyList<HostSlice> slices;
            long inputBytes;
            using (var splitter = new LogSplitter(spool, options.Split))
            {
                foreach (var file in files)
                {
                    ct.ThrowIfCancellationRequested();
                    splitter.SplitFile(file);
                    progress?.Report(new IngestProgress("split", 0, 0, splitter.BytesRead, 0, clock.Elapsed));
                }

                slices = splitter.Complete();
                inputBytes = splitter.BytesRead;
                diagnostics.AddRange(splitter.Diagnostics);
            }

            var hostDiagnostics = new List<Diagnostic>[slices.Count];
            var totalBytes = slices.Sum(s => s.Length);
            using (var stores = new SiteStores(layout.Data))
            {
                var runDate = started;
                await Parallel.ForAsync(0, slices.Count,
                    new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism), CancellationToken = ct },
                    async (i, token) =>
                    {
                        hostDiagnostics[i] = await ProcessHostAsync(slices[i], options, stores, stats, telemetry, runId, runDate, token).ConfigureAwait(false);
                        progress?.Report(new IngestProgress("ingest", stats.HostsDone, slices.Count, stats.BytesDone, totalBytes, clock.Elapsed));
                    }).ConfigureAwait(false);
            }

            foreach (var list in hostDiagnostics)
            {
                diagnostics.AddRange(list);
            }

            clock.Stop();
            var pass = stats.Summarize("ingest", 1, clock.Elapsed);
            var summary = new RunSummary
            {
                RunId = runId,
                RunKind = options.RunKind,
                StartedUtc = started,
                CompletedUtc = DateTimeOffset.UtcNow,
                Machine = Fingerprints.Machine("sqlite"),
                Code = Fingerprints.Code(),
                Settings = new Dictionary<string, string>
                {
                    ["Inputs"] = string.Join(';', options.Inputs),
                    ["InputFiles"] = files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["InputBytes"] = inputBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["Force"] = options.Force.ToString(),
                    ["MaxParallelism"] = options.MaxParallelism.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["SliceCapBytes"] = options.Split.SliceCapBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["Store"] = "sqlite",
                },
                Passes = [pass],
                Repetitions = [new RepetitionSample(pass.Pass, 1, pass.DurationSeconds, pass.Throughput.MegabytesPerSecond, pass.Throughput.HostsPerSecond, pass.Throughput.RowsPerSecond)],
                PeakWorkingSetBytes = Process.GetCurrentProcess().PeakWorkingSet64,
                DiagnosticCount = diagnostics.Count,
                Diagnostics = diagnostics.Count <= RunSummary.MaxDiagnostics ? diagnostics : diagnostics.GetRange(0, RunSummary.MaxDiagnostics),
                ExitCode = diagnostics.Count > 0 ? 3 : 0,
            };
            RunSummaryFile.Write(runDirectory, summary);
            telemetry.Emit(new RunCompleted(options.RunKind, pass.HostsParsed, pass.HostsSkipped, pass.HostsFailed, pass.Bytes,
                pass.RowsWritten, pass.DurationSeconds, summary.ExitCode, diagnostics.Count));
            return new IngestResult(summary, runDirectory, diagnostics);
        }
        finally
        {
            if (Directory.Exists(spool))
            {
                Directory.Delete(spool, recursive: true);
            }
        }
    }

    private static async Task<List<Diagnostic>> ProcessHostAsync(HostSlice slice, IngestOptions options, SiteStores stores,
        PassStats stats, TelemetryWriter telemetry, string runId, DateTimeOffset runDate, CancellationToken ct)
    {
        if (!options.Force)
        {
            var previous = await stores.UseAsync(slice.Site, s => s.FindIngestion(slice.Hostname), ct).ConfigureAwait(false);
            if (previous is not null && previous.FileHash == slice.Hash && previous.SourceLength == slice.Length)
            {
                stats.Skipped(slice.Site, slice.Length);
                telemetry.Emit(new SkippedDuplicate(slice.Hostname, slice.Site, "HashMatch", slice.Hash, slice.Length, previous.LastIngestedUtc));
                return [];
            }
        }

        var parseStart = DateTimeOffset.UtcNow;
        var timer = Stopwatch.StartNew();
        DeviceFacts? facts;
        string platform;
        try
        {
            facts = Parse(slice, out platform);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A parser must not throw on input; if one does, the host fails loudly and the run goes on.
            timer.Stop();
            stats.Failed(slice.Site, slice.Length);
            var (file, line) = slice.Locate(1);
            return [new Diagnostic(file, line, $"The parser failed on this host ({e.GetType().Name}: {e.Message}); the host was not stored.", slice.Hostname)];
        }

        timer.Stop();
        stats.ParseDuration.Record(timer.Elapsed);
        var success = facts is not null;
        var fileName = slice.Segments.Count > 0 ? Path.GetFileName(slice.Segments[0].File) : "";
        telemetry.Emit(new ParseDuration(slice.Hostname, slice.Site, platform, parseStart, Math.Round(timer.Elapsed.TotalSeconds, 6),
            success, fileName, slice.Length, facts?.InterfaceCount ?? 0));
        if (facts is null)
        {
            stats.Failed(slice.Site, slice.Length);
            var (file, line) = slice.Locate(1);
            return [new Diagnostic(file, line, platform.Length == 0
                ? "The device's platform could not be recognised from its output, so the host was not stored."
                : $"Platform {platform} is recognised but has no parser yet, so the host was not stored.", slice.Hostname)];
        }

        var write = Stopwatch.StartNew();
        var counts = await stores.UseAsync(slice.Site, s => s.WriteHost(facts, slice, runId, runDate), ct).ConfigureAwait(false);
        write.Stop();
        stats.DatabaseWriteLatency.Record(write.Elapsed);
        stats.Written(slice.Site, slice.Length, counts);
        telemetry.Emit(new DatabaseWriteLatency(slice.Hostname, slice.Site, Math.Round(write.Elapsed.TotalMilliseconds, 3)));
        telemetry.Emit(new RowsWritten(slice.Hostname, slice.Site, runDate.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            counts.Inserted + counts.Updated, counts.Deleted, counts.Inserted, counts.Updated, counts.Unchanged));
        return facts.Diagnostics;
    }

    /// <summary>Detects the platform and runs its parser; null when there is no parser for what was found.</summary>
    internal static DeviceFacts? Parse(HostSlice slice, out string platform)
    {
        var session = CapturedSession.FromSlice(slice);
        var detection = VendorDetector.Detect(session);
        platform = detection.Platform;
        var parser = detection.IsKnown ? ParserRegistry.For(detection.Platform) : null;
        if (parser is null)
        {
            return null;
        }

        var facts = new DeviceFacts
        {
            Hostname = slice.Hostname,
            Site = SiteNames.SiteOf(slice.Hostname),
            Platform = detection.Platform,
        };
        parser.Parse(session, facts);
        return facts;
    }
}
