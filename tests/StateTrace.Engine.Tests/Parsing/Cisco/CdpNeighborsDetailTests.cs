using StateTrace.Engine.Parsing.Cisco;

namespace StateTrace.Engine.Tests.Parsing.Cisco;

public class CdpNeighborsDetailTests
{
    private static readonly (string, string)[] Mapping =
    [
        ("LocalInterface", "local_interface"), ("NeighborName", "neighbor_name"), ("NeighborInterface", "neighbor_interface"),
        ("Platform", "platform"), ("MgmtAddress", "mgmt_address"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases("ntc/cisco_ios/show_cdp_neighbors_detail");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = CdpNeighborsDetail.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files("ntc/cisco_ios/show_cdp_neighbors_detail").Should().HaveCount(2);
    }

    [Fact]
    public void Parse_NoManagementAddress_FallsBackToEntryAddress()
    {
        const string text = """
            Device ID: ce-router
            Entry address(es):
              IP address: 10.1.1.1
            Platform: Cisco 3825,  Capabilities: Router Switch IGMP
            Interface: GigabitEthernet1/0/22,  Port ID (outgoing port): GigabitEthernet0/0
            Management address(es):
            """;

        var row = CdpNeighborsDetail.Parse(text, 1, null).Should().ContainSingle().Subject;

        row.Should().Be(new CdpNeighborRow("GigabitEthernet1/0/22", "ce-router", "GigabitEthernet0/0", "Cisco 3825", "10.1.1.1"));
    }

    [Fact]
    public void Parse_EntryWithoutInterface_ReportsItsDeviceLine()
    {
        var reports = new ReportCollector();

        CdpNeighborsDetail.Parse("-------\nDevice ID: lost\nPlatform: x,  Capabilities: Host\n", 20, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(21);
    }
}
