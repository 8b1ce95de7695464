using StateTrace.Engine.Parsing.Cisco;

namespace StateTrace.Engine.Tests.Parsing.Cisco;

public class ShowInterfacesTests
{
    private static readonly (string, string)[] Mapping =
    [
        ("Interface", "interface"), ("LinkStatus", "link_status"), ("ProtocolStatus", "protocol_status"),
        ("HardwareType", "hardware_type"), ("MacAddress", "mac_address"), ("Description", "description"), ("Mtu", "mtu"),
        ("Duplex", "duplex"), ("Speed", "speed"), ("InputErrors", "input_errors"), ("CrcErrors", "crc"),
        ("OutputErrors", "output_errors"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases("ntc/cisco_ios/show_interfaces");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = ShowInterfaces.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping, Exceptions)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files("ntc/cisco_ios/show_interfaces").Should().HaveCount(5);
    }

    [Fact]
    public void Parse_Vlan1Svi_ReadsZeroOutputErrorsTheOracleMisses()
    {
        var rows = ShowInterfaces.Parse(NtcOracle.ReadRaw("ntc/cisco_ios/show_interfaces/cisco_ios_show_interfaces2.raw"), 1, null);

        rows[0].Interface.Should().Be("Vlan1");
        rows[0].OutputErrors.Should().Be(0);
        rows[0].Duplex.Should().BeEmpty();
    }

    [Fact]
    public void Parse_PortChannelMembers_AreNotItsDuplex()
    {
        var rows = ShowInterfaces.Parse(NtcOracle.ReadRaw("ntc/cisco_ios/show_interfaces/cisco_ios_show_interfaces5.raw"), 1, null);

        rows[0].Should().BeEquivalentTo(new
        {
            Interface = "Port-channel1",
            Duplex = "",
            Mtu = 9216L,
            InputErrors = 179928L,
            CrcErrors = 21419L,
            OutputErrors = 0L,
        });
        rows[1].InputErrors.Should().BeNull();
    }

    [Fact]
    public void Parse_UnindentedGarbageInsideBlock_ReportsLine()
    {
        var reports = new ReportCollector();
        const string text = "GigabitEthernet1/0/1 is up, line protocol is up (connected)\n  MTU 1500 bytes\n%%% noise\n";

        ShowInterfaces.Parse(text, 5, reports.Report).Should().ContainSingle().Which.Mtu.Should().Be(1500);

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(7);
    }

    // SVIs print "0 output errors, 0 interface resets" (no collisions field); the oracle's reading requires the
    // collisions field and leaves output_errors empty, while the capture plainly says 0.
    private const string SviOutputErrors = "SVI counter line has no 'collisions' field; the oracle misses the 0 output errors it prints";

    private static readonly OracleException[] Exceptions =
    [
        new("cisco_ios_show_interfaces.raw", 7, "OutputErrors", "0", SviOutputErrors),
        new("cisco_ios_show_interfaces2.raw", 0, "OutputErrors", "0", SviOutputErrors),
        new("cisco_ios_show_interfaces2.raw", 1, "OutputErrors", "0", SviOutputErrors),
        new("cisco_ios_show_interfaces2.raw", 2, "OutputErrors", "0", SviOutputErrors),
        new("cisco_ios_show_interfaces2.raw", 3, "OutputErrors", "0", SviOutputErrors),
    ];
}
