using System.Text;
using System.Text.Json;
using StateTrace.Engine.Gates;
using StateTrace.Engine.Runs;
using StateTrace.Tool.Commands;

namespace StateTrace.Tool.Tests.Commands;

public sealed class GateCommandTests : IDisposable
{
    private const int Hosts = 20;

    private readonly string root = Path.Combine(Path.GetTempPath(), "statetrace-tests", Guid.NewGuid().ToString("N"));

    public GateCommandTests()
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

    private static LatencyStats Stats(long count, double p95 = 5) => new(count, 0.5, 2, 2, p95, p95, p95, 20, 2, 0);

    private static PassSummary Pass(string name, double writeP95 = 5) => new()
    {
        Pass = name,
        HostsParsed = Hosts,
        Throughput = new Throughput(1, 1, 1),
        Latencies = new()
        {
            ["ParseDuration"] = Stats(Hosts),
            ["DatabaseWriteLatency"] = Stats(Hosts, writeP95),
            ["WritePath"] = Stats(Hosts, name == "warm" ? 0.4 : 5),
        },
    };

    private static RunSummary Verify(double coldWriteP95 = 5) => new()
    {
        RunId = "20260101-000000-gate",
        RunKind = "verify",
        Machine = new MachineFingerprint("Test CPU", 2, 24L << 30, "Linux", ".NET 10", "Server", "sqlite"),
        Code = new CodeIdentity("0.1.0", "abc123"),
        Passes = [Pass("cold", coldWriteP95), Pass("warm")],
        WarmRunComparison = new WarmRunComparison
        {
            ColdHosts = Hosts,
            WarmHosts = Hosts,
            ColdWritePath = Stats(Hosts, 5),
            WarmWritePath = Stats(Hosts, 0.4),
            ImprovementPercent = 93.5,
            ImprovementSamples = [93.5],
            CacheHitRatio = 1,
        },
    };

    private static string Event(string name, string pass, string fields) =>
        $$"""{"EventName":"{{name}}","Timestamp":"2026-01-01T00:00:00+00:00","RunId":"20260101-000000-gate","Pass":"{{pass}}","Pid":7,{{fields}}}""";

    /// <summary>A run folder holding the summary and, per pass, a launch, a ParseDuration and an InterfaceSyncTiming per host.</summary>
    private string RunFolder(RunSummary summary, string extraTelemetry = "")
    {
        var folder = Path.Combine(root, "runs", summary.RunId);
        RunSummaryFile.Write(folder, summary);
        var ndjson = new StringBuilder();
        ndjson.AppendLine(Event("InterfaceSiteCacheMetrics", "cold", "\"Site\":\"WLLS\",\"Reason\":\"CacheInitial\",\"Hosts\":0,\"Rows\":0,\"HydrateDurationMs\":4.2"));
        foreach (var pass in new[] { "cold", "warm" })
        {
            for (var i = 0; i < Hosts; i++)
            {
                var site = i % 2 == 0 ? "WLLS" : "BOYO";
                ndjson.AppendLine(Event("ParserSchedulerLaunch", pass, $"\"Site\":\"{site}\",\"Hostname\":\"{site}-{i}\",\"ConsecutiveSameSite\":1,\"OtherSitesWaiting\":true,\"FairnessBypass\":false"));
                ndjson.AppendLine(Event("ParseDuration", pass, $"\"Hostname\":\"{site}-{i}\",\"Site\":\"{site}\",\"DurationSeconds\":0.002,\"Success\":true"));
                ndjson.AppendLine(Event("InterfaceSyncTiming", pass, $"\"Hostname\":\"{site}-{i}\",\"Site\":\"{site}\",\"WritePathMs\":0.4"));
            }
        }

        File.WriteAllText(Path.Combine(folder, "telemetry.ndjson"), ndjson + extraTelemetry);
        return folder;
    }

    private static async Task<(ExitCode Code, string Output)> Run(GateArgs args)
    {
        var output = new StringWriter();
        var code = await GateCommand.RunAsync(args, output, CancellationToken.None);
        return (code, output.ToString());
    }

