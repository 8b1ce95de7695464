using StateTrace.Engine.Parsing.Aruba;

namespace StateTrace.Engine.Tests.Parsing.Aruba;

public class ShowSystemTests
{
    private const string Folder = "ntc-more/aruba_aoscx/show_system";

    private static readonly (string, string)[] Mapping =
    [
        ("Hostname", "hostname"), ("Contact", "contact"), ("Location", "location"), ("Vendor", "vendor"), ("Product", "product"),
        ("Serial", "serial"), ("BaseMac", "base_mac"), ("Version", "version"), ("TimeZone", "time_zone"),
        ("UptimeWeeks", "uptime_weeks"), ("UptimeDays", "uptime_days"), ("UptimeHours", "uptime_hours"), ("UptimeMinutes", "uptime_minutes"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var system = ShowSystem.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, [system], Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(4);
    }

    [Fact]
    public void Parse_Release1015_ReadsAosCxVersionKeyAndUptimeText()
    {
        var system = ShowSystem.Parse(NtcOracle.ReadRaw(Folder + "/show_system5.raw"), 1, null);

        system.Version.Should().Be("PL.10.15.1030");
        system.Uptime.Should().Be("6 hours, 23 minutes");
        system.Product.Should().Be("R8N86A 6000 48G 4SFP Swch");
    }

    [Fact]
    public void Parse_NoKnownKeys_ReportsFirstLine()
    {
        var reports = new ReportCollector();

        ShowSystem.Parse("% Invalid input detected\n", 7, reports.Report).Hostname.Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(7);
    }
}
