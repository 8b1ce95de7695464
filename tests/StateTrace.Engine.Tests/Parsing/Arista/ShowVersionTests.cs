using StateTrace.Engine.Parsing.Arista;

namespace StateTrace.Engine.Tests.Parsing.Arista;

public class ShowVersionTests
{
    private const string Folder = "ntc/arista_eos/show_version";

    private static readonly (string, string)[] Mapping =
    [
        ("Model", "model"), ("Serial", "serial_number"), ("Version", "image"), ("Uptime", "uptime"), ("SystemMac", "sys_mac"),
        ("HardwareVersion", "hw_version"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var info = ShowVersion.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, [info], Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(4);
    }

    [Fact]
    public void Parse_EngineeringBuild_VersionIsFirstWordOnly()
    {
        var info = ShowVersion.Parse(NtcOracle.ReadRaw(Folder + "/arista_eos_show_version_ceos.raw"), 1, null);

        info.Version.Should().Be("4.31.6M-39953990.4316M");
        info.Model.Should().Be("cEOSLab");
    }

    [Fact]
    public void Parse_NoImageVersionLine_ReportsAndKeepsTheRest()
    {
        var reports = new ReportCollector();

        var info = ShowVersion.Parse("Arista DCS-7050SX-64\nSerial number: JPE123\n", 30, reports.Report);

        info.Should().Be(new AristaVersionInfo("DCS-7050SX-64", "JPE123", "", "", "", ""));
        reports.Items.Should().ContainSingle().Which.Line.Should().Be(30);
    }

    [Fact]
    public void Parse_EmptyBlock_ReadsNothingAndReportsNothing()
    {
        var reports = new ReportCollector();

        ShowVersion.Parse("", 1, reports.Report).Version.Should().BeEmpty();

        reports.Items.Should().BeEmpty();
    }
}
