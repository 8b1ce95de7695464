using System.Text.Json;
using StateTrace.Tool.Commands;
using StateTrace.Tool.Reports;

namespace StateTrace.Tool.Tests.Reports;

public sealed class ReportCommandTests : IDisposable
{
    private readonly ReportFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    private async Task<(ExitCode Code, string Output)> Report(ReportArgs args)
    {
        using var output = new StringWriter();
        var code = await ReportCommand.RunAsync(args, output, CancellationToken.None);
        return (code, output.ToString());
    }

    private async Task<(ExitCode Code, string Output)> Compare(CompareArgs args)
    {
        using var output = new StringWriter();
        var code = await CompareCommand.RunAsync(args, output, CancellationToken.None);
        return (code, output.ToString());
    }

    [Fact]
    public async Task Report_RunIdUnderRoot_WritesDefaultOutput()
    {
        fixture.Write(ReportFixture.Run("run-1"));

        var (code, output) = await Report(new ReportArgs("run-1", fixture.Root));

        code.Should().Be(ExitCode.Ok);
        var path = Path.Combine(fixture.Root, "reports", "out", "run-1.html");
        File.Exists(path).Should().BeTrue();
        output.Should().Contain("Report: " + path);
        ReportFixture.Parse(await File.ReadAllTextAsync(path)).GetElementById(SitesSection.Id).Should().NotBeNull();
    }

    [Fact]
    public async Task Report_OutputOption_WritesThere()
    {
        var folder = fixture.Write(ReportFixture.Run("run-1"));
        var target = Path.Combine(fixture.Root, "elsewhere", "r.html");

        var (code, _) = await Report(new ReportArgs(folder, fixture.Root) { Output = target });

        code.Should().Be(ExitCode.Ok);
        File.Exists(target).Should().BeTrue();
    }

    [Fact]
    public async Task Report_MissingRun_Usage()
    {
        var act = () => Report(new ReportArgs("no-such-run", fixture.Root));

        await act.Should().ThrowAsync<UsageException>().WithMessage("No run folder or summary at no-such-run*");
    }

