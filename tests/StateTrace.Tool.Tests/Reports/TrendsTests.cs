using StateTrace.Tool.Reports;

namespace StateTrace.Tool.Tests.Reports;

public sealed class TrendsTests : IDisposable
{
    private static readonly MetricDefinition Write = new("ingest.write.p95", "ingest write p95", "ms", HigherIsBetter: false, NoiseFloor: 0.5);
    private static readonly MetricDefinition Mbps = new("ingest.mbps", "ingest throughput", "MB/s", HigherIsBetter: true, NoiseFloor: 0.1);

    private readonly ReportFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    private static List<TrendRun> Runs(MetricDefinition metric, double[] values, bool[]? green = null) =>
        values.Select((v, i) => new TrendRun($"run-{i + 1:D2}", "ingest", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i), "abc",
            ReportFixture.Machine, green?[i] ?? true, [new MetricSamples(metric, [v])])).ToList();

    [Fact]
    public void Analyse_TwoBreachesInARow_ChangePointAtTheFirst()
    {
        var series = Trends.Analyse(Runs(Write, [10, 10.2, 9.9, 10.1, 10, 10.1, 14, 14.2, 14.1]), new TrendOptions()).Single();

        var change = series.ChangePoints.Should().ContainSingle().Subject;
        change.RunId.Should().Be("run-07");
        change.ConfirmedBy.Should().Be("run-08");
        change.BaselineMedian.Should().Be(10.1);
        series.Points.Count(p => p.Breach).Should().Be(3);
    }

    [Fact]
    public void Analyse_OneSpike_NoChangePoint()
    {
        var series = Trends.Analyse(Runs(Write, [10, 10.2, 9.9, 10.1, 10, 15, 10.1, 10, 10.2]), new TrendOptions()).Single();

        series.ChangePoints.Should().BeEmpty("a one-off spike never alerts");
        series.Points.Single(p => p.Breach).RunId.Should().Be("run-06");
    }

    [Fact]
    public void Analyse_ThroughputDrop_ChangePoint()
    {
        var series = Trends.Analyse(Runs(Mbps, [100, 101, 99, 100, 100, 80, 81]), new TrendOptions()).Single();

        series.ChangePoints.Should().ContainSingle().Which.RunId.Should().Be("run-06");
    }

    [Fact]
    public void Analyse_ThroughputGain_NoChangePoint()
    {
        var series = Trends.Analyse(Runs(Mbps, [100, 101, 99, 100, 100, 130, 131]), new TrendOptions()).Single();

        series.ChangePoints.Should().BeEmpty("only regressions alert");
    }

    [Fact]
    public void Analyse_RedRunsStayOutOfTheRollingMedian()
    {
        // Runs 4 and 5 failed their gates at 20 ms: the median stays on the green runs' 10 ms.
        var series = Trends.Analyse(Runs(Write, [10, 10, 10, 20, 20, 10, 14, 14], [true, true, true, false, false, true, true, true]), new TrendOptions()).Single();

        series.Points[6].WindowMedian.Should().Be(10);
        series.ChangePoints.Select(c => c.RunId).Should().Equal("run-04", "run-07");
    }

    [Fact]
    public void Analyse_TooFewGreenRunsBefore_NotJudged()
    {
        var series = Trends.Analyse(Runs(Write, [10, 30, 30, 30]), new TrendOptions()).Single();

        series.ChangePoints.Should().BeEmpty();
        series.Points.Take(3).Should().OnlyContain(p => p.WindowMedian == null);
    }

    [Fact]
    public void HistoryReport_CraftedSeries_ChangePointMarked()
    {
        double[] writes = [5, 5.1, 4.9, 5, 5.05, 5, 9, 9.2, 9.1];
        for (var i = 0; i < writes.Length; i++)
        {
            fixture.Write(ReportFixture.Run($"run-{i + 1:D2}", "ingest", mbps: [10, 10, 10], writeP95: [writes[i], writes[i], writes[i]],
                started: new DateTimeOffset(2026, 1, 1, 2, 0, 0, TimeSpan.Zero).AddDays(i)), timeSeries: false, gates: false, hosts: 2);
        }

        fixture.Write(ReportFixture.Run("elsewhere", "ingest", machine: ReportFixture.Machine with { Cores = 64 },
            started: new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)), timeSeries: false, gates: false, hosts: 2);

        var history = Trends.Load(fixture.Root, fingerprint: null);
        var report = new HistoryReport(history, new TrendOptions());
        var doc = ReportFixture.Parse(ReportFixture.Render(report));

        history.Runs.Should().HaveCount(9, "the run of another machine is left out");
        history.OtherFingerprints.Should().ContainSingle();
        foreach (var id in new[] { TrendSection.HistoryId, TrendSection.TrendsId, TrendSection.ChangePointsId })
        {
            doc.GetElementById(id).Should().NotBeNull();
        }

        var changes = doc.GetElementById(TrendSection.ChangePointsId)!;
        changes.QuerySelectorAll("tbody tr").Should().ContainSingle().Which.TextContent.Should().Contain("ingest write p95").And.Contain("run-07");
        doc.GetElementById("change-point-alert").Should().NotBeNull();
        var plot = doc.QuerySelectorAll("#trends figure").Single(f => f.QuerySelector("figcaption")!.TextContent.StartsWith("ingest write p95", StringComparison.Ordinal));
        plot.QuerySelectorAll("svg text").Select(t => t.TextContent.Trim()).Should().Contain("change point", "the change point is marked on the plot");
        plot.QuerySelector("figcaption")!.TextContent.Should().Contain("change point at run 7");
        doc.QuerySelectorAll("#trends svg").Should().OnlyContain(svg => svg.OuterHtml.Contains("<text", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NoRuns_Refused()
    {
        Directory.CreateDirectory(Path.Combine(fixture.Root, "runs"));

        var act = () => Trends.Load(fixture.Root, null);

        act.Should().Throw<InvalidDataException>().WithMessage("No readable run summary*");
    }
}