    [Fact]
    public async Task RunAsync_PassingVerifyRun_PrintsTheTableAndWritesGatesJson()
    {
        var folder = RunFolder(Verify());

        var (code, output) = await Run(new GateArgs(folder));

        code.Should().Be(ExitCode.Ok);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        lines[0].Should().Be("Run 20260101-000000-gate (verify): 10 passed, 0 failed, 0 insufficient data, 4 n/a.");
        lines[1].Should().MatchRegex(@"^Gate\s+Threshold\s+Measured\s+Samples\s+Verdict\s+Reason$");
        lines.Should().Contain(l => l.StartsWith("warm.improvement ", StringComparison.Ordinal) && l.Contains("≥ 90 %") && l.Contains("93.5 %") && l.Contains("pass"));
        lines.Should().Contain(l => l.StartsWith("queue.p95 ", StringComparison.Ordinal) && l.Contains("n/a"));
        lines.Should().Contain("Telemetry: 121 events, no torn lines.");
        var json = Path.Combine(folder, "gates.json");
        lines.Should().Contain($"Verdicts: {json}");

        var report = GateReportFile.Read(json);
        report.ExitCode.Should().Be(0);
        report.Verdicts.Should().HaveCount(GateCatalogue.Defaults.Count);
        report.Verdicts.Single(v => v.Name == "completeness").Should().Match<GateVerdict>(v => v.Verdict == GateStatus.Pass && v.Samples == 40);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(json));
        doc.RootElement.GetProperty("Verdicts")[0].GetProperty("Verdict").GetString().Should().Be("Pass");
        File.ReadAllText(json).Should().Contain("\"Threshold\": \"≥ 90 %\"");
    }

    [Fact]
    public async Task RunAsync_GateOverThreshold_ExitsGateFailedAndSaysWhy()
    {
        var folder = RunFolder(Verify(coldWriteP95: 80));
        var json = Path.Combine(root, "out", "verdicts.json");

        var (code, output) = await Run(new GateArgs(folder, JsonOut: json));

        code.Should().Be(ExitCode.GateFailed);
        output.Should().MatchRegex(@"write\.p95\s+≤ 50 ms\s+80 ms\s+20\s+FAIL\s+80 ms > 50 ms; cold");
        GateReportFile.Read(json).Verdicts.Single(v => v.Name == "write.p95").Verdict.Should().Be(GateStatus.Fail);
        File.Exists(Path.Combine(folder, "gates.json")).Should().BeFalse();
    }

    [Fact]
    public async Task RunAsync_TornTelemetryLines_ReportsThemAndExitsBadInputWhenEveryGatePasses()
    {
        var folder = RunFolder(Verify(), extraTelemetry: "{\"EventName\":\"InterfaceSyncTi");

        var (code, output) = await Run(new GateArgs(folder));

        code.Should().Be(ExitCode.BadInput);
        output.Should().Contain("Telemetry: 121 events; 1 torn lines skipped (line 122) in ");
        GateReportFile.Read(Path.Combine(folder, "gates.json")).Telemetry.TornLineNumbers.Should().Equal(122);
    }

    [Fact]
    public async Task RunAsync_TooFewHosts_ExitsInsufficientData()
    {
        var summary = Verify() with { WarmRunComparison = Verify().WarmRunComparison! with { WarmHosts = 4 } };
        var folder = RunFolder(summary);

        var (code, output) = await Run(new GateArgs(folder));

        code.Should().Be(ExitCode.InsufficientData);
        output.Should().MatchRegex(@"warm\.cacheHit\s+≥ 100 %\s+100 %\s+4\s+insufficient data\s+4 hosts, needs ≥ 10");
    }

    [Fact]
    public async Task RunAsync_RunIdUnderRootAndGatesFile_ResolvesBothAndDisablesTheGate()
    {
        RunFolder(Verify(coldWriteP95: 80));
        var gates = Path.Combine(root, "ci-gates.json");
        File.WriteAllText(gates, """{ "gates": { "write.p95": { "enabled": false } } }""");

        var (code, output) = await Run(new GateArgs("20260101-000000-gate", gates, Root: root));

        code.Should().Be(ExitCode.Ok);
        output.Should().Contain($"disabled in {gates}");
    }

    [Fact]
    public async Task RunAsync_SummaryOfAnotherSchemaVersion_IsAUsageErrorNamingBothVersions()
    {
        var folder = RunFolder(Verify());
        var summary = Path.Combine(folder, "summary.json");
        File.WriteAllText(summary, File.ReadAllText(summary).Replace("\"SchemaVersion\": 1", "\"SchemaVersion\": 2", StringComparison.Ordinal));

        var run = () => GateCommand.RunAsync(new GateArgs(summary), TextWriter.Null, CancellationToken.None);

        (await run.Should().ThrowAsync<UsageException>()).WithMessage("*schema version 2*reads version 1*");
    }

    [Fact]
    public async Task RunAsync_CorruptSummary_IsAUsageError()
    {
        var folder = RunFolder(Verify());
        File.WriteAllText(Path.Combine(folder, "summary.json"), "{\"SchemaVersion\": 1, \"RunId\": \"x\", \"Pas");

        var run = () => GateCommand.RunAsync(new GateArgs(folder), TextWriter.Null, CancellationToken.None);

        (await run.Should().ThrowAsync<UsageException>()).WithMessage("*not valid JSON*");
    }

    [Fact]
    public async Task RunAsync_NoSuchRun_IsAUsageError()
    {
        var run = () => GateCommand.RunAsync(new GateArgs(Path.Combine(root, "runs", "missing")), TextWriter.Null, CancellationToken.None);

        (await run.Should().ThrowAsync<UsageException>()).WithMessage("No run folder or summary at *missing*");
    }

    [Fact]
    public async Task RunAsync_BadGatesFile_IsAUsageErrorListingTheGates()
    {
        var folder = RunFolder(Verify());
        var gates = Path.Combine(root, "gates.json");
        File.WriteAllText(gates, """{ "gates": { "parse.p99": { "threshold": 80 } } }""");

        var run = () => GateCommand.RunAsync(new GateArgs(folder, gates), TextWriter.Null, CancellationToken.None);

        (await run.Should().ThrowAsync<UsageException>()).WithMessage("*\"parse.p99\" is not a gate; valid names: warm.improvement, *parse.p95, parse.max*");
    }

    [Fact]
    public void EvaluateRun_SummaryPathOrFolder_GivesTheSameVerdicts()
    {
        var folder = RunFolder(Verify(coldWriteP95: 80));

        var fromFolder = GateCommand.EvaluateRun(folder, null);
        var fromFile = GateCommand.EvaluateRun(Path.Combine(folder, "summary.json"), null);

        fromFile.Should().Equal(fromFolder);
        fromFolder.Single(v => v.Name == "write.p95").Verdict.Should().Be(GateStatus.Fail);
        fromFolder.Single(v => v.Name == "completeness").Verdict.Should().Be(GateStatus.Pass, "the telemetry beside the summary is read");
    }
}
