using System.Text.RegularExpressions;
using StateTrace.Tool.Reports;

namespace StateTrace.Tool.Tests.Reports;

public sealed class RunReportTests : IDisposable
{
    private readonly ReportFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    private string Html(string kind = "verify", bool telemetry = true, bool timeSeries = true, bool gates = true, string? baseline = null)
    {
        var folder = fixture.Write(ReportFixture.Run("run-1", kind), telemetry, timeSeries, gates);
        RunData? before = null;
        if (baseline is not null)
        {
            before = RunData.Load(fixture.Write(ReportFixture.Run(baseline, kind, mbps: [8, 8.1, 7.9, 8.05, 7.95])));
        }

        return ReportFixture.Render(new RunReport(RunData.Load(folder), before, ComparisonOptions.Default));
    }

    [Theory]
    [InlineData("verify")]
    [InlineData("ingest")]
    [InlineData("load")]
    public void Write_RunOfEachKind_HasEverySection(string kind)
    {
        var doc = ReportFixture.Parse(Html(kind));

        foreach (var id in RunReport.SectionIds.Where(id => id != ComparisonSection.Id))
        {
            doc.GetElementById(id).Should().NotBeNull($"section {id} belongs in every run report");
            doc.GetElementById(id)!.QuerySelector("h2")!.TextContent.Should().NotBeNullOrWhiteSpace();
        }

        doc.GetElementById(ComparisonSection.Id).Should().BeNull("there is no baseline");
    }

    [Theory]
    [InlineData("verify")]
    [InlineData("load")]
    public void Write_EveryPlot_IsAnInlineSvgWithText(string kind)
    {
        var html = Html(kind);
        var doc = ReportFixture.Parse(html);

        var figures = doc.QuerySelectorAll("figure.plot");
        figures.Length.Should().BeGreaterThanOrEqualTo(10);
        foreach (var figure in figures)
        {
            var svg = figure.QuerySelector("svg");
            svg.Should().NotBeNull();
            svg!.OuterHtml.Should().Contain("<text", "ScottPlot drops every label when it finds no font");
            svg.QuerySelectorAll("text").Select(t => t.TextContent.Trim()).Should().Contain(t => t.Length > 0);
        }

        html.Should().NotContain("<?xml", "an XML declaration inside HTML is noise");
    }

    [Fact]
    public void Write_PlotIds_AreUniqueAcrossThePage()
    {
        var doc = ReportFixture.Parse(Html());

        var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();

        ids.Should().OnlyHaveUniqueItems("every ScottPlot SVG numbers its clip paths from the same start");
        foreach (var use in doc.QuerySelectorAll("[clip-path]"))
        {
            var target = Regex.Match(use.GetAttribute("clip-path")!, @"url\(#([^)]+)\)").Groups[1].Value;
            doc.GetElementById(target).Should().NotBeNull();
        }
    }

    [Fact]
    public void Write_HostileDeviceStrings_AreEscapedEverywhere()
    {
        var html = Html();
        var doc = ReportFixture.Parse(html);

        doc.QuerySelectorAll("script").Should().BeEmpty();
        html.Should().NotContain("<script", "a site, host, file, reason, setting or gate reason must never become markup");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        doc.GetElementById(SitesSection.Id)!.TextContent.Should().Contain(ReportFixture.Hostile, "escaped text reads back as the original");
        doc.GetElementById(DiagnosticsSection.Id)!.TextContent.Should().Contain(ReportFixture.Hostile + "-A01");
        doc.GetElementById(GatesSection.Id)!.TextContent.Should().Contain("45 % < 90 % " + ReportFixture.Hostile);
    }

    [Fact]
    public void Write_Report_ReferencesNothingOutsideItself()
    {
        var html = Html(baseline: "run-0");
        var doc = ReportFixture.Parse(html);

        foreach (var element in doc.All)
        {
            foreach (var attribute in element.Attributes.Where(a => a.LocalName is "src" or "href" or "xlink:href" or "srcset" or "action" or "data"))
            {
                attribute.Value.Should().StartWith("#", $"<{element.LocalName} {attribute.Name}> must not point outside the page");
            }
        }

        doc.QuerySelectorAll("link, img, iframe, object, embed, script").Should().BeEmpty();
        html.Should().NotContainAny(["http://", "https://", "file:", "@import", "url(http"]);
    }

    [Fact]
    public void Write_MachineFingerprintCodeAndSettings_Shown()
    {
        var doc = ReportFixture.Parse(Html());

        var machine = doc.GetElementById(MachineSection.Id)!.TextContent;
        machine.Should().Contain(ReportFixture.Machine.Id).And.Contain("Test CPU").And.Contain("abc123").And.Contain("Inputs").And.Contain("samples");
    }

    [Fact]
    public void Write_GatesJson_VerdictsTabled()
    {
        var doc = ReportFixture.Parse(Html());

        var gates = doc.GetElementById(GatesSection.Id)!;
        gates.QuerySelectorAll("tbody tr").Should().HaveCount(3);
        gates.QuerySelector("td.verdict-fail")!.TextContent.Should().Be("FAIL");
        gates.QuerySelector(".banner.danger").Should().NotBeNull();
    }

