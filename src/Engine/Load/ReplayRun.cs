using StateTrace.Engine.Diagnostics;
using StateTrace.Engine.Input;
using StateTrace.Engine.Pipeline;
using StateTrace.Engine.Runs;
using StateTrace.Engine.Scheduling;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Telemetry;

namespace StateTrace.Engine.Load;

/// <summary>What one replay (one pass) measured; its recorder is summarised into a <see cref="MeasuredReplay"/> and dropped.</summary>
internal sealed record ReplayOutcome(
    PassSummary Pass,
    LoadRecorder Recorder,
    IReadOnlyList<TimePoint> Points,
    MemoryStats Memory,
    long Dropped,
    int MaxInFlight,
    string Stopped,
    TimeSpan Duration,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<DatabaseSize> Sizes,
    ConcurrencyProfile Profile);

/// <summary>
/// A replay's results, kept for the scenario's summary: its histograms are summarised right away (they take about a
/// megabyte per site), including the merged latencies of every site set a threshold names.
/// </summary>
internal sealed record MeasuredReplay(PassSummary Pass, ScenarioStats Stats, IReadOnlyList<TimePoint> Points, string Stopped, long Dropped, int Workers,
    IReadOnlyDictionary<string, Dictionary<string, LatencyStats>> SiteLatencies, int Sites, int Side)
{
    public static string Key(IReadOnlyList<string> sites) => string.Join(',', sites).ToUpperInvariant();
}

/// <summary>What every replay of a scenario shares.</summary>
internal sealed record ReplayContext(LoadRunOptions Options, LoadScenario Scenario, TelemetryWriter Telemetry, RunStamp Run, IProgress<LoadProgress>? Progress)
{
    public TimeProvider Clock => Options.Clock;
    public LoadTimeline Timeline { get; } = Scenario.Timeline();
}

/// <summary>
/// One replay: the bundles injected by the scenario's simulations into the real pipeline (open fair scheduler, parse
/// workers, one writer per site) over a fresh store in <paramref name="dataDirectory"/>, then drained. Injection stops
/// at the end of the simulations, when the corpus runs out, or on cancellation; what is in flight then finishes within
/// the drain timeout, so a run is bounded by the scenario's duration plus that timeout.
/// </summary>
internal static class ReplayRun
{
    public static async Task<ReplayOutcome> RunAsync(ReplayContext ctx, IReadOnlyList<HostSlice> bundles, string dataDirectory, string label,
        int repetition, CancellationToken ct)
    {
        var (options, scenario, telemetry, clock) = (ctx.Options, ctx.Scenario, ctx.Telemetry, ctx.Clock);
        var stats = new PassStats();
        var recorder = new LoadRecorder();
        var siteCount = bundles.Select(b => b.Site).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var profile = ConcurrencyProfile.Resolve(options.Scheduler, Environment.ProcessorCount, bundles.Count, siteCount);
        telemetry.Emit(new ConcurrencyProfileResolved(profile.Workers, profile.MaxWorkersPerSite, profile.MaxActiveSites, profile.MaxConsecutiveSiteLaunches,
            profile.JobsPerThread, profile.ChannelCapacity, profile.DecisionSource, Environment.ProcessorCount, bundles.Count, siteCount));

        var diagnostics = new List<Diagnostic>();
        IReadOnlyList<DatabaseSize> sizes;
        var stage = new PipelineStage(clock, recorder, stats, telemetry, ctx.Run);
        LoadDriver driver;
        LoadSampler sampler;
        Replay replay;
        long start;
        var drained = true;
        using (var stores = new SiteStores(dataDirectory, new StoreOptions { Kind = "sqlite" }))
        {
            var writers = new SiteWriters(stores, new SiteCaches(), telemetry, ctx.Run, force: true, profile.ChannelCapacity,
                options.MaxInterfacesPerBatch, stage.OnWritten);
            replay = new Replay(bundles, profile, clock, recorder, stage, telemetry);
            stage.Writers = writers;
            stage.Replay = replay;
            using var work = new CancellationTokenSource();
            replay.StartWorkers(work.Token);
            driver = new LoadDriver(ctx.Timeline, clock, scenario.MaxInFlight);
            start = clock.GetTimestamp();
            sampler = new LoadSampler(clock, start, replay, recorder, ctx.Timeline, driver, scenario.Name, label, telemetry, ctx.Progress);
            using (sampler)
            {
                sampler.Start();
                await driver.RunAsync(replay, start, ct).ConfigureAwait(false);
                replay.CompleteAdding();
                if (!await replay.DrainAsync(scenario.DrainTimeout).ConfigureAwait(false))
                {
                    drained = false;
                    await work.CancelAsync().ConfigureAwait(false);
                    replay.AbandonInFlight();
                }

                await replay.StopWorkersAsync().ConfigureAwait(false);
                try
                {
                    await writers.CompleteAsync().ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!drained)
                {
                    // The drain timed out and the writers were stopped with what they held.
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    diagnostics.Add(new Diagnostic(dataDirectory, 0, $"A site writer failed ({e.GetType().Name}: {e.Message}); its bundles were not written."));
                }
            }

            sampler.Sample();
            diagnostics.AddRange(stores.Diagnostics);
            sizes = stores.Sizes(options.DatabaseSizeWarningBytes);
            foreach (var size in sizes)
            {
                telemetry.Emit(size);
            }
        }

        diagnostics.AddRange(stage.Diagnostics);
        var end = replay.LastDone != 0 ? replay.LastDone : clock.GetTimestamp();
        var duration = clock.GetElapsedTime(start, Math.Max(start, end));
        var stopped = !drained ? "drain-timeout" : driver.Stop switch
        {
            LoadStop.Cancelled => "cancelled",
            LoadStop.CorpusExhausted => "corpus-exhausted",
            _ => "completed",
        };

        var pass = stats.Summarize("load", repetition, duration);
        pass = pass with
        {
            Latencies = new Dictionary<string, LatencyStats>(pass.Latencies)
            {
                ["QueueDelay"] = recorder.All.QueueDelay.Latency(),
                ["EndToEnd"] = recorder.All.LatencyOk.Latency(),
            },
        };
        return new ReplayOutcome(pass, recorder, sampler.Points, sampler.Memory(), driver.Dropped, driver.MaxInFlight, stopped, duration, diagnostics, sizes, profile);
    }
}
