using StateTrace.Engine.Runs;
using StateTrace.Tool.Reports;

namespace StateTrace.Tool.Tests.Reports;

public sealed class ComparisonTests : IDisposable
{
    private readonly ReportFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void Compare_WriteLatencyRegression_SlowerRowAndRegression()
    {
        var before = ReportFixture.Run("before", writeP95: [5, 5.1, 4.9, 5.05, 4.95]);
        var after = ReportFixture.Run("after", writeP95: [9, 9.1, 8.9, 9.05, 8.95]);

        var comparison = Comparison.Compare(before, after, ComparisonOptions.Default);

        comparison.Rows.Single(r => r.Metric.Key == "cold.write.p95").Verdict.Should().Be(Verdict.Slower);
        comparison.Rows.Single(r => r.Metric.Key == "cold.mbps").Verdict.Should().Be(Verdict.Same);
        comparison.HasRegression.Should().BeTrue();
    }

    [Fact]
    public void Compare_VerifyRuns_PrimaryMetricsPerPass()
    {
        var run = ReportFixture.Run("r");

        var keys = Comparison.Compare(run, run, ComparisonOptions.Default).Rows.Select(r => r.Metric.Key).ToList();

        keys.Should().Contain(["cold.mbps", "cold.hostsps", "cold.rowsps", "cold.parse.p95", "cold.write.p95", "warm.mbps", "warm.writePath.p50"]);
        keys.Should().NotContain("warm.rowsps", "a metric that is zero in every sample on both sides says nothing");
    }

    [Fact]
    public void Compare_LoadRuns_IncludeQueueDelay()
    {
        var run = ReportFixture.Run("r", "load");

        Comparison.Compare(run, run, ComparisonOptions.Default).Rows.Select(r => r.Metric.Key).Should().Contain("load.queue.p95");
    }

    [Fact]
    public void Compare_DifferentMachines_WarningWithTheFields()
    {
        var before = ReportFixture.Run("before");
        var after = ReportFixture.Run("after", machine: ReportFixture.Machine with { CpuModel = "Other CPU", Cores = 8 });

        var comparison = Comparison.Compare(before, after, ComparisonOptions.Default);

        comparison.MachinesDiffer.Should().BeTrue();
        comparison.MachineDifferences.Select(d => d.Field).Should().Equal("CPU", "Cores");
    }

    [Fact]
    public void Compare_OnlyTheCommitDiffers_NoWarning()
    {
        var before = ReportFixture.Run("before", commit: "1111111");
        var after = ReportFixture.Run("after", commit: "2222222");

        var comparison = Comparison.Compare(before, after, ComparisonOptions.Default);

        comparison.MachinesDiffer.Should().BeFalse();
        comparison.BaselineCode.Should().NotBe(comparison.CurrentCode);
    }

    [Fact]
    public void Report_DifferentMachines_LoudBanner()
    {
        var doc = Report(ReportFixture.Machine with { Os = "Windows" }, "abc123");

        var banner = doc.GetElementById(ComparisonSection.FingerprintWarningId);
        banner.Should().NotBeNull();
        banner!.ClassList.Should().Contain("warning");
        banner.GetAttribute("role").Should().Be("alert");
        banner.TextContent.Should().Contain("Machine fingerprints differ").And.Contain("OS: Linux (baseline) ≠ Windows (current)");
    }

    [Fact]
    public void Report_OnlyTheCommitDiffers_NoBannerButTheCodeShown()
    {
        var doc = Report(ReportFixture.Machine, "def456");

        doc.GetElementById(ComparisonSection.FingerprintWarningId).Should().BeNull();
        doc.QuerySelectorAll(".banner.warning").Should().BeEmpty();
        doc.GetElementById(ComparisonSection.Id)!.TextContent.Should().Contain("0.1.0 (abc123) → 0.1.0 (def456)");
    }

    [Fact]
    public void Report_Regression_DangerBannerAndSlowerCell()
    {
        var before = RunData.Load(fixture.Write(ReportFixture.Run("before", mbps: [10, 10.1, 9.9, 10.05, 9.95])));
        var after = RunData.Load(fixture.Write(ReportFixture.Run("after", mbps: [6, 6.1, 5.9, 6.05, 5.95])));

        var doc = ReportFixture.Parse(ReportFixture.Render(new RunReport(after, before, ComparisonOptions.Default)));

        doc.GetElementById(ComparisonSection.RegressionId).Should().NotBeNull();
        doc.QuerySelectorAll("#comparison td.verdict-slower").Select(c => c.TextContent).Should().Contain("Slower");
    }

    private AngleSharp.Dom.IDocument Report(MachineFingerprint currentMachine, string currentCommit)
    {
        var before = RunData.Load(fixture.Write(ReportFixture.Run("before")));
        var after = RunData.Load(fixture.Write(ReportFixture.Run("after", machine: currentMachine, commit: currentCommit)));
        return ReportFixture.Parse(ReportFixture.Render(new RunReport(after, before, ComparisonOptions.Default)));
    }
}
