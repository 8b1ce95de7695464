using StateTrace.Engine.Parsing.Nxos;

namespace StateTrace.Engine.Tests.Parsing.Nxos;

public class MacAddressTableTests
{
    private const string Folder = "ntc-more/cisco_nxos/show_mac_address-table";

    private static readonly (string, string)[] Mapping =
    [
        ("Vlan", "vlan_id"), ("Mac", "mac_address"), ("Type", "type"), ("Age", "age"), ("Secure", "secure"), ("Ntfy", "ntfy"),
        ("Ports", "ports"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcMoreFixture_AgreesWithTheirReadingAndReportsNothing(string fixture)
    {
        var reports = new ReportCollector();

        var rows = MacAddressTable.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(1);
    }

    [Fact]
    public void Parse_PeerLinkAndUnflaggedRows_KeepThePortColumnWhole()
    {
        const string text = """
             VLAN     MAC Address      Type      age     Secure NTFY Ports
            ---------+-----------------+--------+---------+------+----+------------------
            *   10     0011.2233.4455   dynamic  0         F      F    Eth1/1
            +   10     0011.2233.4466   dynamic  0         F      F    vPC Peer-Link
                20     0011.2233.4477   static   -         F      F    nve1(10.1.1.1)
            G    -     5087.89a1.de75   static   -         F      F    sup-eth1(R)
            """;

        var rows = MacAddressTable.Parse(text, 1, null);

        rows.Select(r => (r.Vlan, r.Ports)).Should().Equal(("10", "Eth1/1"), ("10", "vPC Peer-Link"), ("20", "nve1(10.1.1.1)"), ("-", "sup-eth1(R)"));
    }

    [Fact]
    public void Parse_RowWithoutType_ReportsItsLine()
    {
        var reports = new ReportCollector();

        MacAddressTable.Parse("*   10     0011.2233.4455\n", 5, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(5);
    }
}
