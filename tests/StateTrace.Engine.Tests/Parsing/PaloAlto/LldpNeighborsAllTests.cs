using StateTrace.Engine.Parsing.PaloAlto;

namespace StateTrace.Engine.Tests.Parsing.PaloAlto;

public class LldpNeighborsAllTests
{
    private const string Folder = "ntc-more/paloalto_panos/show_lldp_neighbors_all";

    private static readonly (string, string)[] Mapping =
    [
        ("LocalInterface", "local_interface"), ("LocalPortId", "local_port_id"), ("ChassisType", "neighbor_chassis_type"),
        ("ChassisId", "chassis_id"), ("PortType", "port_type"), ("NeighborPortId", "neighbor_interface"),
        ("NeighborPortDescription", "neighbor_interface_description"), ("Ttl", "ttl"), ("NeighborName", "neighbor_name"),
        ("SystemDescription", "neighbor_description"), ("Capabilities", "capabilities"), ("CapabilitiesSupported", "capabilities_supported"),
        ("MgmtAddressType", "mgmt_address_type"), ("MgmtAddress", "mgmt_address"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = LldpNeighborsAll.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(3);
    }

    [Fact]
    public void Parse_SectionWithoutLocalInterface_ReportsItsLine()
    {
        var reports = new ReportCollector();

        LldpNeighborsAll.Parse("Local information:\nIndex 28\n", 15, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(15);
    }
}
