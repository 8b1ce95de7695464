using StateTrace.Engine.Parsing.Aruba;

namespace StateTrace.Engine.Tests.Parsing.Aruba;

public class ShowVersionTests
{
    [Fact]
    public void Parse_CxBanner_ReadsImageNotServiceOsOrBios()
    {
        var version = ShowVersion.Parse(ArubaSamples.ShowVersion, 1, null);

        version.Should().Be(new CxVersion(
            "FL.10.11.1021", "2023-05-25 11:05:32 UTC", "ArubaOS-CX:FL.10.11.1021:9a4b3f3ac2a1:202305251105", "primary"));
    }

    [Fact]
    public void Parse_NoVersionLine_ReportsFirstLine()
    {
        var reports = new ReportCollector();

        ShowVersion.Parse("ArubaOS-CX\n", 3, reports.Report).Version.Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(3);
    }
}
