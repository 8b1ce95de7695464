using StateTrace.Engine.Parsing.Arista;

namespace StateTrace.Engine.Tests.Parsing.Arista;

public class LldpNeighborsDetailTests
{
    private const string Folder = "ntc-more/arista_eos/show_lldp_neighbors_detail";

    private static readonly (string, string)[] Mapping =
    [
        ("LocalInterface", "local_interface"), ("NeighborName", "neighbor_name"), ("ChassisId", "chassis_id"),
        ("NeighborPortId", "neighbor_interface"), ("MgmtAddress", "mgmt_address"), ("SystemDescription", "neighbor_description"),
        ("Age", "age"),
    ];

    // Both Linux hosts on Ethernet33 advertise an IPv4 then an IPv6 management address; their reading keeps the last.
    private static readonly OracleException[] Exceptions =
    [
        new("arista_eos_show_lldp_neighbors_detail.raw", 14, "MgmtAddress", "172.16.2.222", "the first (IPv4) management address is the one to reach the neighbour on"),
        new("arista_eos_show_lldp_neighbors_detail.raw", 15, "MgmtAddress", "172.16.2.221", "the first (IPv4) management address is the one to reach the neighbour on"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcMoreFixture_AgreesWithTheirReadingAndReportsNothing(string fixture)
    {
        var reports = new ReportCollector();

        var rows = LldpNeighborsDetail.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping, Exceptions)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(1);
    }

    [Fact]
    public void Parse_LinkAggregationPortId_DoesNotReplaceNeighborPort()
    {
        const string text = """
            Interface Ethernet49/1 detected 1 LLDP neighbors:

              Neighbor 001c.737d.77fb/Ethernet49/1, age 19 seconds
                - Port ID type: Interface name (5)
                  Port ID     : "Ethernet49/1"
                - Port Description: ""uplink""
                - IEEE802.1/IEEE802.3 Link Aggregation
                  Link Aggregation Status: Capable, Enabled (0x03)
                  Port ID                : 1000010
            """;

        var row = LldpNeighborsDetail.Parse(text, 1, null).Should().ContainSingle().Subject;

        row.NeighborPortId.Should().Be("Ethernet49/1");
        row.ChassisId.Should().Be("001c.737d.77fb"); // from the Neighbor line when no Chassis ID line follows
        row.PortDescription.Should().Be("\"uplink\"");
    }

    [Fact]
    public void Parse_NeighborBeforeAnyInterfaceLine_ReportsAndSkipsIt()
    {
        var reports = new ReportCollector();

        var rows = LldpNeighborsDetail.Parse("  Neighbor 0000.0000.0001/x, age 1 seconds\nInterface Ethernet1 detected 0 LLDP neighbors:\n", 5, reports.Report);

        rows.Should().BeEmpty();
        reports.Items.Should().ContainSingle().Which.Line.Should().Be(5);
    }
}
