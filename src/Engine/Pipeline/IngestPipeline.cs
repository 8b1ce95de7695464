using System.Diagnostics;
using StateTrace.Engine.Diagnostics;
using StateTrace.Engine.Input;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Detection;
using StateTrace.Engine.Parsing.Templates;
using StateTrace.Engine.Runs;
using StateTrace.Engine.Scheduling;
using StateTrace.Engine.Sites;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Telemetry;

namespace StateTrace.Engine.Pipeline;

/// <summary>The result of a run: its summary (also written to disk) and every diagnostic.</summary>
public sealed record IngestResult(RunSummary Summary, string RunDirectory, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<DatabaseSize> DatabaseSizes, IReadOnlyList<TimePoint> TimePoints)
{
    /// <summary>The one pass this run made.</summary>
    public PassSummary Pass => Summary.Passes[0];

    public IEnumerable<DatabaseSize> OversizedStores => DatabaseSizes.Where(s => s.OverThreshold);
}

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

        // Port templates colour each port and check its config; the defaults are written to Data/Templates on first use.
        var templates = PortTemplates.Load(layout.Data);
        var runId = options.RunId ?? RootLayout.NewRunId();
        var runDirectory = layout.RunDirectory(runId);
        var spool = Path.Combine(runDirectory, "spool");
        var started = DateTimeOffset.UtcNow;
        var warmUp = options.WarmUp ? WarmUp.Run(templates, Path.Combine(runDirectory, "warm-up")) : TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        var diagnostics = new List<Diagnostic>();
        var stats = new PassStats();

        await using var telemetry = new TelemetryWriter(Path.Combine(runDirectory, "telemetry.ndjson"), layout.DailyTelemetry, runId) { Pass = options.Pass };
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
            var siteTotals = slices.GroupBy(x => x.Site, StringComparer.OrdinalIgnoreCase).Select(g => (g.Key, g.Count())).ToList();
            IReadOnlyList<(string Site, int Done, int Total)> SiteProgress()
            {
                var done = stats.DonePerSite();
                return [.. siteTotals.Select(t => (t.Key, done.GetValueOrDefault(t.Key), t.Item2))];
            }

            IReadOnlyList<DatabaseSize> sizes;
            var points = new List<TimePoint>();
            var totalBytes = slices.Sum(s => s.Length);
            var caches = options.Caches ?? new SiteCaches();
            var run = new RunStamp(runId, started);
            using (var stores = new SiteStores(options.DataDirectory ?? layout.Data, options.Store))
            {
                if (options.ImportSnapshot is not null)
                {
                    ImportSnapshot(options.ImportSnapshot, caches, stores, telemetry, diagnostics);
                }

                var toParse = Skip(slices, options, stores, stats, telemetry);
                var profile = ConcurrencyProfile.Resolve(options.Scheduler, Environment.ProcessorCount, toParse.Count,
                    toParse.Select(t => t.Site).Distinct(StringComparer.OrdinalIgnoreCase).Count());
                telemetry.Emit(new ConcurrencyProfileResolved(profile.Workers, profile.MaxWorkersPerSite, profile.MaxActiveSites,
                    profile.MaxConsecutiveSiteLaunches, profile.JobsPerThread, profile.ChannelCapacity, profile.DecisionSource,
                    Environment.ProcessorCount, toParse.Count, toParse.Select(t => t.Site).Distinct(StringComparer.OrdinalIgnoreCase).Count()));
                var scheduler = new FairScheduler(toParse, profile);
                var order = new Dictionary<HostSlice, int>(toParse.Count);
                for (var i = 0; i < toParse.Count; i++)
                {
                    order[toParse[i]] = i;
                }

                var writers = new SiteWriters(stores, caches, telemetry, run, options.Force, profile.ChannelCapacity, options.MaxInterfacesPerBatch,
                    (results, latency) => Record(results, latency, stats, telemetry, run));
                void Sample()
                {
                    EmitSchedulerMetrics(scheduler, telemetry);
                    Record(points, options.Pass, clock.Elapsed, scheduler, stats);
                }

                using var metrics = new Timer(_ => Sample(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
                var workers = new Task[profile.Workers];
                for (var w = 0; w < workers.Length; w++)
                {
                    workers[w] = Task.Run(async () =>
                    {
                        while (await scheduler.NextAsync(ct).ConfigureAwait(false) is { } launch)
                        {
                            var slice = launch.Slice;
                            telemetry.Emit(new ParserSchedulerLaunch(slice.Site, slice.Hostname, launch.ActiveWorkers, launch.ActiveSites,
                                launch.QueuedJobs, launch.QueuedSites, launch.Streak, launch.OthersWaiting, launch.FairnessBypass));
                            try
                            {
                                var parsed = ParseHost(slice, templates, stats, telemetry, out var problems);

                                // Spool files go as soon as they are read: a file deleted seconds after it was written
                                // usually never reached the disk, while a pile deleted at the end costs seconds per GB.
                                File.Delete(slice.SpoolPath);
                                hostDiagnostics[order[slice]] = problems;
                                if (parsed is not null)
                                {
                                    await writers.PostAsync(parsed, ct).ConfigureAwait(false);
                                }
                            }
                            finally
                            {
                                scheduler.Done(slice.Site);
                            }

                            progress?.Report(new IngestProgress("ingest", stats.HostsDone, slices.Count, stats.BytesDone, totalBytes, clock.Elapsed) { Sites = SiteProgress });
                        }
                    }, ct);
                }

                try
                {
                    await Task.WhenAll(workers).ConfigureAwait(false);
                }
                finally
                {
                    // Writers drain what was parsed even when parsing stopped, so nothing parsed is lost.
                    await writers.CompleteAsync().ConfigureAwait(false);
                    metrics.Change(Timeout.Infinite, Timeout.Infinite);
                    Sample();
                }

                diagnostics.AddRange(stores.Diagnostics);
                sizes = stores.Sizes(options.DatabaseSizeWarningBytes);
                foreach (var size in sizes)
                {
                    telemetry.Emit(size);
                }
            }

            if (options.ExportSnapshot is not null)
            {
                CacheSnapshot.Export(caches, options.ExportSnapshot);
            }

            foreach (var list in hostDiagnostics)
            {
                if (list is not null)
                {
                    diagnostics.AddRange(list);
                }
            }

            clock.Stop();
            var pass = stats.Summarize(options.Pass, 1, clock.Elapsed);
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
                    ["MaxParallelism"] = options.Scheduler.MaxParallelism.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["MaxWorkersPerSite"] = options.Scheduler.MaxWorkersPerSite.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["MaxActiveSites"] = options.Scheduler.MaxActiveSites.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["MaxConsecutiveSiteLaunches"] = options.Scheduler.MaxConsecutiveSiteLaunches.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["AutoScaleConcurrency"] = options.Scheduler.AutoScaleConcurrency.ToString(),
                    ["SliceCapBytes"] = options.Split.SliceCapBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["Store"] = options.Store.Kind,
                    ["WarmUpMs"] = Math.Round(warmUp.TotalMilliseconds, 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["MaxInterfacesPerBatch"] = options.MaxInterfacesPerBatch.ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
                Passes = [pass],
                Repetitions = [new RepetitionSample(pass.Pass, 1, pass.DurationSeconds, pass.Throughput.MegabytesPerSecond, pass.Throughput.HostsPerSecond, pass.Throughput.RowsPerSecond)],
                PeakWorkingSetBytes = Process.GetCurrentProcess().PeakWorkingSet64,
                DiagnosticCount = diagnostics.Count,
                Diagnostics = diagnostics.Count <= RunSummary.MaxDiagnostics ? diagnostics : diagnostics.GetRange(0, RunSummary.MaxDiagnostics),
                ExitCode = diagnostics.Count > 0 ? 3 : 0,
            };
            if (options.WriteSummary)
            {
                RunSummaryFile.Write(runDirectory, summary);
            }
            telemetry.Emit(new RunCompleted(options.RunKind, pass.HostsParsed, pass.HostsSkipped, pass.HostsFailed, pass.Bytes,
                pass.RowsWritten, pass.DurationSeconds, summary.ExitCode, diagnostics.Count));
            if (options.WriteSummary)
            {
                TimeSeries.Write(runDirectory, new TimeSeries { Points = points });
            }

            return new IngestResult(summary, runDirectory, diagnostics, sizes, points);
        }
        finally
        {
            if (Directory.Exists(spool))
            {
                Directory.Delete(spool, recursive: true);
            }
        }
    }

    private static void ImportSnapshot(string path, SiteCaches caches, SiteStores stores, TelemetryWriter telemetry, List<Diagnostic> diagnostics)
    {
        var clock = Stopwatch.StartNew();
        var refusals = CacheSnapshot.Import(path, caches, stores.Current);
        clock.Stop();
        foreach (var refusal in refusals)
        {
            diagnostics.Add(new Diagnostic(path, 0, $"The cache snapshot for site {refusal.Site} was refused: {refusal.Reason}."));
        }

        foreach (var site in caches.Sites)
        {
            telemetry.Emit(new InterfaceSiteCacheMetrics(site.Site, "SnapshotImport", site.Hosts.Count, site.RowCount,
                Math.Round(clock.Elapsed.TotalMilliseconds, 3), site.Generation));
        }
    }

    /// <summary>One point of the run's time series (every second, and at the end of the pass).</summary>
    private static void Record(List<TimePoint> points, string pass, TimeSpan elapsed, FairScheduler scheduler, PassStats stats)
    {
        var queued = 0;
        var active = 0;
        foreach (var (_, siteQueued, siteActive) in scheduler.Snapshot())
        {
            queued += siteQueued;
            active += siteActive;
        }

        var point = new TimePoint
        {
            Pass = pass,
            Seconds = Math.Round(elapsed.TotalSeconds, 3),
            QueuedHosts = queued,
            ActiveWorkers = active,
            HostsCompleted = stats.HostsDone,
            BytesCompleted = stats.BytesDone,
            RowsWritten = stats.RowsDone,
            WorkingSetBytes = Environment.WorkingSet,
            ManagedHeapBytes = GC.GetTotalMemory(forceFullCollection: false),
        };
        lock (points)
        {
            points.Add(point);
        }
    }

    private static void EmitSchedulerMetrics(FairScheduler scheduler, TelemetryWriter telemetry)
    {
        int queued = 0, running = 0, hosts = 0;
        foreach (var (site, siteQueued, siteActive) in scheduler.Snapshot())
        {
            telemetry.Emit(new SchedulerMetrics(site, siteQueued, siteActive, siteQueued + siteActive));
            queued += siteQueued;
            running += siteActive;
            hosts++;
        }

        telemetry.Emit(new SchedulerMetrics("*", queued, running, hosts));
    }

    /// <summary>Stage 2: hosts whose slice hash and length match the site's ingestion record are skipped unparsed.</summary>
    private static List<HostSlice> Skip(IReadOnlyList<HostSlice> slices, IngestOptions options, SiteStores stores, PassStats stats, TelemetryWriter telemetry)
    {
        if (options.Force)
        {
            return [.. slices];
        }

        var toParse = new List<HostSlice>(slices.Count);
        foreach (var slice in slices)
        {
            var previous = stores.Get(slice.Site).FindIngestion(slice.Hostname);
            if (previous is not null && previous.FileHash == slice.Hash && previous.SourceLength == slice.Length)
            {
                stats.Skipped(slice.Site, slice.Length);
                telemetry.Emit(new SkippedDuplicate(slice.Hostname, slice.Site, "HashMatch", slice.Hash, slice.Length, previous.LastIngestedUtc));
                File.Delete(slice.SpoolPath);
            }
            else
            {
                toParse.Add(slice);
            }
        }

        return toParse;
    }

    /// <summary>Stage 3: one host's facts, or null (with a diagnostic) when it cannot be parsed.</summary>
    private static ParsedHost? ParseHost(HostSlice slice, PortTemplates templates, PassStats stats, TelemetryWriter telemetry, out List<Diagnostic> problems)
    {
        var parseStart = DateTimeOffset.UtcNow;
        var timer = Stopwatch.StartNew();
        DeviceFacts? facts;
        string platform;
        try
        {
            facts = Parse(slice, out platform, templates);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A parser must not throw on input; if one does, the host fails loudly and the run goes on.
            stats.Failed(slice.Site, slice.Length);
            var (file, line) = slice.Locate(1);
            problems = [new Diagnostic(file, line, $"The parser failed on this host ({e.GetType().Name}: {e.Message}); the host was not stored.", slice.Hostname)];
            return null;
        }

        timer.Stop();
        stats.ParseDuration.Record(timer.Elapsed);
        var fileName = slice.Segments.Count > 0 ? Path.GetFileName(slice.Segments[0].File) : "";
        telemetry.Emit(new ParseDuration(slice.Hostname, slice.Site, platform, parseStart, Math.Round(timer.Elapsed.TotalSeconds, 6),
            facts is not null, fileName, slice.Length, facts?.InterfaceCount ?? 0));
        if (facts is null)
        {
            stats.Failed(slice.Site, slice.Length);
            var (file, line) = slice.Locate(1);
            problems = [new Diagnostic(file, line, platform.Length == 0
                ? "The device's platform could not be recognised from its output, so the host was not stored."
                : $"Platform {platform} is recognised but has no parser yet, so the host was not stored.", slice.Hostname)];
            return null;
        }

        problems = facts.Diagnostics;
        var signing = Stopwatch.StartNew();
        var signatures = HostDiff.Sign(facts);
        signing.Stop();
        return new ParsedHost(slice, facts, signatures, signing.Elapsed);
    }

    /// <summary>Stage 5's outcome per host: statistics and the per-host telemetry events.</summary>
    private static void Record(IReadOnlyList<HostWriteResult> results, TimeSpan batchLatency, PassStats stats, TelemetryWriter telemetry, RunStamp run)
    {
        var runDate = run.RunDate.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var result in results)
        {
            var slice = result.Host.Slice;
            if (result.Skipped)
            {
                // Another process ingested the same slice after our skip check: re-checked under the site lock.
                stats.Skipped(slice.Site, slice.Length);
                continue;
            }

            stats.DatabaseWriteLatency.Record(batchLatency);
            stats.WritePath.Record(result.WritePath);
            stats.ExistingRows(result.ExistingRowSource);
            stats.Written(slice.Site, slice.Length, result.Counts);
            telemetry.Emit(new DatabaseWriteLatency(slice.Hostname, slice.Site, Math.Round(batchLatency.TotalMilliseconds, 3)));
            telemetry.Emit(new RowsWritten(slice.Hostname, slice.Site, runDate, result.Counts.Inserted + result.Counts.Updated,
                result.Counts.Deleted, result.Counts.Inserted, result.Counts.Updated, result.Counts.Unchanged));
        }
    }

    /// <summary>Detects the platform and runs its parser; null when there is no parser for what was found.</summary>
    internal static DeviceFacts? Parse(HostSlice slice, out string platform, PortTemplates? templates = null)
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
        templates?.Apply(facts);
        return facts;
    }
}
