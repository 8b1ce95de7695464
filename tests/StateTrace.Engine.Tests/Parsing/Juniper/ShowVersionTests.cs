using StateTrace.Engine.Parsing.Juniper;

namespace StateTrace.Engine.Tests.Parsing.Juniper;

public class ShowVersionTests
{
    private const string Folder = "ntc-more/juniper_junos/show_version";

    private static readonly (string, string)[] Mapping =
        [("Hostname", "hostname"), ("Model", "model"), ("Version", "junos_version"), ("Serial", "serial_number")];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var version = ShowVersion.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, [version], Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(4);
    }

    [Fact]
    public void Parse_PackageLinesOnly_TakesReleasePackageNotDocumentation()
    {
        const string text = """
            Hostname: lab
            Model: mx240
            JUNOS Online Documentation [113.3R1.4]
            JUNOS Base OS boot [13.3R1.4]
            JUNOS Kernel Software Suite [13.3R1.4]
            """;

        ShowVersion.Parse(text, 1, null).Version.Should().Be("13.3R1.4");
    }

    [Fact]
    public void Parse_NothingKnown_ReportsFirstLine()
    {
        var reports = new ReportCollector();

        ShowVersion.Parse("error: syntax error, expecting <command>: versio\n", 5, reports.Report);

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(5);
    }
}
