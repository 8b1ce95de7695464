using StateTrace.Engine.Parsing.Juniper;

namespace StateTrace.Engine.Tests.Parsing.Juniper;

public class EthernetSwitchingTableTests
{
    private const string Folder = "ntc-more/juniper_junos/show_ethernet-switching_table";

    private static readonly (string, string)[] Mapping =
        [("Vlan", "vlan_id"), ("Mac", "mac_address"), ("Type", "mac_flag"), ("Age", "age"), ("Ports", "logical_interface")];

    // The column is the VLAN *name* ("Vlan name" in the header); theirs strips a "Vlan" prefix and calls the rest an
    // ID, which only works for names that happen to be spelled VlanN (a VLAN named "default" or "users" has no ID here).
    private static readonly OracleException[] Exceptions =
    [
        new("juniper_junos_show_ethernet-switching_table.raw", 0, "Vlan", "Vlan2", "the column holds the VLAN name"),
        new("juniper_junos_show_ethernet-switching_table.raw", 1, "Vlan", "Vlan100", "the column holds the VLAN name"),
        new("juniper_junos_show_ethernet-switching_table.raw", 2, "Vlan", "Vlan1011", "the column holds the VLAN name"),
        new("juniper_junos_show_ethernet-switching_table1.raw", 0, "Vlan", "Vlan100", "the column holds the VLAN name"),
        new("juniper_junos_show_ethernet-switching_table1.raw", 1, "Vlan", "Vlan100", "the column holds the VLAN name"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = EthernetSwitchingTable.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping, Exceptions)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(2);
    }

    [Fact]
    public void Parse_PreElsLayout_ReadsLearnedRowsAndSkipsFlood()
    {
        const string text = """
            Ethernet-switching table: 3 entries, 2 learned
              VLAN              MAC address       Type         Age Interfaces
              default           *                 Flood          - All-members
              default           00:10:db:ff:10:00 Learn          0 ge-0/0/1.0
              users             00:10:db:ff:10:01 Learn       1:05 ge-0/0/2.0
            """;

        EthernetSwitchingTable.Parse(text, 1, null).Should().Equal(
            [new SwitchingTableRow("default", "00:10:db:ff:10:00", "Learn", "0", ["ge-0/0/1.0"]), new SwitchingTableRow("users", "00:10:db:ff:10:01", "Learn", "1:05", ["ge-0/0/2.0"])],
            (a, b) => a.Vlan == b.Vlan && a.Mac == b.Mac && a.Type == b.Type && a.Age == b.Age && a.Ports.SequenceEqual(b.Ports));
    }

    [Fact]
    public void Parse_MacWithoutInterface_ReportsLine()
    {
        var reports = new ReportCollector();

        EthernetSwitchingTable.Parse("    Vlan2   bc:ac:0a:ca:ca:30   DR\n", 8, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(8);
    }
}
