using StateTrace.Engine.Parsing.Aruba;

namespace StateTrace.Engine.Tests.Parsing.Aruba;

public class MacAddressTableTests
{
    private const string Folder = "ntc-more/aruba_aoscx/show_mac-address-table";

    private static readonly (string, string)[] Mapping = [("Vlan", "vlan_id"), ("Mac", "mac_address"), ("Type", "type"), ("Ports", "port")];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = MacAddressTable.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(1);
    }

    [Fact]
    public void Parse_RowWithoutPort_ReportsLine()
    {
        var reports = new ReportCollector();

        MacAddressTable.Parse("88:3a:30:a3:86:80    1\n", 4, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(4);
    }
}
