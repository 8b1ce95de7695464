using StateTrace.Engine.Parsing.Procurve;

namespace StateTrace.Engine.Tests.Parsing.Procurve;

public class MacAddressTests
{
    public static TheoryData<string> Fixtures => NtcOracle.Cases("ntc-more/hp_procurve/show_mac-address");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcMoreFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = MacAddress.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, [("Vlan", "vlan_id"), ("Mac", "mac_address"), ("Ports", "port")]))
            .Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files("ntc-more/hp_procurve/show_mac-address").Should().HaveCount(2);
    }

    [Fact]
    public void Parse_BadRow_ReportsItsLine()
    {
        const string text = """
              MAC Address       Port                            VLAN
              ----------------- ------------------------------- ----
              500000-260000     Trk1                            17
              5000-26           Trk1                            17
            """;
        var reports = new ReportCollector();

        MacAddress.Parse(text, 3, reports.Report).Should().ContainSingle();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(6);
    }
}
