using StateTrace.Engine.Parsing.Cisco;

namespace StateTrace.Engine.Tests.Parsing.Cisco;

public class ShowVersionTests
{
    private static readonly (string, string)[] Mapping =
    [
        ("Hostname", "hostname"), ("Version", "version"), ("Model", "hardware"), ("Serial", "serial"),
        ("Uptime", "uptime"), ("ConfigRegister", "config_register"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases("ntc/cisco_ios/show_version");

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
        NtcOracle.Files("ntc/cisco_ios/show_version").Should().HaveCount(6);
    }

    [Fact]
    public void Parse_IosXeStackTable_VersionIsReleaseNotSwHeader()
    {
        var info = ShowVersion.Parse(NtcOracle.ReadRaw("ntc/cisco_ios/show_version/cisco_ios_show_version1.raw"), 1, null);

        info.Version.Should().Be("03.06.05E");
        info.Model.Should().Equal("WS-C3850-48U", "WS-C3850-48U", "WS-C3850-48U", "WS-C3850-48U");
        info.Serial.Should().StartWith("FOC11111111");
    }

    [Fact]
    public void Parse_XeBannerBeforeIosBanner_TakesIosSoftwareLine()
    {
        const string text = """
            Cisco IOS XE Software, Version 16.12.04
            Cisco IOS Software [Gibraltar], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 16.12.4, RELEASE SOFTWARE (fc5)
            WLLS-A01-AS-01 uptime is 3 days, 2 hours, 1 minute

            Switch Ports Model              SW Version        SW Image              Mode
            ------ ----- -----              ----------        ----------            ----
            *    1 52    C9300-48U          16.12.4           CAT9K_IOSXE           INSTALL
            """;

        var info = ShowVersion.Parse(text, 1, null);

        info.Version.Should().Be("16.12.4");
        info.Hostname.Should().Be("WLLS-A01-AS-01");
        info.Uptime.Should().Be("3 days, 2 hours, 1 minute");
    }

    [Fact]
    public void Parse_OnlyXeBanner_TakesItsVersion()
    {
        var info = ShowVersion.Parse("Cisco IOS XE Software, Version 17.03.04\r\nsw1 uptime is 1 day\r\n", 1, null);

        info.Version.Should().Be("17.03.04");
        info.Hostname.Should().Be("sw1");
    }

    [Fact]
    public void Parse_NoVersionLine_ReportsAndReturnsWhatItRead()
    {
        var reports = new ReportCollector();

        var info = ShowVersion.Parse("garbage\nsw1 uptime is 5 minutes\nConfiguration register is 0x2102 (will be 0x2142 at next reload)", 40, reports.Report);

        info.Version.Should().BeEmpty();
        info.Hostname.Should().Be("sw1");
        info.ConfigRegister.Should().Be("0x2102");
        reports.Items.Should().ContainSingle().Which.Line.Should().Be(40);
    }

    [Fact]
    public void Parse_EmptyBlock_ReadsNothingAndReportsNothing()
    {
        var reports = new ReportCollector();

        var info = ShowVersion.Parse("", 1, reports.Report);

        info.Version.Should().BeEmpty();
        info.Model.Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }
}
