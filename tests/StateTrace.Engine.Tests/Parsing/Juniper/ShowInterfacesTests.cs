using StateTrace.Engine.Parsing.Juniper;

namespace StateTrace.Engine.Tests.Parsing.Juniper;

public class ShowInterfacesTests
{
    private const string Folder = "ntc-more/juniper_junos/show_interfaces";

    private static readonly (string, string)[] Mapping =
    [
        ("Interface", "interface"), ("AdminState", "admin_state"), ("LinkStatus", "link_status"), ("Description", "description"),
        ("HardwareType", "hardware_type"), ("Mtu", "mtu"), ("Destination", "destination"), ("Local", "local"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = ShowInterfaces.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(2);
    }

    [Fact]
    public void Parse_PhysicalAttributes_ReadFromCommaPairsOnAnyLine()
    {
        var rows = ShowInterfaces.Parse(NtcOracle.ReadRaw(Folder + "/juniper_junos_show_interfaces.raw"), 1, null);

        rows[0].Should().BeEquivalentTo(new { Speed = "1000mbps", Duplex = "Half", MacAddress = "00:0c:29:5e:2c:1a" });
        ShowInterfaces.Parse(NtcOracle.ReadRaw(Folder + "/juniper_junos_show_interfaces2.raw"), 1, null)[0].Speed.Should().Be("10Gbps");
    }

    [Fact]
    public void Parse_AdministrativelyDown_KeepsBothStates()
    {
        var rows = ShowInterfaces.Parse("Physical interface: ge-0/0/9, Administratively down, Physical link is Down\n", 1, null);

        rows.Should().ContainSingle().Which.Should().BeEquivalentTo(new { AdminState = "Administratively down", LinkStatus = "Down" });
    }
}
