using StateTrace.Engine.Parsing.Procurve;

namespace StateTrace.Engine.Tests.Parsing.Procurve;

public class ShowVlansTests
{
    public static TheoryData<string> Fixtures => NtcOracle.Cases("ntc-more/hp_procurve/show_vlans");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcMoreFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = ShowVlans.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(
            fixture, rows, [("VlanId", "vlan_id"), ("Name", "vlan_name"), ("Status", "status"), ("Voice", "voice"), ("Jumbo", "jumbo")]))
            .Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files("ntc-more/hp_procurve/show_vlans").Should().HaveCount(3);
    }

    [Fact]
    public void Parse_NameWithSpaceBeforeSeparator_IsWhole()
    {
        var rows = ShowVlans.Parse(NtcOracle.ReadRaw("ntc-more/hp_procurve/show_vlans/hp_procurve_show_vlans2.raw"), 1, null);

        rows[1].Should().Be(new ProcurveVlanRow("10", "Router Vlan", "Port-based", "No", "No"));
    }
}
