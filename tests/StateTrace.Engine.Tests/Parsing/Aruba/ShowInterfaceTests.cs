using StateTrace.Engine.Parsing.Aruba;

namespace StateTrace.Engine.Tests.Parsing.Aruba;

public class ShowInterfaceTests
{
    private const string Folder = "ntc-more/aruba_aoscx/show_interface";

    // link_state_info is not mapped: their reading leaves it empty even on "State information: No XCVR installed"
    // (show_interface.raw line 31); Parse_StateInformation_ReadFromItsLine asserts ours.
    private static readonly (string, string)[] Mapping =
    [
        ("Interface", "interface"), ("LinkStatus", "link_status"), ("AdminState", "link_admin"), ("Description", "interface_desc"),
        ("HardwareType", "hw_type"), ("MacAddress", "mac_address"), ("IpAddress", "ip_address"),
        ("SecondaryIpAddresses", "secondary_ip_address"), ("Vrf", "vrf"), ("Mtu", "mtu"), ("Type", "if_type"), ("Duplex", "duplex"),
        ("Speed", "speed"), ("AutoNegotiation", "auto_neg"), ("VlanMode", "vlan_mode"), ("AccessVlan", "vlan_access"),
        ("NativeVlan", "vlan_native"), ("AllowedVlans", "vlan_trunk"), ("AggregatedInterfaces", "aggregated_interfaces"),
    ];

    private static readonly OracleException[] Exceptions =
    [
        new("show_interface3.raw", 3, "Type", "1G-SX / J4858A-TOP",
            "the line is 'Type 1G-SX / J4858A-TOP': the transceiver type and its product number; theirs keeps the first word"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = ShowInterface.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping, Exceptions)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(6);
    }

    [Fact]
    public void Parse_StateInformation_ReadFromItsLine()
    {
        var rows = ShowInterface.Parse(NtcOracle.ReadRaw(Folder + "/show_interface3.raw"), 1, null);

        rows[0].StateInformation.Should().Be("Waiting for link");
        rows[1].StateInformation.Should().BeEmpty();
    }

    [Fact]
    public void Parse_AdministrativelyDownAndLag_ReadsHeaderForms()
    {
        const string text = """
            Interface 1/1/7 is down (Administratively down)
             Admin state is down
             State information: Administratively down
             Description: spare
            Aggregate lag1 is up
             Admin state is up
             Description: uplink to core
             Aggregated-interfaces : 1/1/49 1/1/50
             VLAN Mode: native-untagged
            """;

        var rows = ShowInterface.Parse(text, 1, null);

        rows.Should().HaveCount(2);
        rows[0].Should().BeEquivalentTo(new { Interface = "1/1/7", LinkStatus = "down", AdminState = "down", Description = "spare" });
        rows[1].Interface.Should().Be("lag1");
        rows[1].AggregatedInterfaces.Should().Equal("1/1/49", "1/1/50");
    }

    [Fact]
    public void Parse_StrayLineOutsideBlock_ReportsItsLine()
    {
        var reports = new ReportCollector();

        ShowInterface.Parse("garbage first\nInterface 1/1/1 is up\n Admin state is up\n", 20, reports.Report).Should().ContainSingle();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(20);
    }
}
