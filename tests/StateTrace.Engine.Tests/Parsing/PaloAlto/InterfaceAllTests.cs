using StateTrace.Engine.Parsing.PaloAlto;

namespace StateTrace.Engine.Tests.Parsing.PaloAlto;

public class InterfaceAllTests
{
    private const string Folder = "ntc-more/paloalto_panos/show_interface_all";

    private static readonly (string, string)[] Mapping =
    [
        ("Interface", "interface"), ("Id", "id"), ("Speed", "speed"), ("Duplex", "duplex"), ("State", "state"), ("Fec", "fec"),
        ("MacAddress", "mac_address"), ("Vsys", "vsys"), ("Zone", "zone"), ("Forwarding", "forwarding"), ("Tag", "vlan_id"),
        ("Addresses", "ip_address"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = InterfaceAll.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(1);
    }

    [Fact]
    public void Parse_OlderReleaseWithoutFec_ReadsThreeParts()
    {
        const string text = """
            total configured hardware interfaces: 2

            name                    id    speed/duplex/state            mac address
            --------------------------------------------------------------------------------
            ethernet1/1             16    1000/full/up                  00:1b:17:00:01:10
            ethernet1/2             17    ukn/ukn/down(autoneg)         00:1b:17:00:01:11
            """;

        var rows = InterfaceAll.Parse(text, 1, null);

        rows.Select(r => (r.Interface, r.Speed, r.Duplex, r.State, r.Fec)).Should().Equal(
            ("ethernet1/1", "1000", "full", "up", ""), ("ethernet1/2", "ukn", "ukn", "down(autoneg)", ""));
    }

    [Fact]
    public void Parse_HardwareRowWithoutMac_ReportsLine()
    {
        var reports = new ReportCollector();

        InterfaceAll.Parse("name  id  speed/duplex/state  mac address\nethernet1/1  16  1000/full/up\n", 70, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(71);
    }
}
