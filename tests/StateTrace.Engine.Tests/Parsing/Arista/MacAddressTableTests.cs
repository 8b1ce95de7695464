using StateTrace.Engine.Parsing.Arista;

namespace StateTrace.Engine.Tests.Parsing.Arista;

public class MacAddressTableTests
{
    private const string Folder = "ntc-more/arista_eos/show_mac_address-table";

    private static readonly (string, string)[] Mapping =
    [
        ("Vlan", "vlan_id"), ("Mac", "mac_address"), ("Type", "type"), ("Ports", "destination_port"), ("Moves", "moves"),
        ("LastMove", "last_move"),
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
    public void Parse_MulticastSection_FlagsRowsAndKeepsEveryPort()
    {
        var rows = MacAddressTable.Parse(NtcOracle.ReadRaw(Folder + "/arista_eos_show_mac_address-table.raw"), 1, null);

        rows.Count(r => r.Multicast).Should().Be(4);
        rows.Last().Should().BeEquivalentTo(new { Vlan = "47", Multicast = true, Ports = new[] { "Po135", "Po12", "po5", "eth1/1" } });
        rows.First().Multicast.Should().BeFalse();
    }

    [Fact]
    public void Parse_RowWithoutPort_ReportsItsLine()
    {
        var reports = new ReportCollector();

        var rows = MacAddressTable.Parse("Vlan    Mac Address       Type        Ports      Moves   Last Move\n  10    0011.2233.4455    DYNAMIC\n  10    0011.2233.4466    DYNAMIC     Et1        1       0:00:05 ago\n", 3, reports.Report);

        rows.Should().ContainSingle().Which.LastMove.Should().Be("0:00:05");
        reports.Items.Should().ContainSingle().Which.Line.Should().Be(4);
    }
}
