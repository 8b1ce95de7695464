using StateTrace.Engine.Parsing.Nxos;

namespace StateTrace.Engine.Tests.Parsing.Nxos;

public class CdpNeighborsDetailTests
{
    private const string Folder = "ntc-more/cisco_nxos/show_cdp_neighbors_detail";

    private static readonly (string, string)[] Mapping =
    [
        ("LocalInterface", "local_interface"), ("ChassisId", "chassis_id"), ("NeighborName", "neighbor_name"),
        ("NeighborInterface", "neighbor_interface"), ("Platform", "platform"), ("InterfaceAddress", "interface_ip"),
        ("MgmtAddress", "mgmt_address"), ("Version", "neighbor_description"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcMoreFixture_AgreesWithTheirReadingAndReportsNothing(string fixture)
    {
        var reports = new ReportCollector();

        var rows = CdpNeighborsDetail.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(3);
    }

    [Fact]
    public void Parse_InterfaceAndMgmtAddressLists_AreKeptApart()
    {
        var rows = CdpNeighborsDetail.Parse(NtcOracle.ReadRaw(Folder + "/cisco_nxos_show_cdp_neighbors_detail.raw"), 1, null);

        rows[3].Should().Be(new NxosCdpNeighborRow(
            "Ethernet1/49", "dc-sp01(SAL19069XXX)", "dc-sp01", "Ethernet1/52", "N9K-C9372TX", "10.1.1.1", "10.1.100.222",
            "Cisco Nexus Operating System (NX-OS) Software, Version 7.0(3)I2(2d)"));
    }

    [Fact]
    public void Parse_EntryWithoutInterfaceLine_ReportsAndKeepsTheNext()
    {
        const string text = """
            Device ID:lost-switch
            Platform: N9K-C9372TX, Capabilities: Router Switch
            Device ID:found-switch
            Interface: Ethernet1/2, Port ID (outgoing port): Ethernet1/9
            """;
        var reports = new ReportCollector();

        var rows = CdpNeighborsDetail.Parse(text, 60, reports.Report);

        rows.Should().ContainSingle().Which.ChassisId.Should().Be("found-switch");
        reports.Items.Should().ContainSingle().Which.Line.Should().Be(60);
    }
}