    [Fact]
    public void Write_NoGatesJson_SaysNoGateVerdicts()
    {
        var doc = ReportFixture.Parse(Html(gates: false));

        doc.GetElementById(GatesSection.Id)!.TextContent.Should().Contain("No gate verdicts for this run");
    }

    [Fact]
    public void Write_GatesJsonOfAnotherVersion_SaysWhyAndStillRenders()
    {
        var folder = fixture.Write(ReportFixture.Run("run-1"));
        File.WriteAllText(Path.Combine(folder, "gates.json"), """{ "SchemaVersion": 7, "Verdicts": [] }""");

        var doc = ReportFixture.Parse(ReportFixture.Render(new RunReport(RunData.Load(folder), null, ComparisonOptions.Default)));

        doc.GetElementById(GatesSection.Id)!.TextContent.Should().Contain("No gate verdicts:").And.Contain("schema version 7");
        doc.GetElementById(TimelineSection.Id).Should().NotBeNull();
    }

    [Fact]
    public void Write_NoTimeSeries_SaysSoInsteadOfThosePlots()
    {
        var doc = ReportFixture.Parse(Html(timeSeries: false));

        var timeline = doc.GetElementById(TimelineSection.Id)!;
        timeline.TextContent.Should().Contain("No time series for this run");
        timeline.QuerySelectorAll("figcaption").Select(f => f.TextContent).Should().NotContain(c => c.Contains("Working set", StringComparison.Ordinal));
        timeline.TextContent.Should().Contain("Memory over time: no time series for this run");
    }

    [Fact]
    public void Write_WithTimeSeries_PlotsQueueDepthAndMemory()
    {
        var doc = ReportFixture.Parse(Html());

        var titles = doc.GetElementById(TimelineSection.Id)!.QuerySelectorAll("svg text").Select(t => t.TextContent.Trim()).ToList();
        titles.Should().Contain("Queue depth and active workers").And.Contain("Memory over time").And.Contain("Parse time per host over time");
    }

    [Fact]
    public void Write_NoTelemetry_SaysSo()
    {
        var doc = ReportFixture.Parse(Html(telemetry: false));

        doc.GetElementById(DistributionSection.Id)!.TextContent.Should().Contain("No telemetry for this run");
    }

    [Fact]
    public void Write_TornTelemetryLines_SkippedAndCounted()
    {
        var doc = ReportFixture.Parse(Html());

        doc.GetElementById(DiagnosticsSection.Id)!.TextContent.Should().Contain("3 torn telemetry line(s) skipped");
        doc.GetElementById(DistributionSection.Id)!.QuerySelectorAll("figcaption").Select(f => f.TextContent)
            .Should().Contain(c => c.Contains("40 hosts", StringComparison.Ordinal), "20 hosts per pass, two passes, torn lines left out");
    }

    [Fact]
    public void Write_Diagnostics_ListFileAndLine()
    {
        var doc = ReportFixture.Parse(Html());

        var rows = doc.GetElementById(DiagnosticsSection.Id)!.QuerySelectorAll("tbody tr").ToList();
        rows.Should().HaveCount(2);
        rows[1].TextContent.Should().Contain("logs/WLLS-A01.log").And.Contain("7").And.Contain("Binary file skipped.");
    }

    [Fact]
    public void Write_IngestRun_ColdWarmSaysThereIsNone()
    {
        var doc = ReportFixture.Parse(Html("ingest"));

        doc.GetElementById(ColdWarmSection.Id)!.TextContent.Should().Contain("No cold/warm comparison: this is an ingest run");
    }

    [Fact]
    public void Write_LoadRun_PlotsQueueDelay()
    {
        var doc = ReportFixture.Parse(Html("load"));

        var texts = doc.QuerySelectorAll("svg text").Select(t => t.TextContent.Trim()).ToList();
        texts.Should().Contain("Queue delay per host").And.Contain("Queue delay and end-to-end p95 over time").And.Contain("Queue delay percentiles");
    }

    [Fact]
    public void Write_WithBaseline_ComparisonTableAndOverlays()
    {
        var doc = ReportFixture.Parse(Html(baseline: "run-0"));

        var comparison = doc.GetElementById(ComparisonSection.Id)!;
        comparison.QuerySelectorAll("tbody tr").Length.Should().BeGreaterThan(5);
        comparison.QuerySelector("svg").Should().NotBeNull();
        doc.GetElementById(ComparisonSection.FingerprintWarningId).Should().BeNull("same machine");
        doc.GetElementById(LatencySection.Id)!.QuerySelectorAll("svg text").Select(t => t.TextContent.Trim()).Should().Contain("baseline cold");
    }

    [Fact]
    public void Write_LargeRun_StaysSmall()
    {
        var folder = fixture.Write(ReportFixture.Run("big", "load"), hosts: 40_000, timePoints: 20_000);

        var html = ReportFixture.Render(new RunReport(RunData.Load(folder), null, ComparisonOptions.Default));
        var doc = ReportFixture.Parse(html);

        html.Length.Should().BeLessThan(2_000_000, "time series and per-host points are down-sampled");
        foreach (var svg in doc.QuerySelectorAll("svg"))
        {
            svg.QuerySelectorAll("ellipse, circle").Length.Should().BeLessThanOrEqualTo(3 * DownSample.MaxPoints);
        }
    }
}
