using System.Globalization;
using StateTrace.Engine.Diagnostics;
using StateTrace.Engine.Gates;
using StateTrace.Engine.Input;
using StateTrace.Engine.Pipeline;
using StateTrace.Engine.Runs;
using StateTrace.Engine.Scheduling;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Telemetry;

namespace StateTrace.Engine.Load;

/// <summary>How to run a scenario file. Defaults are the documented ones.</summary>
public sealed record LoadRunOptions
{
    /// <summary>The root folder: runs go to <c>runs/&lt;run-id&gt;</c>, generated corpora to <c>Data/LoadCorpora</c>.</summary>
    public required string Root { get; init; }

    public required LoadFile File { get; init; }

    /// <summary>Every simulation's duration is multiplied by this (<c>--duration-scale</c>). Default 1.</summary>
    public double DurationScale { get; init; } = 1;

    /// <summary>The root's scheduler settings; the scenario file's <c>scheduler</c> block overrides them.</summary>
    public SchedulerOptions Scheduler { get; init; } = new();

    /// <summary>From the settings, unless the scenario file's store block sets it. Default 5000.</summary>
    public int MaxInterfacesPerBatch { get; init; } = 5000;

    public SplitOptions Split { get; init; } = new();
    public long DatabaseSizeWarningBytes { get; init; } = 2L << 30;

    /// <summary>The gates file (<c>--gates</c>), or null for the catalogue's defaults.</summary>
    public GateSettings? Gates { get; init; }

    /// <summary>False with <c>--no-gates</c>: thresholds are not evaluated.</summary>
    public bool EvaluateGates { get; init; } = true;

    /// <summary>The clock of the load simulations and every latency. Default the system's.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}

/// <summary>One scenario's run: its folder, summary, NBomber-shaped report and verdicts.</summary>
public sealed record LoadScenarioResult(LoadScenario Scenario, string RunDirectory, RunSummary Summary, LoadReport Report,
    IReadOnlyList<GateVerdict> Verdicts, IReadOnlyList<Diagnostic> Diagnostics, bool Cancelled);

/// <summary>
/// <c>statetrace load</c>'s engine: each scenario of a file, one after the other, in its own run folder with fresh
/// stores; the corpus is prepared and split once per scenario (per site count for the doubling experiment), then
/// replayed by <see cref="ReplayRun"/>. Writes <c>summary.json</c> (RunKind load), <c>timeseries.json</c> and
/// <c>load.json</c>, also when cancelled (marked <c>Stopped: cancelled</c>).
/// </summary>
public static class LoadRunner
{
    public static async Task<IReadOnlyList<LoadScenarioResult>> RunAsync(LoadRunOptions options, IProgress<LoadProgress>? progress = null,
        IProgress<string>? log = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var file = options.File;
        options = options with
        {
            Scheduler = file.Scheduler.Apply(options.Scheduler),
            MaxInterfacesPerBatch = file.Store.MaxInterfacesPerBatch ?? options.MaxInterfacesPerBatch,
        };
        var results = new List<LoadScenarioResult>();
        foreach (var scenario in file.Scenarios)
        {
            if (ct.IsCancellationRequested)
            {
                break;
            }

            var result = await RunScenarioAsync(options, scenario.Scaled(options.DurationScale), progress, log, ct).ConfigureAwait(false);
            if (result is null)
            {
                break;
            }

            results.Add(result);
        }

        return results;
    }

