using StateTrace.Engine.Parsing.Brocade;

namespace StateTrace.Engine.Tests.Parsing.Brocade;

public class ShowInterfacesTests
{
    private static readonly (string, string)[] Mapping =
    [
        ("Interface", "interface"), ("LinkStatus", "intstate"), ("ProtocolStatus", "protostate"), ("HardwareType", "hardwaretype"),
        ("MacAddress", "mac"), ("Description", "portname"), ("Mtu", "l2mtubytes"), ("Speed", "actualspeed"), ("Duplex", "actualduplex"),
        ("PortMode", "l2portmode"), ("Vlan", "untaggedvlan"), ("InputErrors", "inputerrors"), ("CrcErrors", "inputcrcerrors"),
        ("OutputErrors", "outputerrors"),
    ];

    private const string Blocking = "the port is an untagged member of its VLAN in state BLOCKING; their reading only knows FORWARDING and DISABLED";

    private static readonly OracleException[] Exceptions =
    [
        new("brocade_fastiron_show_interfaces.raw", 3, "Description", "Boyce&Bynum INET Fiber 200 Portland, CLMA, MO",
            "the port name runs to the end of the line; their reading stops at the '&'"),
        new("brocade_fastiron_show_interfaces.raw", 13, "PortMode", "untagged", Blocking),
        new("brocade_fastiron_show_interfaces.raw", 13, "Vlan", "154", Blocking),
        new("brocade_fastiron_show_interfaces1.raw", 5, "PortMode", "untagged", Blocking),
        new("brocade_fastiron_show_interfaces1.raw", 5, "Vlan", "330", Blocking),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases("ntc-more/brocade_fastiron/show_interfaces");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcMoreFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = ShowInterfaces.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping, Exceptions)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files("ntc-more/brocade_fastiron/show_interfaces").Should().HaveCount(2);
    }

    [Fact]
    public void Parse_LongNames_GiveTableFormPorts()
    {
        var rows = ShowInterfaces.Parse(NtcOracle.ReadRaw("ntc-more/brocade_fastiron/show_interfaces/brocade_fastiron_show_interfaces1.raw"), 1, null);

        rows.Select(r => r.Port).Should().Contain(["1/1/1", "1/2/1", "1/2/2", "mgmt1"]);
        rows.Should().Contain(r => r.Interface == "10GigabitEthernet 1/2/2" && r.Port == "1/2/2");
        rows.Should().ContainSingle(r => r.Port == "mgmt1").Which.Interface.Should().Be("GigEthernetmgmt1");
    }

    [Fact]
    public void Parse_NoInterfaceLine_Reports()
    {
        var reports = new ReportCollector();

        ShowInterfaces.Parse("Invalid input -> interfaces\n", 3, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(3);
    }
}
