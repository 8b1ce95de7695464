using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using StateTrace.Engine.Gates;
using StateTrace.Engine.Input;
using StateTrace.Engine.Load;
using StateTrace.Engine.Storage;

namespace StateTrace.Tool.Commands;

internal sealed record LoadArgs(string Root, string Scenario, double DurationScale, string? GatesFile, bool NoGates, IReadOnlyDictionary<string, string?> Overrides)
{
    /// <summary>Show a live status line (on a terminal).</summary>
    public bool ShowProgress { get; init; }

    /// <summary>The replay's clock; tests may pass their own.</summary>
    public TimeProvider? Clock { get; init; }
}

/// <summary>
/// <c>statetrace load &lt;scenario.json&gt;</c>: multi-site load replay (design §5), in NBomber's spirit: per scenario a
/// summary shaped like NBomber's step statistics, <c>runs/&lt;run-id&gt;/summary.json</c>, <c>timeseries.json</c> and
/// <c>load.json</c>, then the scenario's thresholds with the gate catalogue's semantics. Ctrl+C stops injection,
/// drains what is in flight and still writes what was measured.
/// </summary>
internal static class LoadCommand
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "A scenario file (loadtests/*.json; schema in loadtests/README.md)." };
        var scale = new Option<double>("--duration-scale") { Description = "Multiply every load simulation's duration by this (e.g. 0.1 for a quick look).", DefaultValueFactory = _ => 1 };
        var gates = new Option<string?>("--gates") { Description = "A gates file overriding the catalogue's defaults (the scenario's thresholds still win)." };
        var noGates = new Option<bool>("--no-gates") { Description = "Skip the thresholds and gates at the end." };
        var command = new Command("load", "Replay host bundles from many sites into the real pipeline and a fresh store, under a load shape, and measure.")
        {
            scenario, scale, gates, noGates, CommonOptions.Parallelism,
        };
        command.SetAction(async (result, ct) =>
        {
            // System.CommandLine 2.0.0 does not turn Ctrl+C into cancellation by default: without this the process
            // would die mid-replay and write nothing.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                // A second Ctrl+C ends the process at once.
                e.Cancel = !stop.IsCancellationRequested;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, e =>
            {
                e.Cancel = true;
                stop.Cancel();
            });
            try
            {
                var args = new LoadArgs(CommonOptions.ResolveRoot(result), result.GetValue(scenario)!, result.GetValue(scale), result.GetValue(gates),
                    result.GetValue(noGates), CommonOptions.SettingOverrides(result))
                {
                    ShowProgress = !Console.IsErrorRedirected,
                };
                return (int)await RunAsync(args, Console.Out, stop.Token);
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        });
        return command;
    }

    internal static async Task<ExitCode> RunAsync(LoadArgs args, TextWriter output, CancellationToken ct)
    {
        if (!double.IsFinite(args.DurationScale) || args.DurationScale <= 0 || args.DurationScale > 100)
        {
            throw new UsageException($"--duration-scale must be above 0 and at most 100 (got {args.DurationScale.ToString(C)}).");
        }

        LoadFile file;
        GateSettings? gates = null;
        try
        {
            file = ScenarioReader.Load(args.Scenario);
            if (args.GatesFile is not null && !args.NoGates)
            {
                gates = GateSettings.Load(args.GatesFile);
            }
        }
        catch (ScenarioException e)
        {
            throw new UsageException(e.Message);
        }
        catch (GateSettingsException e)
        {
            throw new UsageException(e.Message);
        }

        var settings = Settings.Load(args.Root, args.Overrides);
        var live = args.ShowProgress ? new LiveLine(Console.Error) : null;
        IReadOnlyList<LoadScenarioResult> results;
        try
        {
            results = await LoadRunner.RunAsync(new LoadRunOptions
            {
                Root = args.Root,
                File = file,
                DurationScale = args.DurationScale,
                Scheduler = settings.Scheduler,
                MaxInterfacesPerBatch = settings.MaxInterfacesPerBatch,
                Split = new SplitOptions { SliceCapBytes = settings.SliceCapBytes },
                DatabaseSizeWarningBytes = settings.DatabaseSizeWarningBytes,
                Gates = gates,
                EvaluateGates = !args.NoGates,
                Clock = args.Clock ?? TimeProvider.System,
            }, live, new Progress<string>(line => output.WriteLine(line)), ct);
        }
        catch (ScenarioException e)
        {
            throw new UsageException(e.Message);
        }
        catch (StoreException e)
        {
            await output.WriteLineAsync(e.Message);
            return ExitCode.Environment;
        }
        finally
        {
            live?.Finish();
        }

        if (results.Count == 0)
        {
            await output.WriteLineAsync("Cancelled before any bundle was replayed: nothing was measured.");
            return ExitCode.InsufficientData;
        }

        var code = ExitCode.Ok;
        foreach (var result in results)
        {
            await LoadReportWriter.WriteAsync(result, output);
            if (!args.NoGates)
            {
                await output.WriteLineAsync();
                await output.WriteLineAsync($"Thresholds ({LoadGatesText(result)}):");
                await GateCommand.WriteTableAsync(result.Verdicts, output);
                code = ExitCodes.Combine(code, (ExitCode)GateVerdicts.ExitCode(result.Verdicts));
            }

            if (result.Diagnostics.Count > 0)
            {
                code = ExitCodes.Combine(code, ExitCode.BadInput);
            }

            await output.WriteLineAsync($"Run: {result.RunDirectory} (summary.json, timeseries.json, load.json, telemetry.ndjson)");
            await output.WriteLineAsync();
        }

        if (results.Count < file.Scenarios.Count)
        {
            await output.WriteLineAsync($"Cancelled: {file.Scenarios.Count - results.Count} of {file.Scenarios.Count} scenarios did not run.");
        }

        return code;
    }

    private static string LoadGatesText(LoadScenarioResult result)
    {
        var v = result.Verdicts;
        return string.Create(C, $"{v.Count(x => x.Verdict == GateStatus.Pass)} passed, {v.Count(x => x.Verdict == GateStatus.Fail)} failed, " +
            $"{v.Count(x => x.Verdict == GateStatus.InsufficientData)} insufficient data, {v.Count(x => x.Verdict == GateStatus.NotApplicable)} n/a");
    }

    /// <summary>A self-overwriting status line, once a second.</summary>
    private sealed class LiveLine(TextWriter writer) : IProgress<LoadProgress>
    {
        private readonly Lock gate = new();
        private bool wrote;

        public void Report(LoadProgress p)
        {
            var queue = p.QueueP95Ms is double q ? string.Create(C, $"{q,8:F1} ms") : "       –   ";
            var line = string.Create(C,
                $"{p.Pass} {p.Seconds,7:F0} s  load {p.Target,7:F1}  done {p.Completed,7}  in flight {p.InFlight,5}  dropped {p.Dropped,5}  queue p95 {queue}");
            lock (gate)
            {
                writer.Write("\r" + line);
                wrote = true;
            }
        }

        public void Finish()
        {
            lock (gate)
            {
                if (wrote)
                {
                    writer.WriteLine();
                }
            }
        }
    }

    /// <summary>The console summary of a scenario, laid out like NBomber's so its users read it at a glance.</summary>
    private static class LoadReportWriter
    {
        public static async Task WriteAsync(LoadScenarioResult result, TextWriter output)
        {
            var report = result.Report;
            var first = report.ScenarioStats[0];
            await output.WriteLineAsync();
            await output.WriteLineAsync($"scenario: '{result.Scenario.Name}'  (run {result.Summary.RunId})");
            await output.WriteLineAsync(string.Create(C, $"  - ok count: {report.AllOkCount}"));
            await output.WriteLineAsync(string.Create(C, $"  - fail count: {report.AllFailCount}"));
            await output.WriteLineAsync(string.Create(C, $"  - all data: {report.AllBytes / 1e6:0.###} MB"));
            await output.WriteLineAsync($"  - duration: {report.Duration:hh\\:mm\\:ss\\.f}");
            await output.WriteLineAsync($"  - stopped: {result.Summary.Settings.GetValueOrDefault("Stopped")}");
            await output.WriteLineAsync();
            await output.WriteLineAsync("load simulations:");
            foreach (var simulation in result.Scenario.Simulations)
            {
                await output.WriteLineAsync("  - " + DescribeSimulation(simulation));
            }

            await output.WriteLineAsync();

            if (report.ScenarioStats.Count == 1)
            {
                await WriteStatsAsync(first, output);
            }
            else
            {
                await WriteRepetitionsAsync(report.ScenarioStats, output);
            }

            if (report.Doubling is { } d)
            {
                await output.WriteLineAsync(string.Create(C,
                    $"doubling: {d.SitesBefore} → {d.SitesAfter} sites, median time {Median(d.SecondsBefore):0.###} s → {Median(d.SecondsAfter):0.###} s, " +
                    $"slowdown {d.SlowdownPercent:0.##} %: {d.Verdict} (Mann–Whitney, threshold {d.ThresholdPercent:0.##} %, alpha {d.Alpha}; {d.Reason})"));
            }

            foreach (var diagnostic in result.Diagnostics.Take(10))
            {
                await output.WriteLineAsync("  " + diagnostic);
            }

            if (result.Diagnostics.Count > 10)
            {
                await output.WriteLineAsync(string.Create(C, $"  … and {result.Diagnostics.Count - 10} more diagnostics in summary.json."));
            }
        }

        private static async Task WriteStatsAsync(ScenarioStats s, TextWriter output)
        {
            var rows = new List<(string Key, string Value)>();
            void Block(string name, MeasurementStats m, long all)
            {
                rows.Add(("name", name));
                rows.Add(("request count", string.Create(C, $"all = {all}, ok = {m.Request.Count}, RPS = {m.Request.RPS:0.#}")));
                rows.Add(("latency", string.Create(C, $"min = {m.Latency.MinMs:0.##}, mean = {m.Latency.MeanMs:0.##}, max = {m.Latency.MaxMs:0.##}, StdDev = {m.Latency.StdDev:0.##}")));
                rows.Add(("latency percentile", string.Create(C, $"p50 = {m.Latency.Percent50:0.##}, p75 = {m.Latency.Percent75:0.##}, p95 = {m.Latency.Percent95:0.##}, p99 = {m.Latency.Percent99:0.##}")));
                rows.Add(("data transfer", string.Create(C,
                    $"min = {m.DataTransfer.MinBytes / 1e3:0.#} KB, mean = {m.DataTransfer.MeanBytes / 1e3:0.#} KB, max = {m.DataTransfer.MaxBytes / 1e3:0.#} KB, all = {m.DataTransfer.AllBytes / 1e6:0.##} MB")));
            }

            Block("global information", s.Ok, s.AllRequestCount);
            foreach (var step in s.StepStats)
            {
                Block(step.StepName, step.Ok, step.Ok.Request.Count + step.Fail.Request.Count);
            }

            await WriteBoxAsync("ok stats", rows, output);
            if (s.AllFailCount > 0)
            {
                var fails = new List<(string, string)>();
                foreach (var code in s.Fail.StatusCodes)
                {
                    fails.Add((code.StatusCode, string.Create(C, $"count = {code.Count} ({code.Percent:0.##} %): {code.Message}")));
                }

                fails.Add(("latency percentile", string.Create(C,
                    $"p50 = {s.Fail.Latency.Percent50:0.##}, p75 = {s.Fail.Latency.Percent75:0.##}, p95 = {s.Fail.Latency.Percent95:0.##}, p99 = {s.Fail.Latency.Percent99:0.##}")));
                await WriteBoxAsync("fail stats", fails, output);
            }

            var q = s.QueueDelay;
            await output.WriteLineAsync(string.Create(C,
                $"queue delay (intended arrival → parse start, ms): p50 = {q.Percent50:0.##}, p75 = {q.Percent75:0.##}, p95 = {q.Percent95:0.##}, p99 = {q.Percent99:0.##}, max = {q.MaxMs:0.##}{(q.Clamped > 0 ? $", {q.Clamped} clamped" : "")}"));
            await output.WriteLineAsync(string.Create(C,
                $"throughput: {s.AllOkCount / Math.Max(1e-9, s.Duration.TotalSeconds):0.#} bundles/s, {s.MegabytesPerSecond:0.##} MB/s, {s.RowsPerSecond:0} rows/s; " +
                $"max in flight {s.MaxInFlight}, dropped {s.DroppedCount}"));
            var m = s.Memory;
            await output.WriteLineAsync(string.Create(C,
                $"memory: working set {m.StartWorkingSetBytes / 1e6:0} → peak {m.PeakWorkingSetBytes / 1e6:0} → end {m.EndWorkingSetBytes / 1e6:0} MB " +
                $"({Slope(m.WorkingSetSlopeMBPerMinute)}), managed heap peak {m.PeakManagedHeapBytes / 1e6:0} MB ({Slope(m.ManagedHeapSlopeMBPerMinute)})"));
            await output.WriteLineAsync();
            await output.WriteLineAsync(string.Create(C, $"{"site",-10} {"weight",6} {"ok",7} {"fail",6} {"MB",9} {"rows",9} {"queue p95",10} {"queue p99",10} {"latency p95",12}"));
            foreach (var site in s.Sites)
            {
                await output.WriteLineAsync(string.Create(C,
                    $"{site.Site,-10} {site.Weight,6:0.##} {site.Ok,7} {site.Fail,6} {site.Bytes / 1e6,9:0.##} {site.Rows,9} {site.QueueDelay.Percent95,10:0.##} {site.QueueDelay.Percent99,10:0.##} {site.Latency.Percent95,12:0.##}"));
            }
        }

        private static async Task WriteRepetitionsAsync(IReadOnlyList<ScenarioStats> stats, TextWriter output)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync(string.Create(C,
                $"{"repetition",-36} {"ok",7} {"fail",6} {"seconds",8} {"bundles/s",10} {"MB/s",8} {"rows/s",9} {"queue p95",10} {"latency p95",12} {"peak WS MB",11}"));
            foreach (var s in stats)
            {
                await output.WriteLineAsync(string.Create(C,
                    $"{s.ScenarioName,-36} {s.AllOkCount,7} {s.AllFailCount,6} {s.Duration.TotalSeconds,8:0.##} {s.AllOkCount / Math.Max(1e-9, s.Duration.TotalSeconds),10:0.#} " +
                    $"{s.MegabytesPerSecond,8:0.##} {s.RowsPerSecond,9:0} {s.QueueDelay.Percent95,10:0.##} {s.Ok.Latency.Percent95,12:0.##} {s.Memory.PeakWorkingSetBytes / 1e6,11:0}"));
            }
        }

        private static async Task WriteBoxAsync(string title, List<(string Key, string Value)> rows, TextWriter output)
        {
            var keyWidth = Math.Max("step".Length, rows.Max(r => r.Key.Length));
            var valueWidth = Math.Max(title.Length, rows.Max(r => r.Value.Length));
            var bar = new string('─', keyWidth + 2);
            var wide = new string('─', valueWidth + 2);
            await output.WriteLineAsync($"┌{bar}┬{wide}┐");
            await output.WriteLineAsync($"│ {"step".PadLeft(keyWidth)} │ {title.PadRight(valueWidth)} │");
            await output.WriteLineAsync($"├{bar}┼{wide}┤");
            for (var i = 0; i < rows.Count; i++)
            {
                if (i > 0 && rows[i].Key == "name")
                {
                    await output.WriteLineAsync($"├{bar}┼{wide}┤");
                }

                await output.WriteLineAsync($"│ {rows[i].Key.PadLeft(keyWidth)} │ {rows[i].Value.PadRight(valueWidth)} │");
            }

            await output.WriteLineAsync($"└{bar}┴{wide}┘");
        }

        private static string DescribeSimulation(LoadSimulation s) => s switch
        {
            Inject i => string.Create(C, $"Inject, rate: {i.Rate}, interval: {ScenarioText.Format(i.Interval)}, during: {ScenarioText.Format(i.During)}"),
            RampingInject r => string.Create(C, $"RampingInject, rate: {r.Rate}, interval: {ScenarioText.Format(r.Interval)}, during: {ScenarioText.Format(r.During)}"),
            KeepConstant k => string.Create(C, $"KeepConstant, copies: {k.Copies}, during: {ScenarioText.Format(k.During)}"),
            RampingConstant r => string.Create(C, $"RampingConstant, copies: {r.Copies}, during: {ScenarioText.Format(r.During)}"),
            _ => $"Pause, during: {ScenarioText.Format(s.During)}",
        };

        private static string Slope(double? mbPerMinute) => mbPerMinute is double slope
            ? string.Create(C, $"slope {slope:0.##} MB/min")
            : string.Create(C, $"no slope under {MemoryStats.MinSlopeSeconds:0} s");

        private static double Median(IReadOnlyList<double> values)
        {
            if (values.Count == 0)
            {
                return 0;
            }

            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}