    /// <summary>Null when cancelled before any bundle was replayed (nothing was measured, nothing is written).</summary>
    private static async Task<LoadScenarioResult?> RunScenarioAsync(LoadRunOptions options, LoadScenario scenario, IProgress<LoadProgress>? progress,
        IProgress<string>? log, CancellationToken ct)
    {
        var layout = new RootLayout(options.Root);
        var runId = RootLayout.NewRunId(options.Clock);
        var runDirectory = layout.RunDirectory(runId);
        var started = options.Clock.GetUtcNow();
        var diagnostics = new List<Diagnostic>();
        var outcomes = new List<MeasuredReplay>();
        var spool = Path.Combine(runDirectory, "spool");
        var stores = Path.Combine(runDirectory, "stores");
        var corpora = new List<string>();
        try
        {
            int?[] sides = scenario.Doubling is { } d ? [d.SitesBefore, d.SitesAfter] : [null];
            var bundles = new List<IReadOnlyList<HostSlice>>();
            foreach (var sites in sides)
            {
                var corpus = LoadCorpus.Prepare(options.File, options.Root, sites, log, ct);
                corpora.Add(corpus);
                var slices = await Task.Run(() => LoadCorpus.Split(corpus, Path.Combine(spool, sites?.ToString(CultureInfo.InvariantCulture) ?? "all"),
                    options.Split, diagnostics, ct), ct).ConfigureAwait(false);
                CheckSites(options.File, scenario, slices, corpus);
                var ordered = LoadCorpus.Order(slices, options.File.WeightOf);
                bundles.Add(ordered.Count > 0 ? ordered : throw new ScenarioException(options.File.Path, "$.corpus",
                    $"{corpus} holds no host bundle{(options.File.SiteWeights.Count > 0 ? " of a site with a weight above 0" : "")}"));
            }

            if (scenario.WarmUp)
            {
                WarmUp(bundles[0]);
                if (scenario.Doubling is not null)
                {
                    // Repetitions are compared with each other: the first must not also pay for tiered JIT and cold caches.
                    log?.Report($"Scenario {scenario.Name}: one unmeasured warm-up replay");
                    await WarmUpReplayAsync(options, scenario, runDirectory, runId, started, bundles[0], ct).ConfigureAwait(false);
                }
            }

            log?.Report(string.Create(CultureInfo.InvariantCulture,
                $"Scenario {scenario.Name}: run {runId}, {string.Join(" / ", bundles.Select(b => $"{b.Count} bundles ({b.Sum(s => s.Length) / 1e6:0.0} MB)"))}"));
            await using (var telemetry = new TelemetryWriter(Path.Combine(runDirectory, LoadGates.TelemetryFileName), layout.DailyTelemetry, runId) { Pass = "load" })
            {
                telemetry.Emit(new RunStarted("load", layout.Root, bundles.Sum(b => b.Count), "sqlite"));
                var ctx = new ReplayContext(options, scenario, telemetry, new RunStamp(runId, started), progress);
                var repetitions = scenario.Doubling?.Repetitions ?? 1;
                for (var rep = 1; rep <= repetitions && !ct.IsCancellationRequested; rep++)
                {
                    for (var side = 0; side < sides.Length && !ct.IsCancellationRequested; side++)
                    {
                        var n = outcomes.Count + 1;
                        var label = scenario.Doubling is null ? "load" : string.Create(CultureInfo.InvariantCulture, $"load#{n}");
                        var data = Path.Combine(stores, string.Create(CultureInfo.InvariantCulture, $"rep-{n}"));
                        Settle();
                        var outcome = await ReplayRun.RunAsync(ctx, bundles[side], data, label, n, ct).ConfigureAwait(false);
                        outcomes.Add(LoadSummaries.Measure(options.File, scenario, outcome, side,
                            bundles[side].Select(b => b.Site).Distinct(StringComparer.OrdinalIgnoreCase).Count()));
                        diagnostics.AddRange(outcome.Diagnostics);
                        if (scenario.Doubling is not null && !options.File.Store.Keep)
                        {
                            DeleteQuietly(data);
                        }
                    }
                }

                var passes = outcomes.Select(o => o.Pass).ToList();
                telemetry.Emit(new RunCompleted("load", passes.Sum(p => p.HostsParsed), passes.Sum(p => p.HostsSkipped), passes.Sum(p => p.HostsFailed),
                    passes.Sum(p => p.Bytes), passes.Sum(p => p.RowsWritten), passes.Sum(p => p.DurationSeconds), diagnostics.Count > 0 ? 3 : 0, diagnostics.Count));
            }

            if (outcomes.Count == 0)
            {
                return null;
            }

            var cancelled = ct.IsCancellationRequested;
            var (summary, report) = LoadSummaries.Build(options, scenario, runId, started, outcomes, corpora, diagnostics, cancelled);
            RunSummaryFile.Write(runDirectory, summary);
            TimeSeries.Write(runDirectory, new TimeSeries { Points = [.. outcomes.SelectMany(o => o.Points)] });
            IReadOnlyList<GateVerdict> verdicts = [];
            if (options.EvaluateGates)
            {
                verdicts = LoadGates.Evaluate(runDirectory, summary, scenario, options.Gates, (pass, sites) => outcomes[pass].SiteLatencies[MeasuredReplay.Key(sites)]);
                report.Thresholds = verdicts;
            }

            LoadReport.Write(runDirectory, report);
            return new LoadScenarioResult(scenario, runDirectory, summary, report, verdicts, diagnostics, cancelled);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested && outcomes.Count == 0)
        {
            return null;
        }
        finally
        {
            DeleteQuietly(spool);
            if (!options.File.Store.Keep)
            {
                DeleteQuietly(stores);
            }
        }
    }

