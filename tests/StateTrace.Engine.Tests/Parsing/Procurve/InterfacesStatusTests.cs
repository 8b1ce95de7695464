using StateTrace.Engine.Parsing.Procurve;

namespace StateTrace.Engine.Tests.Parsing.Procurve;

public class InterfacesStatusTests
{
    private const string Trunk = "the Port column shows the port and the trunk it belongs to; the port is what other commands call it, Trunk holds the rest";

    private static readonly (string, string)[] Mapping =
    [
        ("Port", "port"), ("Name", "name"), ("Status", "status"), ("ConfigMode", "config_mode"), ("Speed", "speed"), ("Type", "type"),
        ("Tagged", "vlan_tagged"), ("Untagged", "vlan_untagged"),
    ];

    private static readonly OracleException[] Exceptions =
    [
        new("show_interfaces_status.raw", 8, "Port", "A24", Trunk),
        new("show_interfaces_status.raw", 12, "Port", "B24", Trunk),
        new("show_interfaces_status2.raw", 3, "Port", "1/28", Trunk + " (cut to '...' by the column)"),
        new("show_interfaces_status2.raw", 7, "Port", "3/28", Trunk + " (cut to '...' by the column)"),
        new("show_interfaces_status4.raw", 7, "Port", "A24", Trunk),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases("ntc-more/hp_procurve/show_interfaces_status");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcMoreFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = InterfacesStatus.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping, Exceptions)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files("ntc-more/hp_procurve/show_interfaces_status").Should().HaveCount(3);
    }

    [Fact]
    public void Parse_TrunkMembers_KeepTheTrunkApart()
    {
        var rows = InterfacesStatus.Parse(NtcOracle.ReadRaw("ntc-more/hp_procurve/show_interfaces_status/show_interfaces_status.raw"), 1, null);

        rows[8].Should().Be(new ProcurveStatusRow("A24", "Srv-003...", "Up", "Auto", "10GigFD", "10GbE-GEN", "multi", "No", "Trk1"));
        rows[6].Should().BeEquivalentTo(new { Port = "A21", Speed = "", Type = "", Tagged = "multi", Untagged = "No" });
    }
}
