using StateTrace.Engine.Parsing.Juniper;

namespace StateTrace.Engine.Tests.Parsing.Juniper;

public class SystemUptimeTests
{
    private const string Folder = "ntc-more/juniper_junos/show_system_uptime";

    private static readonly (string, string)[] Mapping =
    [
        ("TimeSource", "time_source"), ("LastConfiguredBy", "last_config_user"), ("Users", "users"),
        ("LoadAverage1", "load_average_1min"), ("LoadAverage5", "load_average_5min"), ("LoadAverage15", "load_average_15min"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var uptime = SystemUptime.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, [uptime], Mapping)).Should().BeEmpty();
        var theirs = NtcOracle.Expected(fixture)[0];
        uptime.CurrentTime.Should().Be($"{theirs["year"]}-{theirs["month"]}-{theirs["day"]} {theirs["time"]} {theirs["timezone"]}");
        uptime.SystemBooted.Should().Be(
            $"{theirs["boot_year"]}-{theirs["boot_month"]}-{theirs["boot_day"]} {theirs["boot_time"]} {theirs["boot_timezone"]}");
        uptime.LastConfigured.Should().Be(
            $"{theirs["last_config_year"]}-{theirs["last_config_month"]}-{theirs["last_config_day"]} {theirs["last_config_time"]} {theirs["last_config_timezone"]}");
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(2);
    }

    [Fact]
    public void Parse_SystemBooted_UptimeIsTheBracketedInterval()
    {
        SystemUptime.Parse(NtcOracle.ReadRaw(Folder + "/juniper_junos_show_system_uptime.raw"), 1, null).Uptime.Should().Be("22w0d 19:16");
    }
}