    [Fact]
    public async Task Report_SummaryOfAnotherSchemaVersion_Usage()
    {
        var folder = fixture.RunFolder("future");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "summary.json"), """{ "SchemaVersion": 99, "RunId": "future" }""");

        var act = () => Report(new ReportArgs(folder, fixture.Root));

        await act.Should().ThrowAsync<UsageException>().WithMessage("*schema version 99*");
    }

    [Fact]
    public async Task Report_NoModeOrTwoModes_Usage()
    {
        await FluentActions.Awaiting(() => Report(new ReportArgs(null, fixture.Root))).Should().ThrowAsync<UsageException>();
        await FluentActions.Awaiting(() => Report(new ReportArgs("run-1", fixture.Root) { History = fixture.Root })).Should().ThrowAsync<UsageException>();
        await FluentActions.Awaiting(() => Report(new ReportArgs("run-1", fixture.Root) { FailOnRegression = true })).Should().ThrowAsync<UsageException>()
            .WithMessage("--fail-on-regression needs --baseline.");
        await FluentActions.Awaiting(() => Report(new ReportArgs("run-1", fixture.Root) { ThresholdPercent = 0 })).Should().ThrowAsync<UsageException>();
    }

    [Fact]
    public async Task Report_BaselineRegressionWithFailOnRegression_GateFailed()
    {
        fixture.Write(ReportFixture.Run("before", mbps: [10, 10.1, 9.9, 10.05, 9.95]));
        fixture.Write(ReportFixture.Run("after", mbps: [6, 6.1, 5.9, 6.05, 5.95]));

        var (code, output) = await Report(new ReportArgs("after", fixture.Root) { Baseline = "before", FailOnRegression = true });

        code.Should().Be(ExitCode.GateFailed);
        output.Should().Contain("Slower");
        File.Exists(Path.Combine(fixture.Root, "reports", "out", "after-vs-before.html")).Should().BeTrue();
    }

    [Fact]
    public async Task Report_BaselineRegressionWithoutTheSwitch_Ok()
    {
        fixture.Write(ReportFixture.Run("before", mbps: [10, 10.1, 9.9, 10.05, 9.95]));
        fixture.Write(ReportFixture.Run("after", mbps: [6, 6.1, 5.9, 6.05, 5.95]));

        var (code, _) = await Report(new ReportArgs("after", fixture.Root) { Baseline = "before" });

        code.Should().Be(ExitCode.Ok);
    }

    [Fact]
    public async Task Report_History_WritesTrendReport()
    {
        for (var i = 0; i < 4; i++)
        {
            fixture.Write(ReportFixture.Run($"run-{i}", "ingest", started: new DateTimeOffset(2026, 1, 1 + i, 0, 0, 0, TimeSpan.Zero)), timeSeries: false, hosts: 2);
        }

        var (code, output) = await Report(new ReportArgs(null, fixture.Root) { History = Path.Combine(fixture.Root, "runs") });

        code.Should().Be(ExitCode.Ok);
        output.Should().Contain($"History of machine {ReportFixture.Machine.Id}: 4 run(s), 0 change point(s).");
        File.Exists(Path.Combine(fixture.Root, "reports", "out", $"history-{ReportFixture.Machine.Id}.html")).Should().BeTrue();
    }

    [Fact]
    public async Task Report_BdnFolderWithoutReports_Usage()
    {
        var act = () => Report(new ReportArgs(null, fixture.Root) { Bdn = fixture.Root });

        await act.Should().ThrowAsync<UsageException>().WithMessage("No BenchmarkDotNet full JSON report*");
    }

    [Fact]
    public async Task Compare_Regression_TableJsonAndExitCode()
    {
        fixture.Write(ReportFixture.Run("before", writeP95: [5, 5.1, 4.9, 5.05, 4.95]));
        fixture.Write(ReportFixture.Run("after", writeP95: [9, 9.1, 8.9, 9.05, 8.95], commit: "def456"));
        var json = Path.Combine(fixture.Root, "cmp", "compare.json");

        var (code, output) = await Compare(new CompareArgs("before", "after", fixture.Root) { JsonOut = json, FailOnRegression = true });

        code.Should().Be(ExitCode.GateFailed);
        output.Should().NotContain("WARNING", "only the commit differs");
        output.Should().MatchRegex(@"cold write p95\s+5\.\d+ ms\s+9\.\d+ ms\s+1\.\d+\s+Slower");
        using var doc = JsonDocument.Parse(await File.ReadAllBytesAsync(json));
        doc.RootElement.GetProperty("Regression").GetBoolean().Should().BeTrue();
        doc.RootElement.GetProperty("MachinesDiffer").GetBoolean().Should().BeFalse();
        var metric = doc.RootElement.GetProperty("Metrics").EnumerateArray().Single(m => m.GetProperty("Key").GetString() == "cold.write.p95");
        metric.GetProperty("Verdict").GetString().Should().Be("Slower");
        metric.GetProperty("BaselineSamples").GetArrayLength().Should().Be(5);
    }

    [Fact]
    public async Task Compare_DifferentMachines_WarnsFirst()
    {
        fixture.Write(ReportFixture.Run("before"));
        fixture.Write(ReportFixture.Run("after", machine: ReportFixture.Machine with { StoreKind = "postgres" }));

        var (code, output) = await Compare(new CompareArgs("before", "after", fixture.Root));

        code.Should().Be(ExitCode.Ok);
        output.Should().StartWith("WARNING: Machine fingerprints differ").And.Contain("Store: sqlite (baseline) vs postgres (current)");
    }

    [Fact]
    public async Task Compare_TwoRepetitions_InconclusiveNotARegression()
    {
        fixture.Write(ReportFixture.Run("before", mbps: [10, 10.1]));
        fixture.Write(ReportFixture.Run("after", mbps: [5, 5.1]));

        var (code, output) = await Compare(new CompareArgs("before", "after", fixture.Root) { FailOnRegression = true });

        code.Should().Be(ExitCode.Ok);
        output.Should().Contain("Inconclusive: too few samples (n = 2 baseline, 2 current)");
    }
}
