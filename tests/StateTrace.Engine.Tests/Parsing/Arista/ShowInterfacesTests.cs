using StateTrace.Engine.Parsing.Arista;

namespace StateTrace.Engine.Tests.Parsing.Arista;

public class ShowInterfacesTests
{
    private const string Folder = "ntc-more/arista_eos/show_interfaces";

    private static readonly (string, string)[] Mapping =
    [
        ("Interface", "interface"), ("LinkStatus", "link_status"), ("ProtocolStatus", "protocol_status"),
        ("HardwareType", "hardware_type"), ("MacAddress", "mac_address"), ("Bia", "bia"), ("Description", "description"),
        ("IpAddress", "ip_address"), ("Mtu", "mtu"), ("Bandwidth", "bandwidth"),
    ];

    // EOS prints a description exactly as configured; these two were configured with quotes, which their reading drops.
    private static readonly OracleException[] Exceptions =
    [
        new("arista_eos_show_interfaces2.raw", 0, "Description", "\"Test interface Et1\"", "EOS prints the configured description verbatim, quotes included"),
        new("arista_eos_show_interfaces2.raw", 1, "Description", "\"Test int Et2\"", "EOS prints the configured description verbatim, quotes included"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcMoreFixture_AgreesWithTheirReadingAndReportsNothing(string fixture)
    {
        var reports = new ReportCollector();

        var rows = ShowInterfaces.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping, Exceptions)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(3);
    }

    [Fact]
    public void Parse_EthernetBlock_ReadsDuplexSpeedAndErrorCounters()
    {
        const string text = """
            Ethernet12 is up, line protocol is up (connected)
              Hardware is Ethernet, address is 985d.82b8.fb24 (bia 985d.82b8.fb24)
              Description: desk 12
              Ethernet MTU 9214 bytes, BW 1000000 kbit
              Full-duplex, 1Gb/s, auto negotiation: on, uni-link: n/a
                 12 input errors, 7 CRC, 0 alignment, 0 symbol, 0 input discards
                 3 output errors, 0 collisions
            """;

        var row = ShowInterfaces.Parse(text, 1, null).Should().ContainSingle().Subject;

        row.Should().Be(new AristaInterfaceRow(
            "Ethernet12", "up", "up (connected)", "Ethernet", "985d.82b8.fb24", "985d.82b8.fb24", "desk 12", "", 9214, "1000000 kbit",
            "Full-duplex", "1Gb/s", 12, 7, 3));
    }

    [Fact]
    public void Parse_StrayUnindentedLine_ReportsAndKeepsInterface()
    {
        const string text = "Ethernet1 is up, line protocol is up (connected)\n  Hardware is Ethernet\n~~garbage~~\n  Description: x\n";
        var reports = new ReportCollector();

        var rows = ShowInterfaces.Parse(text, 10, reports.Report);

        rows.Should().ContainSingle().Which.Description.Should().Be("x");
        reports.Items.Should().ContainSingle().Which.Line.Should().Be(12);
    }
}
