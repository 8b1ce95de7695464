using StateTrace.Engine.Load;
using StateTrace.Engine.Runs;
using StateTrace.Tool.Commands;

namespace StateTrace.Tool.Tests.Commands;

public sealed class LoadCommandTests : IDisposable
{
    private static readonly string Repo = FindRepo();

    private readonly string root = Path.Combine(Path.GetTempPath(), "statetrace-tests", Guid.NewGuid().ToString("N"));

    public LoadCommandTests()
    {
        Directory.CreateDirectory(root);
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StateTrace.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("StateTrace.sln not found above " + AppContext.BaseDirectory);
    }

    private LoadArgs Args(string scenario, bool noGates = false, string? gates = null, double scale = 1) =>
        new(root, scenario, scale, gates, noGates, new Dictionary<string, string?>());

    private string Write(string name, string content)
    {
        var path = Path.Combine(root, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task RunAsync_SmokeScenario_PrintsNBomberStyleStatsJudgesItsThresholdsAndWritesTheRun()
    {
        var output = new StringWriter();

        var code = await LoadCommand.RunAsync(Args(Path.Combine(Repo, "loadtests", "smoke.json")), output, CancellationToken.None);

        // Whether the latency thresholds pass depends on the machine and what else runs on it; tests do not judge
        // speed, only that the run completed and was judged (a failed threshold is exit 1, never a crash).
        var text = output.ToString();
        code.Should().BeOneOf([ExitCode.Ok, ExitCode.GateFailed], text);
        text.Should().Contain("scenario: 'smoke'").And.Contain("ok stats").And.Contain("latency percentile")
            .And.Contain("queue delay (intended arrival → parse start, ms)").And.Contain("Thresholds (");
        text.Should().MatchRegex(@"queue\.p95\s+≤ 120 ms\s+\S+ ms\s+\d+\s+(pass|FAIL)");
        text.Should().MatchRegex(@"completeness\s+= 35 hosts parsed.*\s+pass", "every bundle the simulations asked for was parsed and written");
        var run = Directory.GetDirectories(Path.Combine(root, "runs")).Should().ContainSingle().Subject;
        foreach (var file in new[] { "summary.json", "timeseries.json", "load.json", "telemetry.ndjson" })
        {
            File.Exists(Path.Combine(run, file)).Should().BeTrue(file);
        }

        var summary = RunSummaryFile.Read(run);
        summary.RunKind.Should().Be("load");
        summary.Passes[0].Latencies.Should().ContainKeys("QueueDelay", "EndToEnd");
        LoadReport.Read(run).Thresholds.Should().Contain(v => v.Name == "queue.p95");
    }

    [Fact]
    public async Task RunAsync_BadScenarioFile_ThrowsUsageExceptionNamingTheProblem()
    {
        var path = Write("bad.json", """
            { "corpus": { "folder": "." }, "scenarios": [ { "name": "x", "loadSimulations": [ { "Inject": [10, "5s", "1s"] } ] } ] }
            """);

        var act = () => LoadCommand.RunAsync(Args(path), new StringWriter(), CancellationToken.None);

        (await act.Should().ThrowAsync<UsageException>()).WithMessage(
            $"Scenario file {path}: $.scenarios[0].loadSimulations[0].Inject: the interval (5s) must not be longer than during (1s).");
    }

    [Fact]
    public async Task RunAsync_MissingCorpusFolder_ThrowsUsageException()
    {
        var path = Write("nocorpus.json", """
            { "corpus": { "folder": "missing" }, "scenarios": [ { "name": "x", "loadSimulations": [ { "Inject": [1, "1s", "1s"] } ] } ] }
            """);

        var act = () => LoadCommand.RunAsync(Args(path), new StringWriter(), CancellationToken.None);

        (await act.Should().ThrowAsync<UsageException>()).WithMessage($"*$.corpus.folder: {Path.Combine(root, "missing")} does not exist*");
    }

    [Fact]
    public async Task RunAsync_BadDurationScaleOrGatesFile_ThrowsUsageException()
    {
        var smoke = Path.Combine(Repo, "loadtests", "smoke.json");
        var gates = Write("gates.json", """{ "gates": { "queue.p42": { "threshold": 1 } } }""");

        await FluentActions.Awaiting(() => LoadCommand.RunAsync(Args(smoke, scale: 0), new StringWriter(), CancellationToken.None))
            .Should().ThrowAsync<UsageException>().WithMessage("--duration-scale must be above 0*");
        await FluentActions.Awaiting(() => LoadCommand.RunAsync(Args(smoke, gates: gates), new StringWriter(), CancellationToken.None))
            .Should().ThrowAsync<UsageException>().WithMessage("Gates file*queue.p42*");
    }

    [Fact]
    public async Task RunAsync_CancelledBeforeAnyBundle_SaysNothingWasMeasured()
    {
        var path = Write("tiny.json", $$"""
            { "corpus": { "folder": "{{Path.Combine(Repo, "samples").Replace("\\", "\\\\", StringComparison.Ordinal)}}" },
              "scenarios": [ { "name": "x", "loadSimulations": [ { "Inject": [1, "1s", "1s"] } ] } ] }
            """);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var output = new StringWriter();

        var code = await LoadCommand.RunAsync(Args(path), output, cts.Token);

        code.Should().Be(ExitCode.InsufficientData);
        output.ToString().Should().Contain("Cancelled before any bundle was replayed");
    }
}
