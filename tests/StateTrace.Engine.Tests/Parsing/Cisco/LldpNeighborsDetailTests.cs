using StateTrace.Engine.Parsing.Cisco;

namespace StateTrace.Engine.Tests.Parsing.Cisco;

public class LldpNeighborsDetailTests
{
    private static readonly (string, string)[] Mapping =
    [
        ("LocalInterface", "local_interface"), ("NeighborName", "neighbor_name"), ("ChassisId", "chassis_id"),
        ("NeighborPortId", "neighbor_port_id"), ("MgmtAddress", "mgmt_address"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases("ntc/cisco_ios/show_lldp_neighbors_detail");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = LldpNeighborsDetail.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files("ntc/cisco_ios/show_lldp_neighbors_detail").Should().HaveCount(6);
    }

    [Fact]
    public void Parse_SystemDescription_TakesFirstLineAndSkipsIpv6()
    {
        const string text = """
            ------------------------------------------------
            Local Intf: Gi1/1/2
            Chassis id: 2416.abcd.abcd
            Port id: Gi1/0/16
            Port Description: GigabitEthernet1/0/16
            System Name: as01

            System Description:
            Cisco IOS Software [Bengaluru], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.6.5, RELEASE SOFTWARE (fc2)
            Technical Support: http://www.cisco.com/techsupport

            Time remaining: 107 seconds
            Management Addresses:
                IPV6: 2001:db8::1
                IP: 172.16.1.1
            """;

        var row = LldpNeighborsDetail.Parse(text, 1, null).Should().ContainSingle().Subject;

        row.SystemDescription.Should().StartWith("Cisco IOS Software [Bengaluru]");
        row.MgmtAddress.Should().Be("172.16.1.1");
        row.PortDescription.Should().Be("GigabitEthernet1/0/16");
    }
}
