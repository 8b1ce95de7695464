using StateTrace.Engine.Parsing.Brocade;

namespace StateTrace.Engine.Tests.Parsing.Brocade;

public class MacAddressTests
{
    private static readonly (string, string)[] BrocadeMapping =
        [("Vlan", "vlan_id"), ("Mac", "mac_address"), ("Type", "type"), ("Ports", "destination_port"), ("Age", "age")];

    private static readonly (string, string)[] RuckusMapping =
        [("Vlan", "vlan_id"), ("Mac", "mac_address"), ("Type", "type"), ("Ports", "port")];

    public static TheoryData<string> BrocadeFixtures => NtcOracle.Cases("ntc-more/brocade_fastiron/show_mac-address");

    public static TheoryData<string> RuckusFixtures => NtcOracle.Cases("ntc-more/ruckus_fastiron/show_mac-address");

    [Theory]
    [MemberData(nameof(BrocadeFixtures))]
    public void Parse_BrocadeFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = MacAddress.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, BrocadeMapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(RuckusFixtures))]
    public void Parse_RuckusFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = MacAddress.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, RuckusMapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folders_HoldEveryCapture()
    {
        NtcOracle.Files("ntc-more/brocade_fastiron/show_mac-address").Should().HaveCount(1);
        NtcOracle.Files("ntc-more/ruckus_fastiron/show_mac-address").Should().HaveCount(2);
    }

    [Fact]
    public void Parse_IndexColumn_ReadsVlanByHeader()
    {
        const string text = """
            Total active entries from all ports = 2
            MAC-Address     Port           Type      Index  VLAN
            0050.56aa.0001  1/1/5          Dynamic   1234   20
            0050.56aa.0002  2/1/7          Static    88     30
            """;

        var rows = MacAddress.Parse(text, 1, null);

        rows.Should().HaveCount(2);
        rows[1].Should().BeEquivalentTo(new { Vlan = "30", Mac = "0050.56aa.0002", Type = "Static", Ports = new[] { "2/1/7" } });
    }

    [Fact]
    public void Parse_EmptyTable_NoReport()
    {
        var reports = new ReportCollector();

        MacAddress.Parse("Total active entries from all ports = 0\n", 1, reports.Report).Should().BeEmpty();

        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Parse_RowWithoutPort_ReportsItsLine()
    {
        var reports = new ReportCollector();

        MacAddress.Parse("MAC-Address     Port   Type   VLAN\n0050.56aa.0001\n", 20, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(21);
    }
}
