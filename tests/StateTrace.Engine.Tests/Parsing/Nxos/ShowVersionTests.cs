using StateTrace.Engine.Parsing.Nxos;

namespace StateTrace.Engine.Tests.Parsing.Nxos;

public class ShowVersionTests
{
    private const string Folder = "ntc-more/cisco_nxos/show_version";

    private static readonly (string, string)[] Mapping =
    [
        ("Hostname", "hostname"), ("Version", "os"), ("Model", "platform"), ("Serial", "serial"), ("Uptime", "uptime"),
        ("Bios", "bios"), ("BootImage", "boot_image"), ("LastResetReason", "last_reboot_reason"),
    ];

    private const string ReleaseOnly = "the version is the release; the bracketed note after it is not part of it";

    private static readonly OracleException[] Exceptions =
    [
        new("cisco_nxos_show_version1.raw", 0, "Version", "14.0(1h)", ReleaseOnly),
        new("cisco_nxos_show_version1.raw", 0, "Model", "N9K-C9396PX", "the capture prints the full product ID 'cisco N9K-C9396PX'; their reading drops 'N9K-'"),
        new("cisco_nxos_show_version6.raw", 0, "Version", "10.3(6)", ReleaseOnly),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcMoreFixture_AgreesWithTheirReadingAndReportsNothing(string fixture)
    {
        var reports = new ReportCollector();

        var info = ShowVersion.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, [info], Mapping, Exceptions)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(6);
    }

    [Fact]
    public void Parse_SystemVersionUnderLastReset_IsNotTheRunningRelease()
    {
        var info = ShowVersion.Parse(NtcOracle.ReadRaw(Folder + "/cisco_nxos_show_version7.raw"), 1, null);

        info.Version.Should().Be("9.3(15)").And.NotBe("9.3(7a)");
        info.Model.Should().Be("C3232C");
    }

    [Fact]
    public void Parse_Nexus9000Chassis_ModelIsTheChassisWord()
    {
        const string text = """
            Software
              NXOS: version 9.3(8)
            Hardware
              cisco Nexus9000 C93180YC-EX chassis
              Processor Board ID FDO21120U9N
              Device name: DC1-LEAF-01
            Kernel uptime is 12 day(s), 3 hour(s), 4 minute(s), 5 second(s)
            """;

        var info = ShowVersion.Parse(text, 1, null);

        info.Should().BeEquivalentTo(new
        {
            Hostname = "DC1-LEAF-01",
            Version = "9.3(8)",
            Model = "C93180YC-EX",
            Serial = "FDO21120U9N",
            Uptime = "12 day(s), 3 hour(s), 4 minute(s), 5 second(s)",
        });
    }

    [Fact]
    public void Parse_NoVersionLine_ReportsAndKeepsTheRest()
    {
        var reports = new ReportCollector();

        var info = ShowVersion.Parse("  Device name: N9K1\nKernel uptime is 1 day(s)\n", 12, reports.Report);

        (info.Hostname, info.Uptime, info.Version).Should().Be(("N9K1", "1 day(s)", ""));
        reports.Items.Should().ContainSingle().Which.Line.Should().Be(12);
    }
}
