using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StateTrace.Engine.Input;
using StateTrace.Engine.Pipeline;
using StateTrace.Engine.Runs;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Verification;

namespace StateTrace.Tool.Commands;

internal sealed record VerifyArgs(string Root, IReadOnlyList<string> Paths, IReadOnlyList<string> Changed, int Repeat, bool WarmInNewProcess,
    string? GatesFile, bool NoGates, IReadOnlyDictionary<string, string?> Overrides);

/// <summary><c>statetrace verify &lt;paths…&gt;</c>: cold pass, warm pass, optional changed pass, then the gates.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Session logs or folders to verify with.", Arity = ArgumentArity.OneOrMore };
        var changed = new Option<string[]>("--changed") { Description = "A corpus from 'generate --changed-from' (its changes.json says which ports changed).", AllowMultipleArgumentsPerToken = true };
        var repeat = new Option<int>("--repeat") { Description = "Cold/warm repetitions on fresh stores (default 1).", DefaultValueFactory = _ => 1 };
        var warmProcess = new Option<string>("--warm-process") { Description = "Run the warm pass in the same process (default) or a new one that imports the cold pass's cache snapshot.", DefaultValueFactory = _ => "same" };
        warmProcess.AcceptOnlyFromAmong("same", "new");
        var gates = new Option<string?>("--gates") { Description = "A gates file overriding thresholds (see README)." };
        var noGates = new Option<bool>("--no-gates") { Description = "Skip the gate checks at the end." };
        var command = new Command("verify", "Cold and warm passes over the same input (fresh stores in the run folder), then the gates.")
        {
            paths, changed, repeat, warmProcess, gates, noGates, CommonOptions.Parallelism, CommonOptions.Store, CommonOptions.Connection, CommonOptions.Schema,
        };
        command.SetAction(async (result, ct) => (int)await RunAsync(
            new VerifyArgs(CommonOptions.ResolveRoot(result), result.GetValue(paths)!, result.GetValue(changed) ?? [], result.GetValue(repeat),
                result.GetValue(warmProcess) == "new", result.GetValue(gates), result.GetValue(noGates), CommonOptions.SettingOverrides(result)),
            Console.Out, ct));
        return command;
    }

    public static async Task<ExitCode> RunAsync(VerifyArgs args, TextWriter output, CancellationToken ct)
    {
        if (args.Repeat < 1)
        {
            throw new UsageException($"--repeat must be 1 or more (got {args.Repeat}).");
        }

        var settings = Settings.Load(args.Root, args.Overrides);
        if (settings.Store.Kind == "access")
        {
            throw new UsageException("verify needs fresh stores for every repetition: use --store sqlite (fresh files in the run folder) or --store postgres (a throwaway schema).");
        }

        VerifyResult result;
        try
        {
            result = await VerifyRunner.RunAsync(new VerifyOptions
            {
                Root = args.Root,
                Inputs = args.Paths,
                Changed = args.Changed,
                Repeat = args.Repeat,
                WarmInNewProcess = args.WarmInNewProcess,
                StartWarmProcess = StartSelfAsync,
                PassTemplate = new IngestOptions
                {
                    Root = args.Root,
                    Inputs = args.Paths,
                    Scheduler = settings.Scheduler,
                    MaxInterfacesPerBatch = settings.MaxInterfacesPerBatch,
                    Split = new SplitOptions { SliceCapBytes = settings.SliceCapBytes },
                    Store = settings.Store,
                },
            }, new Progress<VerifyProgress>(p => Console.Error.WriteLine($"verify: {p.Pass} pass {p.Repetition}/{p.Repetitions}")), ct);
        }
        catch (FileNotFoundException e)
        {
            throw new UsageException(e.Message);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException(e.Message);
        }
        catch (StateTrace.Engine.Parsing.Templates.PortTemplateException e)
        {
            throw new UsageException("Port templates: " + e.Message);
        }
        catch (StoreException e)
        {
            await output.WriteLineAsync(e.Message);
            return ExitCode.Environment;
        }

        await WriteComparisonAsync(result, output);
        var code = result.Diagnostics.Count > 0 ? ExitCode.BadInput : ExitCode.Ok;
        if (args.NoGates)
        {
            return code;
        }

        var gates = await GateCommand.RunAsync(new GateArgs(result.RunDirectory, args.GatesFile, null, args.Root), output, ct);
        return ExitCodes.Combine(code, gates);
    }

    private static async Task WriteComparisonAsync(VerifyResult result, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        var w = result.Summary.WarmRunComparison!;
        await output.WriteLineAsync($"Verify run {result.Summary.RunId}: {w.ColdHosts} hosts cold, {w.WarmHosts} warm (warm pass in the {w.WarmProcess} process).");
        await output.WriteLineAsync(string.Create(c, $"{"Pass",-8} {"Rep",4} {"Hosts",7} {"Rows",9} {"Seconds",8} {"MB/s",8} {"WritePath p50 ms",17} {"p95 ms",8} {"Cache hits",11}"));
        foreach (var pass in result.Summary.Passes)
        {
            var path = pass.Latencies["WritePath"];
            var hits = pass.CacheHitRatio is double ratio ? ratio.ToString("P1", c) : "-";
            await output.WriteLineAsync(string.Create(c,
                $"{pass.Pass,-8} {pass.Repetition,4} {pass.HostsParsed,7} {pass.RowsWritten,9} {pass.DurationSeconds,8:F2} {pass.Throughput.MegabytesPerSecond,8:F1} {path.P50,17:F3} {path.P95,8:F3} {hits,11}"));
        }

        await output.WriteLineAsync(string.Create(c,
            $"Warm improvement {w.ImprovementPercent:F1} % (median per-host write path; samples {string.Join(", ", w.ImprovementSamples.Select(s => s.ToString("F1", c)))}); " +
            $"warm rows written {w.WarmRowsWritten}; signature misses {w.SignatureMisses}."));
        if (w.WarmProcessStartupMs is double startup)
        {
            await output.WriteLineAsync(string.Create(c, $"Warm process start-up {startup:F0} ms, snapshot import {w.SnapshotImportMs ?? 0:F1} ms (not part of the warm pass's times)."));
        }

        if (w.Changed is { } changed)
        {
            await output.WriteLineAsync($"Changed pass: {changed.RowsWritten} rows written, {changed.ExpectedRows} ports changed per {changed.Manifest}.");
        }

        foreach (var diagnostic in result.Diagnostics.Take(20))
        {
            await output.WriteLineAsync("  " + diagnostic);
        }

        await output.WriteLineAsync($"Summary: {Path.Combine(result.RunDirectory, RunSummaryFile.FileName)}");
    }

    /// <summary>Starts this same tool in a new process, for the warm pass from a snapshot.</summary>
    private static async Task<int> StartSelfAsync(IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        var entry = typeof(VerifyCommand).Assembly.Location;
        if (Path.GetFileNameWithoutExtension(info.FileName) is "dotnet")
        {
            info.ArgumentList.Add(entry);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("The warm process did not start.");
        _ = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return process.ExitCode;
    }
}