    /// <summary>Site names in <c>sites</c> and in thresholds must be sites of the corpus: a typo would silently weigh or measure nothing.</summary>
    private static void CheckSites(LoadFile file, LoadScenario scenario, IReadOnlyList<HostSlice> slices, string corpus)
    {
        var known = slices.Select(s => s.Site).ToHashSet(StringComparer.OrdinalIgnoreCase);
        string Known() => string.Join(", ", known.Order(StringComparer.Ordinal).Take(30)) + (known.Count > 30 ? ", …" : "");
        foreach (var site in file.SiteWeights.Keys)
        {
            if (!known.Contains(site))
            {
                throw new ScenarioException(file.Path, $"$.sites.{site}", $"{site} is not a site of the corpus {corpus} (its sites: {Known()})");
            }
        }

        var index = file.Scenarios.ToList().FindIndex(s => s.Name == scenario.Name);
        for (var t = 0; t < scenario.Thresholds.Count; t++)
        {
            foreach (var site in scenario.Thresholds[t].Sites ?? [])
            {
                if (!known.Contains(site))
                {
                    throw new ScenarioException(file.Path, string.Create(CultureInfo.InvariantCulture, $"$.scenarios[{index}].thresholds[{t}].sites"),
                        $"{site} is not a site of the corpus {corpus} (its sites: {Known()})");
                }
            }
        }
    }

    /// <summary>
    /// A whole replay whose results are thrown away, into its own store, with its telemetry in a scratch folder (so it
    /// counts in no gate); cancelled with the run.
    /// </summary>
    private static async Task WarmUpReplayAsync(LoadRunOptions options, LoadScenario scenario, string runDirectory, string runId, DateTimeOffset started,
        IReadOnlyList<HostSlice> bundles, CancellationToken ct)
    {
        var scratch = Path.Combine(runDirectory, "warmup");
        try
        {
            await using var telemetry = new TelemetryWriter(Path.Combine(scratch, LoadGates.TelemetryFileName), scratch, runId) { Pass = "warmup" };
            var ctx = new ReplayContext(options, scenario, telemetry, new RunStamp(runId, started), null);
            await ReplayRun.RunAsync(ctx, bundles, Path.Combine(scratch, "stores"), "warmup", 0, ct).ConfigureAwait(false);
        }
        finally
        {
            DeleteQuietly(scratch);
        }
    }

    /// <summary>Each replay starts from a collected heap, so one replay's garbage is not another's pause.</summary>
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>Parses up to one bundle per platform (at most 32 bundles) so the parsers are compiled before the clock starts; nothing is written or measured.</summary>
    private static void WarmUp(IReadOnlyList<HostSlice> bundles)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slice in bundles.Take(32))
        {
            try
            {
                if (IngestPipeline.Parse(slice, out var platform) is { } facts && seen.Add(platform))
                {
                    _ = HostDiff.Sign(facts);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bundle the parser fails on fails again, measured, in the replay.
            }
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // A store still held open by another process stays; the run's results do not depend on it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
