using StateTrace.Engine.Parsing.Aruba;

namespace StateTrace.Engine.Tests.Parsing.Aruba;

public class LldpNeighborInfoTests
{
    private const string Folder = "ntc-more/aruba_aoscx/show_lldp_neighbors-info_detail";

    private static readonly (string, string)[] Mapping =
    [
        ("LocalInterface", "local_interface"), ("NeighborName", "neighbor_name"), ("ChassisId", "chassis_id"),
        ("NeighborPortId", "neighbor_port_id"), ("NeighborPortDescription", "neighbor_interface"), ("MgmtAddress", "mgmt_address"),
        ("SystemDescription", "neighbor_description"), ("Capabilities", "capabilities"), ("CapabilitiesSupported", "capabilities_supported"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = LldpNeighborInfo.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(2);
    }

    [Fact]
    public void Parse_PortWithoutChassisId_ReportsPortLine()
    {
        var reports = new ReportCollector();

        LldpNeighborInfo.Parse("Port                           : 1/1/9\nNeighbor Entries               : 0\n", 30, reports.Report)
            .Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(30);
    }
}
