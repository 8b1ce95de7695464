using StateTrace.Engine.Parsing.Nxos;

namespace StateTrace.Engine.Tests.Parsing.Nxos;

public class LldpNeighborsDetailTests
{
    private const string Folder = "ntc-more/cisco_nxos/show_lldp_neighbors_detail";

    private static readonly (string, string)[] Mapping =
    [
        ("LocalInterface", "local_interface"), ("NeighborName", "neighbor_name"), ("ChassisId", "chassis_id"),
        ("NeighborPortId", "neighbor_interface"), ("MgmtAddress", "mgmt_address"), ("SystemDescription", "neighbor_description"),
        ("Vlan", "vlan_id"), ("Capabilities", "capabilities"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcMoreFixture_AgreesWithTheirReadingAndReportsNothing(string fixture)
    {
        var reports = new ReportCollector();

        var rows = LldpNeighborsDetail.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(2);
    }

    [Fact]
    public void Parse_OnlyIpv6Advertised_TakesIpv6AndNotAdvertisedIsEmpty()
    {
        const string text = """
            Chassis id: 3473.2d00.0009
            Port id: Ethernet1/1
            Local Port id: Eth1/9
            System Name: spine
            Management Address: not advertised
            Management Address IPV6: 2001:db8::9
            Vlan ID: not advertised
            """;

        var row = LldpNeighborsDetail.Parse(text, 1, null).Should().ContainSingle().Subject;

        (row.MgmtAddress, row.Vlan, row.LocalInterface).Should().Be(("2001:db8::9", "", "Eth1/9"));
    }

    [Fact]
    public void Parse_EntryWithoutLocalPort_ReportsItsLine()
    {
        var reports = new ReportCollector();

        LldpNeighborsDetail.Parse("Chassis id: 0000.0000.0001\nPort id: x\n", 70, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(70);
    }
}
