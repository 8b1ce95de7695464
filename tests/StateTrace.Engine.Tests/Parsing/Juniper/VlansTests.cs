using StateTrace.Engine.Parsing.Juniper;

namespace StateTrace.Engine.Tests.Parsing.Juniper;

public class VlansTests
{
    private const string Folder = "ntc-more/juniper_junos/show_vlans";

    private static readonly (string, string)[] Mapping =
        [("RoutingInstance", "routing_instance"), ("Name", "vlan_name"), ("Tag", "tag"), ("Interfaces", "interfaces")];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = Vlans.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(1);
    }

    [Fact]
    public void Parse_PreElsLayout_ReadsNameTagAndCommaLists()
    {
        const string text = """
            Name           Tag     Interfaces
            default
                                   ge-0/0/0.0, ge-0/0/1.0*
            users          10      ge-0/0/2.0*, ge-0/0/3.0
            """;

        var rows = Vlans.Parse(text, 1, null);

        rows.Select(r => (r.Name, r.Tag, string.Join(' ', r.Interfaces))).Should().Equal(
            ("default", "", "ge-0/0/0.0 ge-0/0/1.0*"), ("users", "10", "ge-0/0/2.0* ge-0/0/3.0"));
    }
}
