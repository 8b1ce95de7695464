using StateTrace.Engine.Parsing.Brocade;

namespace StateTrace.Engine.Tests.Parsing.Brocade;

public class InterfacesBriefTests
{
    private const string NameCut = "the Name column holds the port name with its spaces (cut to the column width); their reading keeps the first word only";

    private static readonly (string, string)[] Mapping =
    [
        ("Port", "interface"), ("Status", "linkstate"), ("Duplex", "duplex"), ("Speed", "speed"), ("Name", "name"), ("Mac", "mac"),
    ];

    private static readonly (string, string)[] RuckusMapping =
    [
        ("Port", "port"), ("Status", "link"), ("State", "state"), ("Duplex", "duplex"), ("Speed", "speed"), ("Trunk", "trunk"),
        ("Tag", "tag"), ("Pvid", "vlan_id"), ("Priority", "priority"), ("Mac", "mac_address"), ("Name", "name"),
    ];

    private static readonly OracleException[] Exceptions =
    [
        new("brocade_fastiron_show_interfaces_brief.raw", 0, "Name", "to MLX1-", NameCut),
        new("brocade_fastiron_show_interfaces_brief.raw", 6, "Name", "ms1a (4B", NameCut),
        new("brocade_fastiron_show_interfaces_brief.raw", 16, "Name", "Memory B", NameCut),
        new("brocade_fastiron_show_interfaces_brief.raw", 21, "Name", "md1a (2B", NameCut),
        new("brocade_fastiron_show_interfaces_brief.raw", 23, "Name", "Socket O", NameCut),
        new("brocade_fastiron_show_interfaces_brief1.raw", 0, "Name", "to switch1", NameCut),
        new("brocade_fastiron_show_interfaces_brief1.raw", 12, "Name", "to 2b-1/1/", NameCut),
        new("brocade_fastiron_show_interfaces_brief1.raw", 23, "Name", "1G Ring", NameCut),
        new("brocade_fastiron_show_interfaces_brief1.raw", 34, "Name", "10G to XI", NameCut),
        new("brocade_fastiron_show_interfaces_brief1.raw", 35, "Name", "10G to XI", NameCut),
        new("brocade_fastiron_show_interfaces_brief1.raw", 42, "Name", "1G to CLMA", NameCut),
        new("brocade_fastiron_show_interfaces_brief1.raw", 76, "Name", "10G to XH", NameCut),
        new("brocade_fastiron_show_interfaces_brief1.raw", 77, "Name", "10G to XH", NameCut),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases("ntc/brocade_fastiron/show_interfaces_brief");

    public static TheoryData<string> RuckusFixtures => NtcOracle.Cases("ntc-more/ruckus_fastiron/show_interfaces_brief");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = InterfacesBrief.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping, Exceptions)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(RuckusFixtures))]
    public void Parse_RuckusFixture_AgreesWithOracleOnEveryColumn(string fixture)
    {
        var reports = new ReportCollector();

        var rows = InterfacesBrief.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, RuckusMapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folders_HoldEveryCapture()
    {
        NtcOracle.Files("ntc/brocade_fastiron/show_interfaces_brief").Should().HaveCount(2);
        NtcOracle.Files("ntc-more/ruckus_fastiron/show_interfaces_brief").Should().HaveCount(2);
    }

    [Fact]
    public void Parse_NameWithSpaces_KeepsTheWholeColumn()
    {
        var rows = InterfacesBrief.Parse(NtcOracle.ReadRaw("ntc/brocade_fastiron/show_interfaces_brief/brocade_fastiron_show_interfaces_brief1.raw"), 1, null);

        rows[23].Should().Be(new InterfaceBriefRow("1/1/24", "Up", "Forward", "Full", "1G", "3", "Yes", "N/A", "0", "cc4e.2415.0175", "1G Ring"));
        rows[^1].Should().BeEquivalentTo(new { Port = "mgmt1", Status = "Disable", Pvid = "None", Name = "" });
    }

    [Fact]
    public void Parse_L2StateHeaderAndNoTrunkColumn_ReadsColumnsByName()
    {
        const string text = """
            Port       Link    L2 State   Dupl Speed Tag Pvid Pri MAC             Name
            1/1/1      Up      Forward    Full 1G    No  20   0   748e.f800.0001  desk 1
            """;

        var rows = InterfacesBrief.Parse(text, 1, null);

        rows.Should().ContainSingle().Which.Should().Be(
            new InterfaceBriefRow("1/1/1", "Up", "Forward", "Full", "1G", "", "No", "20", "0", "748e.f800.0001", "desk 1"));
    }

    [Fact]
    public void Parse_RowWithoutMac_ReportsItsLineAndKeepsTheRest()
    {
        const string text = """
            Port    Link    State   Dupl Speed Trunk Tag Pvid Pri MAC            Name
            1/1/1   Up      Forward Full 1G    None  No  1    0   001b.ed6b.2000  a
            1/1/2   Up      Forward ~~~
            1/1/3   Down    None    None None  None  No  1    0   001b.ed6b.2002
            """;
        var reports = new ReportCollector();

        var rows = InterfacesBrief.Parse(text, 40, reports.Report);

        rows.Select(r => r.Port).Should().Equal("1/1/1", "1/1/3");
        reports.Items.Should().ContainSingle().Which.Line.Should().Be(42);
    }

    [Fact]
    public void Parse_NoHeader_ReportsOnce()
    {
        var reports = new ReportCollector();

        InterfacesBrief.Parse("Invalid input -> brief\n", 9, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(9);
    }
}
