using StateTrace.Engine.Parsing.Juniper;

namespace StateTrace.Engine.Tests.Parsing.Juniper;

public class LldpNeighborsTests
{
    private const string Folder = "ntc-more/juniper_junos/show_lldp_neighbors";

    private static readonly (string, string)[] Mapping =
    [
        ("LocalInterface", "local_interface"), ("ParentInterface", "parent_interface"), ("ChassisId", "chassis_id"),
        ("NeighborPortId", "neighbor_interface"), ("NeighborName", "neighbor_name"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = LldpNeighbors.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(2);
    }

    [Fact]
    public void Parse_PortInfoWithSpace_StaysInItsColumn()
    {
        const string text = """
            Local Interface    Parent Interface    Chassis Id          Port info          System Name
            ge-0/0/47          -                   00:1c:73:ee:c0:46   Gi 1/0/24          core sw 01
            """;

        LldpNeighbors.Parse(text, 1, null).Should().ContainSingle()
            .Which.Should().Be(new JunosLldpNeighbor("ge-0/0/47", "-", "00:1c:73:ee:c0:46", "Gi 1/0/24", "core sw 01"));
    }
}
