using StateTrace.Engine.Parsing.PaloAlto;

namespace StateTrace.Engine.Tests.Parsing.PaloAlto;

public class SystemInfoTests
{
    private const string Folder = "ntc-more/paloalto_panos/show_system_info";

    private static readonly (string, string)[] Mapping =
    [
        ("Hostname", "hostname"), ("IpAddress", "ip_address"), ("Netmask", "netmask"), ("DefaultGateway", "gateway"),
        ("MacAddress", "mac_address"), ("Uptime", "uptime"), ("Family", "family"), ("Model", "model"), ("Serial", "serial"),
        ("Version", "os"), ("PlatformFamily", "platform_family"), ("VmMode", "vm_mode"), ("VmLicense", "vm_license"),
        ("VpnDisableMode", "vpn_disable_mode"), ("MultiVsys", "multi_vsys"), ("OperationalMode", "operational_mode"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var info = SystemInfo.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, [info], Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(1);
    }

    [Fact]
    public void Parse_NoKnownKeys_ReportsFirstLine()
    {
        var reports = new ReportCollector();

        SystemInfo.Parse("Invalid syntax.\n", 6, reports.Report);

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(6);
    }
}
