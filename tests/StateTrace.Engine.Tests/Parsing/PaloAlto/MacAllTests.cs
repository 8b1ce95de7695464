using StateTrace.Engine.Parsing.PaloAlto;

namespace StateTrace.Engine.Tests.Parsing.PaloAlto;

public class MacAllTests
{
    private const string Folder = "ntc-more/paloalto_panos/show_mac_all";

    private static readonly (string, string)[] Mapping =
        [("Vlan", "vlan_id"), ("Mac", "mac_address"), ("Ports", "interface"), ("Status", "status"), ("Ttl", "ttl")];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = MacAll.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(1);
    }

    [Fact]
    public void Parse_RowWithoutInterface_ReportsLine()
    {
        var reports = new ReportCollector();

        MacAll.Parse("Test   00:50:00:00:07:00\n", 11, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(11);
    }
}
