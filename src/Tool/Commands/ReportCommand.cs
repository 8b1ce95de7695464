using System.CommandLine;
using System.Globalization;
using StateTrace.Tool.Reports;

namespace StateTrace.Tool.Commands;

/// <summary>What one report is of: a run (optionally against a baseline run), a BenchmarkDotNet folder, or a history of runs.</summary>
/// <param name="Run">A run folder, its summary.json, or a run id under &lt;root&gt;/runs.</param>
/// <param name="Output">The HTML file; default <c>&lt;root&gt;/reports/out/…html</c>.</param>
/// <param name="ThresholdPercent">The relative threshold of the before/after test and of the trend rule.</param>
internal sealed record ReportArgs(string? Run, string Root)
{
    public string? Output { get; init; }
    public string? Baseline { get; init; }
    public bool FailOnRegression { get; init; }
    public string? Bdn { get; init; }
    public string? History { get; init; }
    public string? Fingerprint { get; init; }
    public double ThresholdPercent { get; init; } = 5;
}

/// <summary>
/// <c>statetrace report</c>: one self-contained HTML file with inline SVG plots. Exit 1 with <c>--fail-on-regression</c>
/// when a primary metric is slower than the baseline; 2 for bad arguments or unreadable inputs.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var run = new Argument<string?>("run") { Description = "A run folder (runs/<run-id>), its summary.json, or a run id under <root>/runs.", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--output", "-o") { Description = "The HTML file to write (default: <root>/reports/out/<run-id>.html)." };
        var baseline = new Option<string?>("--baseline") { Description = "Compare against this run (or, with --bdn, this BenchmarkDotNet results folder)." };
        var fail = new Option<bool>("--fail-on-regression") { Description = "Exit 1 when a primary metric is Slower than the baseline." };
        var bdn = new Option<string?>("--bdn") { Description = "Report a BenchmarkDotNet results folder (its *-report-full*.json) instead of a run." };
        var history = new Option<string?>("--history") { Description = "Report trends across the runs in this folder (a root or its runs/), one machine fingerprint." };
        var fingerprint = new Option<string?>("--fingerprint") { Description = "With --history: the machine fingerprint id to follow (default: the latest run's)." };
        var threshold = new Option<double>("--threshold") { Description = "Relative threshold in percent for verdicts and change points (default 5).", DefaultValueFactory = _ => 5 };
        var command = new Command("report", "Write a self-contained HTML report with plots: a run, a before/after comparison, BenchmarkDotNet results, or trends.")
        {
            run, output, baseline, fail, bdn, history, fingerprint, threshold,
        };
        command.SetAction(async (result, ct) => (int)await RunAsync(new ReportArgs(result.GetValue(run), CommonOptions.ResolveRoot(result))
        {
            Output = result.GetValue(output),
            Baseline = result.GetValue(baseline),
            FailOnRegression = result.GetValue(fail),
            Bdn = result.GetValue(bdn),
            History = result.GetValue(history),
            Fingerprint = result.GetValue(fingerprint),
            ThresholdPercent = result.GetValue(threshold),
        }, Console.Out, ct));
        return command;
    }

    internal static async Task<ExitCode> RunAsync(ReportArgs args, TextWriter output, CancellationToken ct)
    {
        var modes = (args.Run is null ? 0 : 1) + (args.Bdn is null ? 0 : 1) + (args.History is null ? 0 : 1);
        if (modes != 1)
        {
            throw new UsageException("Give exactly one of: a run, --bdn <results folder>, or --history <runs folder>.");
        }

        if (args.History is not null && (args.Baseline is not null || args.FailOnRegression))
        {
            throw new UsageException("--history takes no --baseline and no --fail-on-regression: it compares each run with the runs before it.");
        }

        if (args.Fingerprint is not null && args.History is null)
        {
            throw new UsageException("--fingerprint applies to --history only.");
        }

        if (args.FailOnRegression && args.Baseline is null)
        {
            throw new UsageException("--fail-on-regression needs --baseline.");
        }

        var options = Options(args.ThresholdPercent);
        ct.ThrowIfCancellationRequested();
        if (args.History is not null)
        {
            return await HistoryAsync(args, options, output);
        }

        var (report, comparison, name) = args.Bdn is not null ? Bdn(args, options) : Run(args, options);
        var path = report.WriteToFile(args.Output ?? Path.Combine(args.Root, "reports", "out", name + ".html"));
        if (comparison is not null)
        {
            await ComparisonText.WriteAsync(comparison, output);
        }

        await output.WriteLineAsync($"Report: {path}");
        return args.FailOnRegression && comparison is { HasRegression: true } ? ExitCode.GateFailed : ExitCode.Ok;
    }

    /// <exception cref="UsageException">The threshold is not a percentage above 0 and below 100.</exception>
    internal static ComparisonOptions Options(double thresholdPercent) => thresholdPercent is > 0 and < 100
        ? new ComparisonOptions { RelativeThreshold = thresholdPercent / 100 }
        : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--threshold must be a percentage above 0 and below 100 (got {thresholdPercent})."));

    /// <exception cref="UsageException">No run there, or its summary is missing, corrupt or of another schema version.</exception>
    internal static RunData LoadRun(string run, string root)
    {
        var folder = RunFolders.Resolve(run, root);
        try
        {
            return RunData.Load(folder);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static (ReportWriter, RunComparison?, string) Run(ReportArgs args, ComparisonOptions options)
    {
        var current = LoadRun(args.Run!, args.Root);
        var baseline = args.Baseline is null ? null : LoadRun(args.Baseline, args.Root);
        var report = new RunReport(current, baseline, options);
        var name = baseline is null ? current.Summary.RunId : $"{current.Summary.RunId}-vs-{baseline.Summary.RunId}";
        return (report, report.Comparison, Sanitise(name));
    }

    private static (ReportWriter, RunComparison?, string) Bdn(ReportArgs args, ComparisonOptions options)
    {
        var current = ReadBdn(args.Bdn!);
        var baseline = args.Baseline is null ? null : ReadBdn(args.Baseline);
        var report = new BdnReport(current, baseline, options);
        return (report, report.Comparison, Sanitise("bdn-" + Path.GetFileName(Path.TrimEndingDirectorySeparator(current.Source))));
    }

    internal static BdnResults ReadBdn(string folder)
    {
        try
        {
            return BdnResults.Read(folder);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static async Task<ExitCode> HistoryAsync(ReportArgs args, ComparisonOptions options, TextWriter output)
    {
        TrendHistory history;
        try
        {
            history = Trends.Load(args.History!, args.Fingerprint);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException(e.Message);
        }

        var report = new HistoryReport(history, new TrendOptions { RelativeThreshold = options.RelativeThreshold });
        var path = report.WriteToFile(args.Output ?? Path.Combine(args.Root, "reports", "out", Sanitise("history-" + history.FingerprintId) + ".html"));
        var changes = report.Series.SelectMany(s => s.ChangePoints).ToList();
        await output.WriteLineAsync($"History of machine {history.FingerprintId}: {history.Runs.Count} run(s), {changes.Count} change point(s).");
        foreach (var change in changes)
        {
            await output.WriteLineAsync($"  change point: {change.Metric.Label} at {change.RunId} ({change.Metric.Format(change.Value)} vs rolling median {change.Metric.Format(change.BaselineMedian)}; confirmed by {change.ConfirmedBy})");
        }

        await output.WriteLineAsync($"Report: {path}");
        return ExitCode.Ok;
    }

    private static string Sanitise(string name) => Engine.Sites.SiteNames.ForPath(name);
}
