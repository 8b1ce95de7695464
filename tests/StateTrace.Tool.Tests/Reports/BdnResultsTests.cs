using System.Globalization;
using StateTrace.Tool.Reports;

namespace StateTrace.Tool.Tests.Reports;

public sealed class BdnResultsTests : IDisposable
{
    private readonly ReportFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    /// <summary>A BenchmarkDotNet full JSON report with the fields the reader uses (shape of 0.15.8's exporter).</summary>
    private string Results(string name, double splitNs, double parseNs, long splitAlloc = 492_701, string processor = "AMD EPYC", bool originalValues = true)
    {
        var folder = Path.Combine(fixture.Root, name);
        Directory.CreateDirectory(folder);
        string Values(double center) => string.Join(", ", new[] { 0.99, 1.01, 1.0, 0.995, 1.005 }.Select(f => (center * f).ToString("R", CultureInfo.InvariantCulture)));
        string Stats(double center) => originalValues
            ? $$"""{ "OriginalValues": [{{Values(center)}}], "N": 5, "Mean": {{center}}, "Median": {{center}}, "StandardDeviation": {{center * 0.008}} }"""
            : $$"""{ "N": 5, "Mean": {{center}}, "Median": {{center}}, "StandardDeviation": {{center * 0.008}} }""";
        string Measurements(double center) => string.Join(", ", new[] { 0.99, 1.01, 1.0, 0.995, 1.005 }.Select((f, i) =>
            $$"""{ "IterationMode": "Workload", "IterationStage": "Actual", "LaunchIndex": 1, "IterationIndex": {{i + 1}}, "Operations": 4, "Nanoseconds": {{(center * f * 4).ToString("R", CultureInfo.InvariantCulture)}} }"""));
        File.WriteAllText(Path.Combine(folder, "StateTrace.Benchmarks.SplitBench-report-full-compressed.json"), $$"""
            { "Title": "StateTrace.Benchmarks.SplitBench-20261125-143217",
              "HostEnvironmentInfo": { "BenchmarkDotNetVersion": "0.15.8", "OsVersion": "Linux Debian GNU/Linux 12 (bookworm)", "ProcessorName": "{{processor}}",
                "LogicalCoreCount": 2, "RuntimeVersion": ".NET 10.0.12", "Architecture": "X64", "Configuration": "RELEASE" },
              "Benchmarks": [
                { "Namespace": "StateTrace.Benchmarks", "Type": "SplitBench", "Method": "Split", "Parameters": "Hosts=200",
                  "FullName": "StateTrace.Benchmarks.SplitBench.Split(Hosts: 200)", "Statistics": {{Stats(splitNs)}},
                  "Memory": { "BytesAllocatedPerOperation": {{splitAlloc}} },
                  "Measurements": [ { "IterationMode": "Overhead", "IterationStage": "Jitting", "LaunchIndex": 1, "IterationIndex": 1, "Operations": 1, "Nanoseconds": 174430 }, {{Measurements(splitNs)}} ] },
                { "Namespace": "StateTrace.Benchmarks", "Type": "ParseBench", "Method": "Parse", "Parameters": "",
                  "FullName": "StateTrace.Benchmarks.ParseBench.Parse", "Statistics": {{Stats(parseNs)}},
                  "Memory": { "BytesAllocatedPerOperation": 1000 },
                  "Measurements": [ {{Measurements(parseNs)}} ] },
                { "Namespace": "StateTrace.Benchmarks", "Type": "BrokenBench", "Method": "Fails", "FullName": "StateTrace.Benchmarks.BrokenBench.Fails", "Statistics": null }
              ] }
            """);
        return folder;
    }

    [Fact]
    public void Read_FullJson_BenchmarksWithRawValues()
    {
        var results = BdnResults.Read(Results("now", 40_000_000, 1_000));

        results.Benchmarks.Should().HaveCount(2, "a case without statistics did not run");
        var split = results.Benchmarks.Single(b => b.Method == "Split");
        split.Values.Should().HaveCount(5);
        split.AllocatedBytes.Should().Be(492_701);
        split.ShortName.Should().Be("SplitBench.Split(Hosts=200)");
        results.Host.Processor.Should().Be("AMD EPYC");
    }

    [Fact]
    public void Read_WithoutOriginalValues_UsesWorkloadMeasurementsPerOperation()
    {
        var results = BdnResults.Read(Results("now", 40_000_000, 1_000, originalValues: false));

        results.Benchmarks.Single(b => b.Method == "Split").Values.Should().HaveCount(5).And.OnlyContain(v => Math.Abs(v - 40_000_000) < 500_000);
    }

    [Fact]
    public void Read_FolderWithoutReports_Refused()
    {
        var empty = Path.Combine(fixture.Root, "empty");
        Directory.CreateDirectory(empty);

        var act = () => BdnResults.Read(empty);

        act.Should().Throw<InvalidDataException>().WithMessage("No BenchmarkDotNet full JSON report*");
    }

    [Fact]
    public void Compare_SplitRegressed_SlowerRowOthersSame()
    {
        var before = BdnResults.Read(Results("before", 40_000_000, 1_000));
        var after = BdnResults.Read(Results("after", 60_000_000, 1_000, splitAlloc: 900_000));

        var comparison = BdnComparison.Compare(before, after, ComparisonOptions.Default);

        comparison.Rows.Select(r => (r.Metric.Label, r.Verdict)).Should().Equal(
            ("SplitBench.Split(Hosts=200) time/op", Verdict.Slower),
            ("SplitBench.Split(Hosts=200) allocated/op", Verdict.Slower),
            ("ParseBench.Parse time/op", Verdict.Same),
            ("ParseBench.Parse allocated/op", Verdict.Same));
        comparison.MachinesDiffer.Should().BeFalse();
    }

    [Fact]
    public void Compare_OtherProcessor_Warns()
    {
        var comparison = BdnComparison.Compare(BdnResults.Read(Results("before", 40_000_000, 1_000)),
            BdnResults.Read(Results("after", 40_000_000, 1_000, processor: "Intel Xeon")), ComparisonOptions.Default);

        comparison.MachineDifferences.Should().ContainSingle().Which.Field.Should().Be("CPU");
    }

    [Fact]
    public void Report_WithBaseline_TableRowsPerBenchmarkAndPlot()
    {
        var before = BdnResults.Read(Results("before", 40_000_000, 1_000));
        var after = BdnResults.Read(Results("after", 60_000_000, 1_000));

        var doc = ReportFixture.Parse(ReportFixture.Render(new BdnReport(after, before, ComparisonOptions.Default)));

        var rows = doc.QuerySelectorAll("#comparison tbody tr").ToList();
        rows.Should().HaveCount(4);
        rows[0].TextContent.Should().Contain("SplitBench.Split(Hosts=200) time/op").And.Contain("40.000 ms").And.Contain("60.000 ms").And.Contain("Slower");
        doc.QuerySelectorAll("#benchmarks tbody tr").Should().HaveCount(2);
        doc.GetElementById(BdnSection.EnvironmentId).Should().NotBeNull();
        doc.QuerySelectorAll("svg").Should().NotBeEmpty().And.OnlyContain(svg => svg.OuterHtml.Contains("<text", StringComparison.Ordinal));
    }
}
