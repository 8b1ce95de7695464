using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StateTrace.Engine.Gates;
using StateTrace.Engine.Input;
using StateTrace.Engine.Nightly;
using StateTrace.Engine.Pipeline;
using StateTrace.Engine.Runs;
using StateTrace.Engine.Settings;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Verification;

namespace StateTrace.Tool.Commands;

/// <summary>The typed arguments of <c>statetrace nightly</c>; the defaults suit a nightly on the 2-core machine (a few minutes).</summary>
internal sealed record NightlyArgs
{
    public required string Root { get; init; }

    /// <summary>Seed of the reference corpus. Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Size of the reference corpus, as <c>generate --size</c> reads it. Default 200MB.</summary>
    public string Size { get; init; } = "200MB";

    /// <summary>Cold/warm repetitions of the verify run. Default 5.</summary>
    public int Repeat { get; init; } = 5;

    /// <summary>Nightlies kept in the index (and their run folders). Default 60.</summary>
    public int Retention { get; init; } = NightlyRetention.DefaultRetention;

    /// <summary>Relative threshold for a breach: <c>10%</c> or <c>0.1</c>. Default 10 %.</summary>
    public string Threshold { get; init; } = "10%";

    public string? GatesFile { get; init; }

    /// <summary>Load scenarios replayed after verify (the Nightly target passes the shipped ones). Default none.</summary>
    public IReadOnlyList<string> Scenarios { get; init; } = [];

    /// <summary>Write the trend report (<c>report --history</c>) at the end. Default true.</summary>
    public bool TrendReport { get; init; } = true;
}

/// <summary>
/// <c>statetrace nightly</c>: the reference corpus (generated once per seed and size), verify with repetitions and its
/// gates, an entry in <c>runs/index.json</c>, each key metric against the rolling median of the last 5 green nightlies
/// of this machine (alert, exit 1, only on a second breach in a row), <c>nightly.json</c> and a nightly summary, the trend
/// report, and retention. Exit 1 on an alert or a failed gate, else 5 when a gate lacked data, else 3 for bad inputs.
/// </summary>
internal static class NightlyCommand
{
    private const double Mebibyte = 1024 * 1024;

