using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using StateTrace.Engine.Gates;
using StateTrace.Engine.Load;
using StateTrace.Engine.Runs;
using StateTrace.Engine.Storage.Sqlite;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Load;

/// <summary>Small real replays: a generated corpus, the real pipeline, SQLite under a temporary root.</summary>
public sealed class LoadRunnerTests : IDisposable
{
    private readonly TempDirectory root = new();

    public void Dispose() => root.Dispose();

    private LoadFile File(LoadScenario scenario, bool keep = true) => new()
    {
        Path = System.IO.Path.Combine(root.Path, "test.json"),
        Corpus = new CorpusSpec(null, new GenerateSpec { Sites = 3, HostsPerSite = 10, Vendors = "cisco_ios=2,arista_eos=1,cisco_nxos=1" }),
        Store = new LoadStoreSpec(Keep: keep),
        Scenarios = [scenario],
    };

    [Fact]
    public async Task RunAsync_ClosedModelOverGeneratedCorpus_WritesEveryBundleOnceAndTheRunFiles()
    {
        var scenario = new LoadScenario
        {
            Name = "real",
            Simulations = [new KeepConstant(4, TimeSpan.FromMinutes(5))],
            Thresholds = [new ScenarioThreshold("queue.p95", Enabled: false), new ScenarioThreshold("queue.p99", Enabled: false)],
        };

        // Closed-model copies need no clock to move: the run ends when the corpus is exhausted.
        var results = await LoadRunner.RunAsync(new LoadRunOptions { Root = root.Path, File = File(scenario), Clock = new FakeTimeProvider() });

        var result = results.Should().ContainSingle().Subject;
        result.Cancelled.Should().BeFalse();
        result.Diagnostics.Should().BeEmpty();
        var summary = RunSummaryFile.Read(result.RunDirectory);
        summary.RunKind.Should().Be("load");
        summary.Settings["Stopped"].Should().Be("corpus-exhausted", "the replay stops by itself once every bundle was sent");
        var pass = summary.Passes.Should().ContainSingle().Subject;
        pass.Pass.Should().Be("load");
        pass.HostsParsed.Should().Be(30);
        pass.HostsFailed.Should().Be(0);
        pass.RowsWritten.Should().BeGreaterThan(30);
        pass.Sites.Should().HaveCount(3).And.OnlyContain(s => s.HostsParsed == 10);
        pass.Latencies.Keys.Should().Contain(["QueueDelay", "EndToEnd", "ParseDuration", "DatabaseWriteLatency", "WritePath"]);
        pass.Latencies["QueueDelay"].Count.Should().Be(30);
        pass.Latencies["EndToEnd"].Count.Should().Be(30);
        pass.Latencies["EndToEnd"].Max.Should().BeGreaterThanOrEqualTo(pass.Latencies["QueueDelay"].Max);

        // Every bundle written exactly once: one RowsWritten per host, and every host's ingestion record in its site's store.
        var written = Events(result.RunDirectory, "RowsWritten").Select(e => e.GetProperty("Hostname").GetString()!).ToList();
        written.Should().HaveCount(30).And.OnlyHaveUniqueItems();
        var stores = System.IO.Path.Combine(result.RunDirectory, "stores", "rep-1");
        foreach (var host in written)
        {
            using var store = SqliteSiteStore.Open(stores, host.Split('-')[0]);
            store.FindIngestion(host).Should().NotBeNull($"{host} was written to its site's store");
        }

        var series = TimeSeries.Read(result.RunDirectory)!;
        series.Points.Should().Contain(p => p.Site == "*" && p.Pass == "load");
        series.Points.Where(p => p.Site == "*").Last().HostsCompleted.Should().Be(30);
        series.Points.Select(p => p.Site).Distinct().Should().HaveCount(4, "overall and each of the 3 sites");

        var report = LoadReport.Read(result.RunDirectory);
        var stats = report.ScenarioStats.Should().ContainSingle().Subject;
        stats.AllOkCount.Should().Be(30);
        stats.StepStats.Select(s => s.StepName).Should().Equal("parse", "write");
        stats.MaxInFlight.Should().BeLessThanOrEqualTo(4);
        stats.Sites.Should().HaveCount(3);
        report.Thresholds.Should().NotBeEmpty();
        result.Verdicts.Single(v => v.Name == "completeness").Verdict.Should().Be(GateStatus.Pass);
        result.Verdicts.Single(v => v.Name == "queue.p95").Verdict.Should().Be(GateStatus.NotApplicable);
    }

    [Fact]
    public async Task RunAsync_CancelledMidReplay_DrainsAndStillWritesWhatWasMeasured()
    {
        // The first arrival (at 0) is sent at once; Ctrl+C comes as the driver starts waiting for the second.
        var scenario = new LoadScenario { Name = "cancel", Simulations = [new Inject(2, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5))] };
        using var cts = new CancellationTokenSource();
        var clock = new CancelOnFirstWait(cts);

        var results = await LoadRunner.RunAsync(new LoadRunOptions { Root = root.Path, File = File(scenario, keep: false), Clock = clock }, null, null, cts.Token);

        var result = results.Should().ContainSingle().Subject;
        result.Cancelled.Should().BeTrue();
        var summary = RunSummaryFile.Read(result.RunDirectory);
        summary.Settings["Stopped"].Should().Be("cancelled");
        summary.Passes[0].HostsParsed.Should().Be(1, "injection stopped after the first bundle, which was drained and written");
        LoadReport.Read(result.RunDirectory).ScenarioStats[0].Stopped.Should().Be("cancelled");
        TimeSeries.Read(result.RunDirectory).Should().NotBeNull();
        Directory.Exists(System.IO.Path.Combine(result.RunDirectory, "stores")).Should().BeFalse("a replay's stores are scratch unless kept");
        Directory.Exists(System.IO.Path.Combine(result.RunDirectory, "spool")).Should().BeFalse();
    }

    [Fact]
    public async Task RunAsync_ThresholdNamesASiteTheCorpusLacks_IsRefusedBeforeReplaying()
    {
        var scenario = new LoadScenario
        {
            Name = "typo",
            Simulations = [new Inject(1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1))],
            Thresholds = [new ScenarioThreshold("queue.p95", 120, Sites: ["BOYO", "HQ10"])],
        };

        var act = () => LoadRunner.RunAsync(new LoadRunOptions { Root = root.Path, File = File(scenario) });

        (await act.Should().ThrowAsync<ScenarioException>()).Which.Should().Match<ScenarioException>(e =>
            e.JsonPath == "$.scenarios[0].thresholds[0].sites" && e.Reason.StartsWith("HQ10 is not a site of the corpus", StringComparison.Ordinal)
            && e.Reason.EndsWith("(its sites: BOYO, HQ01, WLLS)", StringComparison.Ordinal));
    }

    private static List<JsonElement> Events(string runDirectory, string name) =>
    [
        .. System.IO.File.ReadLines(System.IO.Path.Combine(runDirectory, "telemetry.ndjson"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.GetProperty("EventName").GetString() == name),
    ];

    /// <summary>A fake clock that cancels the run when something first waits on it for a single delay (the driver, between arrivals).</summary>
    private sealed class CancelOnFirstWait(CancellationTokenSource cts) : FakeTimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            if (period == Timeout.InfiniteTimeSpan && dueTime > TimeSpan.Zero)
            {
                cts.Cancel();
            }

            return timer;
        }
    }
}
