using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using StateTrace.Engine.Diagnostics;
using StateTrace.Engine.Runs;

namespace StateTrace.Engine.Load;

/// <summary>Turns a scenario's replays into its run summary (what the gates read) and its NBomber-shaped <c>load.json</c>.</summary>
internal static class LoadSummaries
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static (RunSummary Summary, LoadReport Report) Build(LoadRunOptions options, LoadScenario scenario, string runId, DateTimeOffset started,
        IReadOnlyList<MeasuredReplay> outcomes, IReadOnlyList<string> corpora, List<Diagnostic> diagnostics, bool cancelled)
    {
        var file = options.File;
        var passes = outcomes.Select(o => o.Pass).ToList();
        var stopped = cancelled ? "cancelled" : outcomes.Select(o => o.Stopped).FirstOrDefault(s => s == "drain-timeout") ?? outcomes[^1].Stopped;
        var settings = new Dictionary<string, string>
        {
            ["ScenarioFile"] = file.Path,
            ["Scenario"] = scenario.Name,
            ["LoadSimulations"] = string.Join("; ", scenario.Simulations.Select(Describe)),
            ["Model"] = scenario.Timeline().IsOpen ? "open" : "closed",
            ["Corpus"] = string.Join(";", corpora),
            ["SiteWeights"] = string.Join(",", file.SiteWeights.Select(w => string.Create(C, $"{w.Key}={w.Value}")).Prepend(string.Create(C, $"*={file.DefaultSiteWeight}"))),
            ["MaxInFlight"] = scenario.MaxInFlight.ToString(C),
            ["DrainTimeoutSeconds"] = scenario.DrainTimeout.TotalSeconds.ToString(C),
            ["DurationScale"] = options.DurationScale.ToString(C),
            ["Store"] = "sqlite",
            ["MaxInterfacesPerBatch"] = options.MaxInterfacesPerBatch.ToString(C),
            ["MaxParallelism"] = options.Scheduler.MaxParallelism.ToString(C),
            ["MaxWorkersPerSite"] = options.Scheduler.MaxWorkersPerSite.ToString(C),
            ["MaxActiveSites"] = options.Scheduler.MaxActiveSites.ToString(C),
            ["MaxConsecutiveSiteLaunches"] = options.Scheduler.MaxConsecutiveSiteLaunches.ToString(C),
            ["AutoScaleConcurrency"] = options.Scheduler.AutoScaleConcurrency.ToString(),
            ["Workers"] = outcomes[0].Workers.ToString(C),
            ["Dropped"] = outcomes.Sum(o => o.Dropped).ToString(C),
            ["Stopped"] = stopped,
        };

        DoublingStats? doubling = null;
        List<RepetitionSample> repetitions;
        if (scenario.Doubling is { } spec)
        {
            var before = outcomes.Where(o => o.Side == 0).Select(o => o.Pass.DurationSeconds).ToList();
            var after = outcomes.Where(o => o.Side == 1).Select(o => o.Pass.DurationSeconds).ToList();
            doubling = DoublingAnalysis.Compare(spec.SitesBefore, spec.SitesAfter, before, after, spec.ThresholdPercent, spec.Alpha);
            settings["DoublingVerdict"] = doubling.Verdict;
            settings["DoublingSlowdownPercent"] = doubling.SlowdownPercent.ToString("R", C);
            settings["DoublingSamples"] = Math.Min(before.Count, after.Count).ToString(C);
            settings["DoublingSites"] = string.Create(C, $"{spec.SitesBefore},{spec.SitesAfter}");
            settings["DoublingThresholdPercent"] = spec.ThresholdPercent.ToString(C);
            settings["DoublingAlpha"] = spec.Alpha.ToString(C);
            if (doubling.PValueSlower is double p)
            {
                settings["DoublingPValue"] = p.ToString("R", C);
            }

            var counters = new Dictionary<int, int>();
            repetitions = [.. outcomes.Select(o =>
            {
                counters[o.Sites] = counters.GetValueOrDefault(o.Sites) + 1;
                var t = o.Pass.Throughput;
                return new RepetitionSample(string.Create(C, $"load-{o.Sites}-sites"), counters[o.Sites], o.Pass.DurationSeconds,
                    t.MegabytesPerSecond, t.HostsPerSecond, t.RowsPerSecond);
            })];
        }
        else
        {
            repetitions = [.. passes.Select(p => new RepetitionSample(p.Pass, p.Repetition, p.DurationSeconds,
                p.Throughput.MegabytesPerSecond, p.Throughput.HostsPerSecond, p.Throughput.RowsPerSecond))];
        }

        var summary = new RunSummary
        {
            RunId = runId,
            RunKind = "load",
            StartedUtc = started,
            CompletedUtc = DateTimeOffset.UtcNow,
            Machine = Fingerprints.Machine("sqlite"),
            Code = Fingerprints.Code(),
            Settings = settings,
            Passes = passes,
            Repetitions = repetitions,
            PeakWorkingSetBytes = Process.GetCurrentProcess().PeakWorkingSet64,
            DiagnosticCount = diagnostics.Count,
            Diagnostics = diagnostics.Count <= RunSummary.MaxDiagnostics ? diagnostics : diagnostics.GetRange(0, RunSummary.MaxDiagnostics),
            ExitCode = diagnostics.Count > 0 ? 3 : 0,
        };

        var stats = outcomes.Select(o => o.Stats).ToList();
        var report = new LoadReport
        {
            ScenarioFile = file.Path,
            TestInfo = new TestInfo(runId, "statetrace", Path.GetFileNameWithoutExtension(file.Path), started),
            NodeInfo = new NodeInfo(Environment.MachineName, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription,
                summary.Machine.CpuModel, Environment.ProcessorCount, summary.Code.Version),
            ScenarioStats = stats,
            Doubling = doubling,
            AllRequestCount = stats.Sum(s => s.AllRequestCount),
            AllOkCount = stats.Sum(s => s.AllOkCount),
            AllFailCount = stats.Sum(s => s.AllFailCount),
            AllBytes = stats.Sum(s => s.AllBytes),
            Duration = TimeSpan.FromTicks(stats.Sum(s => s.Duration.Ticks)),
        };
        return (summary, report);
    }

    /// <summary>Summarises a replay's histograms so the replay's recorder can go.</summary>
    public static MeasuredReplay Measure(LoadFile file, LoadScenario scenario, ReplayOutcome outcome, int side, int sites)
    {
        var name = scenario.Doubling is null ? scenario.Name : string.Create(C, $"{scenario.Name} #{outcome.Pass.Repetition} ({sites} sites)");
        var latencies = new Dictionary<string, Dictionary<string, LatencyStats>>(StringComparer.Ordinal);
        foreach (var threshold in scenario.Thresholds)
        {
            if (threshold.Sites is { } set)
            {
                latencies[MeasuredReplay.Key(set)] = SiteLatencies(outcome.Recorder, set);
            }
        }

        return new MeasuredReplay(outcome.Pass, Scenario(scenario, file, outcome, name), outcome.Points, outcome.Stopped, outcome.Dropped,
            outcome.Profile.Workers, latencies, sites, side);
    }

    /// <summary>The merged per-host latencies of some sites in one replay, by the summary's metric names.</summary>
    public static Dictionary<string, LatencyStats> SiteLatencies(LoadRecorder recorder, IReadOnlyList<string> sites)
    {
        var measures = recorder.Sites.Where(s => sites.Contains(s.Site, StringComparer.OrdinalIgnoreCase)).ToList();
        return new Dictionary<string, LatencyStats>
        {
            ["QueueDelay"] = LoadHistogram.Merge(measures.Select(m => m.QueueDelay)).Latency(),
            ["EndToEnd"] = LoadHistogram.Merge(measures.Select(m => m.LatencyOk)).Latency(),
            ["ParseDuration"] = LoadHistogram.Merge(measures.SelectMany(m => (LoadHistogram[])[m.ParseOk, m.ParseFail])).Latency(),
            ["DatabaseWriteLatency"] = LoadHistogram.Merge(measures.Select(m => m.DatabaseWrite)).Latency(),
        };
    }

    public static string Describe(LoadSimulation s) => s switch
    {
        Inject i => string.Create(C, $"Inject({i.Rate}, {ScenarioText.Format(i.Interval)}, {ScenarioText.Format(i.During)})"),
        RampingInject r => string.Create(C, $"RampingInject({r.Rate}, {ScenarioText.Format(r.Interval)}, {ScenarioText.Format(r.During)})"),
        KeepConstant k => string.Create(C, $"KeepConstant({k.Copies}, {ScenarioText.Format(k.During)})"),
        RampingConstant r => string.Create(C, $"RampingConstant({r.Copies}, {ScenarioText.Format(r.During)})"),
        _ => $"Pause({ScenarioText.Format(s.During)})",
    };

    private static int SitesOf(IReadOnlyList<MeasuredReplay> outcomes, int index) => outcomes[index].Sites;

    private static ScenarioStats Scenario(LoadScenario scenario, LoadFile file, ReplayOutcome o, string name)
    {
        var all = o.Recorder.All;
        var total = all.OkCount + all.FailCount;
        var seconds = Math.Max(1, o.Duration.TotalSeconds);
        var last = scenario.Timeline().Segments[^1];
        return new ScenarioStats
        {
            ScenarioName = name,
            Repetition = o.Pass.Repetition,
            Ok = Measurement(all.OkCount, total, seconds, all.LatencyOk, all.BytesOk, all.OkBytes, Codes(all, total, ok: true)),
            Fail = Measurement(all.FailCount, total, seconds, all.LatencyFail, all.BytesFail, all.FailBytes, Codes(all, total, ok: false)),
            StepStats =
            [
                new StepStats("parse",
                    Measurement(all.ParseOk.Count, all.ParseOk.Count + all.ParseFail.Count, seconds, all.ParseOk, all.BytesOk, all.OkBytes, []),
                    Measurement(all.ParseFail.Count, all.ParseOk.Count + all.ParseFail.Count, seconds, all.ParseFail, all.BytesFail, all.FailBytes, [])),
                new StepStats("write",
                    Measurement(all.WriteOk.Count, all.WriteOk.Count + all.WriteFail.Count, seconds, all.WriteOk, all.BytesOk, all.OkBytes, []),
                    Measurement(all.WriteFail.Count, all.WriteOk.Count + all.WriteFail.Count, seconds, all.WriteFail, all.BytesFail, all.FailBytes, [])),
            ],
            QueueDelay = all.QueueDelay.Detail(),
            LoadSimulationStats = new LoadSimulationStats(last.Simulation.Kind, Math.Round(last.To, 3)),
            AllRequestCount = total,
            AllOkCount = all.OkCount,
            AllFailCount = all.FailCount,
            AllBytes = all.Bytes,
            AllRows = all.Rows,
            DroppedCount = o.Dropped,
            MaxInFlight = o.MaxInFlight,
            Duration = o.Duration,
            MegabytesPerSecond = o.Pass.Throughput.MegabytesPerSecond,
            RowsPerSecond = o.Pass.Throughput.RowsPerSecond,
            Stopped = o.Stopped,
            Memory = o.Memory,
            Sites = [.. o.Recorder.Sites.Select(s => new SiteLoadStats(s.Site, file.WeightOf(s.Site), s.OkCount, s.FailCount, s.Bytes, s.Rows,
                s.QueueDelay.Detail(), s.LatencyOk.Detail()))],
        };
    }

    private static MeasurementStats Measurement(long count, long total, double seconds, LoadHistogram latency, LoadHistogram bytes, long allBytes,
        IReadOnlyList<StatusCodeStats> codes) =>
        new(new RequestStats(count, Math.Round(count / seconds, 3), total == 0 ? 0 : Math.Round(count * 100.0 / total, 2)),
            latency.Detail(), bytes.Transfer(allBytes), codes);

    private static List<StatusCodeStats> Codes(LoadRecorder.SiteMeasures m, long total, bool ok) =>
    [
        .. m.StatusCodes
            .Where(c => (c.Key == BundleStatus.Written) == ok)
            .OrderByDescending(c => c.Value)
            .Select(c => new StatusCodeStats(c.Key, !ok, Message(c.Key), c.Value, total == 0 ? 0 : Math.Round(c.Value * 100.0 / total, 2))),
    ];

    private static string Message(string code) => code switch
    {
        BundleStatus.Written => "rows committed",
        BundleStatus.UnknownPlatform => "the platform could not be recognised",
        BundleStatus.NoParser => "the platform has no parser yet",
        BundleStatus.ParserError => "the parser threw",
        BundleStatus.WriteError => "the write failed",
        BundleStatus.NotFinished => "still in flight when the drain timeout ended the run",
        _ => code,
    };
}
