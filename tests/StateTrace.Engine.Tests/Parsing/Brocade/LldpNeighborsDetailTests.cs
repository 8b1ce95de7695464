using StateTrace.Engine.Parsing.Brocade;

namespace StateTrace.Engine.Tests.Parsing.Brocade;

public class LldpNeighborsDetailTests
{
    private static readonly (string, string)[] Mapping =
    [
        ("LocalInterface", "local_interface"), ("NeighborName", "neighbor_name"), ("NeighborPortId", "neighbor_port_id"),
        ("PortDescription", "neighbor_interface"), ("Capabilities", "capabilities"), ("MgmtAddress", "mgmt_address"),
    ];

    private static readonly OracleException[] Exceptions =
    [
        new("brocade_fastiron_show_lldp_neighbors_detail1.raw", 0, "NeighborPortId", "Gigabit-Ethernet 1/A/1",
            "the Port ID TLV is 'locally assigned' here; their value is the 'Neighbor:' line's MAC, which equals the Port ID only when the port is named by MAC"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases("ntc-more/brocade_fastiron/show_lldp_neighbors_detail");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcMoreFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = LldpNeighborsDetail.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping, Exceptions)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files("ntc-more/brocade_fastiron/show_lldp_neighbors_detail").Should().HaveCount(2);
    }

    [Fact]
    public void Parse_FirstEntry_ReadsChassisAndUnquotedValues()
    {
        var rows = LldpNeighborsDetail.Parse(
            NtcOracle.ReadRaw("ntc-more/brocade_fastiron/show_lldp_neighbors_detail/brocade_fastiron_show_lldp_neighbors_detail.raw"), 1, null);

        rows[0].Should().Be(new FastIronLldpRow(
            "1", "mlx1.clmamofw", "0024.38a5.5f00", "0024.38a5.5f31", "GigabitEthernet2/2", "", "bridge, router", "216.106.44.48"));
    }

    [Fact]
    public void Parse_WrappedDescriptionAndIpv6Only_JoinsLinesAndFallsBackToIpv6()
    {
        const string text = """
            Local port: 1/1/48
              Neighbor: 609c.9f44.bbf0, TTL 97 seconds
                + Chassis ID (MAC address): 609c.9f44.bbf0
                + Port ID (interface name): "ethernet1/1/1"
                + System description  : "Ruckus Wireless, Inc. ICX7150-48PF, IronWare Version 0\
                                         8.0.90dT213 compiled on Dec 10 2019"
                + Management address (IPv6): fe80::1
            """;

        var row = LldpNeighborsDetail.Parse(text, 1, null).Should().ContainSingle().Subject;

        row.SystemDescription.Should().Be("Ruckus Wireless, Inc. ICX7150-48PF, IronWare Version 08.0.90dT213 compiled on Dec 10 2019");
        row.NeighborPortId.Should().Be("ethernet1/1/1");
        row.MgmtAddress.Should().Be("fe80::1");
    }

    [Fact]
    public void Parse_EntryWithoutChassis_ReportsItsLine()
    {
        var reports = new ReportCollector();

        LldpNeighborsDetail.Parse("Local port: 1/1/1\n  + System name : \"x\"\n", 30, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(30);
    }
}
