using StateTrace.Engine.Parsing.Procurve;

namespace StateTrace.Engine.Tests.Parsing.Procurve;

public class LldpRemoteDeviceTests
{
    private static readonly (string, string)[] Mapping =
    [
        ("LocalInterface", "local_interface"), ("ChassisId", "chassis_id"), ("PortType", "port_type"), ("NeighborPortId", "neighbor_interface"),
        ("NeighborName", "neighbor_name"), ("SystemDescription", "neighbor_description"), ("PortDescription", "neighbor_interface_description"),
        ("Capabilities", "capabilities"), ("MgmtAddress", "mgmt_address"), ("Pvid", "vlan_id"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases("ntc-more/hp_procurve/show_lldp_info_remote-device_detail");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcMoreFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = LldpRemoteDevice.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files("ntc-more/hp_procurve/show_lldp_info_remote-device_detail").Should().HaveCount(2);
    }

    [Fact]
    public void Parse_Ipv6First_PrefersIpv4Address()
    {
        const string text = """
              Local Port   : 5
              ChassisId    : 3821c7-c1cd00
              PortId       : 5
              Remote Management Address
                 Type    : ipv6
                 Address : fe80::1
                 Type    : ipv4
                 Address : 10.0.0.5
            """;

        LldpRemoteDevice.Parse(text, 1, null).Should().ContainSingle().Which.MgmtAddress.Should().Be("10.0.0.5");
    }

    [Fact]
    public void Parse_EntryWithoutChassis_ReportsItsLine()
    {
        var reports = new ReportCollector();

        LldpRemoteDevice.Parse("  Local Port   : 5\n  SysName      : x\n", 40, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(40);
    }
}
