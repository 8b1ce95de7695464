using StateTrace.Engine.Parsing.Procurve;

namespace StateTrace.Engine.Tests.Parsing.Procurve;

public class ShowVersionTests
{
    internal const string Aos = """
        Image stamp:    /ws/swbuildm/rel_orlando_qaoff/code/build/lvm(swbuildm_rel_orlando_qaoff_rel_orlando)
                        Mar 29 2021 03:13:10
                        WC.16.10.0009
                        26
        Boot Image:     Primary

        Boot ROM Version:    WC.16.01.0008
        Active Boot ROM:     Primary
        """;

    [Fact]
    public void Parse_NtcMoreFixture_AgreesWithOracle()
    {
        const string fixture = "ntc-more/hp_procurve/show_version/hp_procurve_show_version.raw";
        var reports = new ReportCollector();
        var theirs = NtcOracle.Expected(fixture)[0];

        var version = ShowVersion.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        reports.Items.Should().BeEmpty();
        version.Version.Should().Be((string)theirs["version"]!);
        version.Model.Should().Be((string)theirs["model"]!);
        version.Uptime.Should().Be((string)theirs["uptime"]!);
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files("ntc-more/hp_procurve/show_version").Should().HaveCount(1);
    }

    [Fact]
    public void Parse_ImageStamp_ReadsTheReleaseLine()
    {
        var version = ShowVersion.Parse(Aos, 1, null);

        version.Should().Be(new ProcurveVersion("WC.16.10.0009", "Primary", "WC.16.01.0008", "", ""));
    }

    [Theory]
    [InlineData("K.15.06.0017", true)]
    [InlineData("YA.16.02.0012", true)]
    [InlineData("Mar 29 2021 03:13:10", false)]
    [InlineData("26", false)]
    [InlineData("wc.16.10", false)]
    public void IsRelease_VariousTexts_TrueOnlyForReleases(string text, bool expected)
    {
        ShowVersion.IsRelease(text).Should().Be(expected);
    }

    [Fact]
    public void Parse_NoRelease_Reports()
    {
        var reports = new ReportCollector();

        ShowVersion.Parse("Invalid input: version\n", 2, reports.Report);

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(2);
    }
}