    public static Command Create()
    {
        var seed = new Option<ulong>("--seed") { Description = "Seed of the reference corpus. Default 1.", DefaultValueFactory = _ => 1 };
        var size = new Option<string>("--size")
        {
            Description = "Size of the reference corpus (bytes, 512KB, 200MB, 1GB); cached under <root>/corpora/reference-seed<seed>-<size>. Default 200MB.",
            DefaultValueFactory = _ => "200MB",
        };
        var repeat = new Option<int>("--repeat") { Description = "Cold/warm repetitions of the verify run. Default 5.", DefaultValueFactory = _ => 5 };
        var retention = new Option<int>("--retention")
        {
            Description = "Nightlies kept in runs/index.json; older ones leave the index and their run folders are deleted. Default 60.",
            DefaultValueFactory = _ => NightlyRetention.DefaultRetention,
        };
        var threshold = new Option<string>("--threshold")
        {
            Description = "A metric worse than the baseline median by more than this breaches: 10% or 0.1 (above 0, below 100 %). Default 10%.",
            DefaultValueFactory = _ => "10%",
        };
        var gates = new Option<string?>("--gates") { Description = "A gates file for the verify run's gates (see README)." };
        var noReport = new Option<bool>("--no-report") { Description = "Skip the trend report." };
        var scenarios = new Option<string[]>("--scenarios") { Description = "Load scenarios to replay after verify, e.g. loadtests/double-databases.json (default: none).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("nightly", "Reference corpus, verify with repetitions, run index, rolling baseline, persistence rule, trend report, retention.")
        {
            seed, size, repeat, retention, threshold, gates, noReport, scenarios,
        };
        command.SetAction(async (result, ct) => (int)await RunAsync(new NightlyArgs
        {
            Root = CommonOptions.ResolveRoot(result),
            Seed = result.GetValue(seed),
            Size = result.GetValue(size)!,
            Repeat = result.GetValue(repeat),
            Retention = result.GetValue(retention),
            Threshold = result.GetValue(threshold)!,
            GatesFile = result.GetValue(gates),
            TrendReport = !result.GetValue(noReport),
            Scenarios = result.GetValue(scenarios) ?? [],
        }, Console.Out, ct));
        return command;
    }

    internal static async Task<ExitCode> RunAsync(NightlyArgs args, TextWriter output, CancellationToken ct)
    {
        var (bytes, rules, settings) = Validate(args);
        var layout = new RootLayout(args.Root);
        var runId = RootLayout.NewRunId();
        var started = DateTimeOffset.UtcNow;
        NightlyIndex index;
        try
        {
            // Refused before the hour of work, not after it.
            index = NightlyFiles.ReadIndex(layout.Runs);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException(e.Message + " Repair or remove it; the nightly will not overwrite it.");
        }

        var corpus = await Task.Run(() => ReferenceCorpora.Ensure(args.Root, args.Seed, bytes, null, ct), ct);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Nightly {runId}: corpus {corpus.Name} ({corpus.Hosts:N0} hosts, {corpus.TotalBytes / Mebibyte:N1} MB, {(corpus.Generated ? "generated" : "cached")}) at {corpus.Directory}"));

        VerifyResult verify;
        try
        {
            verify = await VerifyAsync(args, corpus, settings, ct);
        }
        catch (StoreException e)
        {
            await output.WriteLineAsync(e.Message);
            return ExitCode.Environment;
        }

        await output.WriteLineAsync(
            $"Verify run {verify.Summary.RunId}: {args.Repeat} repetitions, {verify.Diagnostics.Count} diagnostics. Summary: {Path.Combine(verify.RunDirectory, RunSummaryFile.FileName)}");
        var gates = await GateCommand.RunAsync(new GateArgs(verify.RunDirectory, args.GatesFile, null, args.Root), output, ct);
        await DropStoresAsync(verify.RunDirectory, output);
        var checks = ExitCodes.Combine(verify.Diagnostics.Count > 0 ? ExitCode.BadInput : ExitCode.Ok, gates);

        var (loads, loadExit) = await LoadAsync(args, layout, output, ct);
        checks = ExitCodes.Combine(checks, loadExit);

        var identity = Fingerprints.Code();
        var metrics = NightlyMetrics.FromVerify(verify.Summary);
        NightlyMetrics.AddLoad(metrics, loads);
        var entry = new NightlyEntry
        {
            RunId = runId,
            RunIds = [runId, verify.Summary.RunId, .. loads.Select(l => l.RunId)],
            TimestampUtc = started,
            MachineId = verify.Summary.Machine.Id,
            Machine = verify.Summary.Machine,
            Commit = identity.Commit,
            Version = identity.Version,
            Corpus = corpus.Name,
            Green = checks == ExitCode.Ok,
            Metrics = metrics,
        };
        var verdicts = NightlyRules.Evaluate(entry, index.Entries, rules);
        entry = entry with { Verdicts = verdicts.ToDictionary(v => v.Metric, v => v.Verdict, StringComparer.Ordinal) };
        var alert = verdicts.Any(v => v.Verdict == NightlyVerdict.Alert);
        var exit = ExitCodes.Combine(checks, alert ? ExitCode.GateFailed : ExitCode.Ok);
        await WriteVerdictsAsync(entry, verdicts, rules, output);

        var runDirectory = layout.RunDirectory(runId);
        var summary = Summary(args, runId, started, verify, corpus, bytes, rules, exit, identity);
        foreach (var load in loads)
        {
            // The doubling verdict of a load scenario becomes the nightly's, which the doubling gate reads.
            foreach (var key in new[] { "DoublingVerdict", "DoublingSlowdownPercent", "DoublingSamples" })
            {
                if (load.Settings.TryGetValue(key, out var value))
                {
                    summary.Settings[key] = value;
                }
            }

            summary.Settings["LoadRuns"] = string.Join(';', loads.Select(l => l.RunId));
        }

        RunSummaryFile.Write(runDirectory, summary);
        if (summary.Settings.ContainsKey("DoublingVerdict"))
        {
            exit = ExitCodes.Combine(exit, await GateCommand.RunAsync(new GateArgs(runDirectory, args.GatesFile, null, args.Root), output, ct));
        }
        var reportPath = NightlyFiles.WriteReport(runDirectory, new NightlyReport
        {
            RunId = runId,
            MachineId = entry.MachineId,
            Green = entry.Green,
            Threshold = rules.Threshold,
            Window = rules.Window,
            Alert = alert,
            RunIds = entry.RunIds,
            Verdicts = verdicts,
        });

        var plan = NightlyRetention.Plan([.. index.Entries, entry], args.Retention, entry.RunIds);
        var indexPath = NightlyFiles.WriteIndex(layout.Runs, index with { Entries = [.. plan.Kept] });
        var deleted = NightlyRetention.Apply(layout.Runs, plan);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Index: {indexPath} ({plan.Kept.Count} nightlies, retention {args.Retention}); pruned {plan.Removed.Count} nightlies, {deleted.Count} run folders deleted."));

        if (args.TrendReport)
        {
            await TrendReportAsync(args.Root, layout.Runs, entry.MachineId, rules, output, ct);
        }

        await output.WriteLineAsync($"Nightly: {reportPath}");
        return exit;
    }

    private static (long Bytes, NightlyRuleOptions Rules, StateTraceSettings Settings) Validate(NightlyArgs args)
    {
        if (args.Repeat < 1)
        {
            throw new UsageException($"--repeat must be 1 or more (got {args.Repeat}).");
        }

        if (args.Retention < 1)
        {
            throw new UsageException($"--retention must be 1 or more (got {args.Retention}).");
        }

        var bytes = GenerateCommand.ParseSize(args.Size);
        var rules = new NightlyRuleOptions { Threshold = ParseThreshold(args.Threshold) };
        try
        {
            // A bad gates file is refused now rather than after the verify run.
            _ = args.GatesFile is null ? null : GateSettings.Load(args.GatesFile);
        }
        catch (GateSettingsException e)
        {
            throw new UsageException(e.Message);
        }

        var settings = Settings.Load(args.Root, new Dictionary<string, string?>());
        if (settings.Store.Kind != "sqlite")
        {
            throw new UsageException($"nightly verifies on fresh SQLite stores in its run folders; the settings' store kind {settings.Store.Kind} is not supported by nightly.");
        }

        return (bytes, rules, settings);
    }

    /// <summary>Reads <c>10%</c>, <c>12.5 %</c> or a fraction (<c>0.1</c>): above 0 and below 100 %, as the trend report takes it.</summary>
    internal static double ParseThreshold(string text)
    {
        var span = text.AsSpan().Trim();
        var percent = span.EndsWith('%');
        if (percent)
        {
            span = span[..^1].TrimEnd();
        }

        if (!double.TryParse(span, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || (!percent && value >= 1))
        {
            throw new UsageException($"--threshold: '{text}' is not a relative threshold; give a percentage or a fraction, e.g. 10% or 0.1.");
        }

        var fraction = percent ? value / 100 : value;
        return fraction is > 0 and < 1
            ? fraction
            : throw new UsageException($"--threshold: '{text}' is out of range; give more than 0 and less than 100 %.");
    }

    private static async Task<VerifyResult> VerifyAsync(NightlyArgs args, ReferenceCorpus corpus, StateTraceSettings settings, CancellationToken ct)
    {
        try
        {
            return await VerifyRunner.RunAsync(new VerifyOptions
            {
                Root = args.Root,
                Inputs = [corpus.Directory],
                Repeat = args.Repeat,
                PassTemplate = new IngestOptions
                {
                    Root = args.Root,
                    Inputs = [corpus.Directory],
                    Scheduler = settings.Scheduler,
                    MaxInterfacesPerBatch = settings.MaxInterfacesPerBatch,
                    Split = new SplitOptions { SliceCapBytes = settings.SliceCapBytes },
                    Store = settings.Store,
                },
            }, new Progress<VerifyProgress>(p => Console.Error.WriteLine($"verify: {p.Pass} pass {p.Repetition}/{p.Repetitions}")), ct);
        }
        catch (Engine.Parsing.Templates.PortTemplateException e)
        {
            throw new UsageException("Port templates: " + e.Message);
        }
    }

    private static async Task WriteVerdictsAsync(NightlyEntry entry, IReadOnlyList<MetricVerdict> verdicts, NightlyRuleOptions rules, TextWriter output)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Nightly metrics, machine {entry.MachineId}, {(entry.Green ? "green" : "red")} (threshold {rules.Threshold * 100:0.##} %, median of the last {rules.Window} green nightlies):"));
        foreach (var verdict in verdicts)
        {
            var label = verdict.Verdict switch
            {
                NightlyVerdict.Ok => "ok",
                NightlyVerdict.Breach => "breach (warning)",
                NightlyVerdict.Alert => "ALERT",
                NightlyVerdict.InsufficientHistory => "insufficient history",
                _ => "not measured",
            };
            await output.WriteLineAsync($"  {verdict.Metric,-18} {label,-21} {verdict.Reason}");
        }
    }

    /// <summary>Replays each load scenario and returns the summaries of the runs it made.</summary>
    private static async Task<(List<RunSummary> Loads, ExitCode Exit)> LoadAsync(NightlyArgs args, RootLayout layout, TextWriter output, CancellationToken ct)
    {
        var scenarios = args.Scenarios;
        if (scenarios.Count == 0)
        {
            await output.WriteLineAsync("No load scenarios given (--scenarios): the nightly measures verify only.");
            return ([], ExitCode.Ok);
        }

        var loads = new List<RunSummary>();
        var exit = ExitCode.Ok;
        foreach (var scenario in scenarios)
        {
            var before = Directory.Exists(layout.Runs) ? Directory.GetDirectories(layout.Runs).ToHashSet(StringComparer.Ordinal) : [];
            await output.WriteLineAsync($"Load scenario {scenario}:");
            exit = ExitCodes.Combine(exit, await LoadCommand.RunAsync(new LoadArgs(args.Root, scenario, 1.0, args.GatesFile, false, new Dictionary<string, string?>()), output, ct));
            foreach (var run in Directory.GetDirectories(layout.Runs).Where(d => !before.Contains(d)).Order(StringComparer.Ordinal))
            {
                if (File.Exists(Path.Combine(run, RunSummaryFile.FileName)) && RunSummaryFile.Read(run) is { RunKind: "load" } load)
                {
                    loads.Add(load);
                }
            }
        }

        return (loads, exit);
    }

    private static RunSummary Summary(NightlyArgs args, string runId, DateTimeOffset started, VerifyResult verify, ReferenceCorpus corpus, long bytes,
        NightlyRuleOptions rules, ExitCode exit, CodeIdentity identity) => new()
        {
            RunId = runId,
            RunKind = "nightly",
            StartedUtc = started,
            CompletedUtc = DateTimeOffset.UtcNow,
            Machine = verify.Summary.Machine,
            Code = identity,
            Settings = new Dictionary<string, string>
            {
                ["Corpus"] = corpus.Directory,
                ["Seed"] = args.Seed.ToString(CultureInfo.InvariantCulture),
                ["Size"] = ReferenceCorpora.SizeLabel(bytes),
                ["Repeat"] = args.Repeat.ToString(CultureInfo.InvariantCulture),
                ["VerifyRun"] = verify.Summary.RunId,
                ["Threshold"] = rules.Threshold.ToString(CultureInfo.InvariantCulture),
                ["Window"] = rules.Window.ToString(CultureInfo.InvariantCulture),
                ["Retention"] = args.Retention.ToString(CultureInfo.InvariantCulture),
            },
            PeakWorkingSetBytes = Process.GetCurrentProcess().PeakWorkingSet64,
            ExitCode = (int)exit,
            DiagnosticCount = verify.Diagnostics.Count,
        };

    /// <summary>
    /// The verify run's SQLite stores (VerifyRunner writes them to <c>&lt;run&gt;/stores</c>) are several times the corpus
    /// per repetition; gates, reports and the index read only the summary and telemetry, so a nightly does not keep them.
    /// </summary>
    private static async Task DropStoresAsync(string verifyRun, TextWriter output)
    {
        var stores = Path.Combine(verifyRun, "stores");
        try
        {
            if (Directory.Exists(stores))
            {
                Directory.Delete(stores, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"Stores kept at {stores}: {e.Message}");
        }
    }

    /// <summary>
    /// <c>report --history &lt;runs&gt; --fingerprint &lt;this machine&gt;</c> with the nightly's threshold. A report that cannot be
    /// written is said but does not change the exit code: the verdicts are in nightly.json either way.
    /// </summary>
    private static async Task TrendReportAsync(string root, string runs, string machineId, NightlyRuleOptions rules, TextWriter output, CancellationToken ct)
    {
        try
        {
            await ReportCommand.RunAsync(new ReportArgs(null, root) { History = runs, Fingerprint = machineId, ThresholdPercent = rules.Threshold * 100 }, output, ct);
        }
        catch (UsageException e)
        {
            await output.WriteLineAsync("Trend report not written: " + e.Message);
        }
    }
}
