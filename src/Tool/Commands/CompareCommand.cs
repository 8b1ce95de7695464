using System.CommandLine;
using StateTrace.Engine.Runs;
using StateTrace.Tool.Reports;

namespace StateTrace.Tool.Commands;

/// <param name="Baseline">The run before (folder, summary.json or run id), or a BenchmarkDotNet results folder.</param>
/// <param name="Current">The run after, of the same kind as <paramref name="Baseline"/>.</param>
internal sealed record CompareArgs(string Baseline, string Current, string Root)
{
    public string? JsonOut { get; init; }
    public bool FailOnRegression { get; init; }
    public double ThresholdPercent { get; init; } = 5;
}

/// <summary>
/// <c>statetrace compare &lt;baseline&gt; &lt;current&gt;</c>: the before/after verdicts of the primary metrics as text (and JSON).
/// Exit 1 with <c>--fail-on-regression</c> when one is Slower; 2 for bad arguments or unreadable runs.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var baseline = new Argument<string>("baseline") { Description = "The run before: a run folder, its summary.json, a run id under <root>/runs, or a BenchmarkDotNet results folder." };
        var current = new Argument<string>("current") { Description = "The run after, of the same sort as the baseline." };
        var json = new Option<string?>("--json") { Description = "Also write the comparison as JSON to this file." };
        var fail = new Option<bool>("--fail-on-regression") { Description = "Exit 1 when a primary metric is Slower." };
        var threshold = new Option<double>("--threshold") { Description = "Relative threshold in percent (default 5).", DefaultValueFactory = _ => 5 };
        var command = new Command("compare", "Compare two runs' primary metrics: Faster, Slower, Same or Inconclusive (Mann–Whitney on the repetitions).")
        {
            baseline, current, json, fail, threshold,
        };
        command.SetAction(async (result, ct) => (int)await RunAsync(new CompareArgs(result.GetValue(baseline)!, result.GetValue(current)!, CommonOptions.ResolveRoot(result))
        {
            JsonOut = result.GetValue(json),
            FailOnRegression = result.GetValue(fail),
            ThresholdPercent = result.GetValue(threshold),
        }, Console.Out, ct));
        return command;
    }

    internal static async Task<ExitCode> RunAsync(CompareArgs args, TextWriter output, CancellationToken ct)
    {
        var options = ReportCommand.Options(args.ThresholdPercent);
        var comparison = IsBdn(args.Baseline) && IsBdn(args.Current)
            ? BdnComparison.Compare(ReportCommand.ReadBdn(args.Baseline), ReportCommand.ReadBdn(args.Current), options)
            : Comparison.Compare(ReportCommand.LoadRun(args.Baseline, args.Root).Summary, ReportCommand.LoadRun(args.Current, args.Root).Summary, options);
        ct.ThrowIfCancellationRequested();
        await ComparisonText.WriteAsync(comparison, output);
        if (args.JsonOut is not null)
        {
            ComparisonJson.Write(args.JsonOut, comparison);
            await output.WriteLineAsync($"Comparison: {Path.GetFullPath(args.JsonOut)}");
        }

        return args.FailOnRegression && comparison.HasRegression ? ExitCode.GateFailed : ExitCode.Ok;
    }

    /// <summary>A folder without a run summary that holds BenchmarkDotNet JSON reports.</summary>
    private static bool IsBdn(string path) =>
        Directory.Exists(path) && !File.Exists(Path.Combine(path, RunSummaryFile.FileName))
        && Directory.EnumerateFiles(path, "*-report-full*.json", SearchOption.AllDirectories).Any();
}
