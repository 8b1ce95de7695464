using StateTrace.Engine.Parsing.Procurve;

namespace StateTrace.Engine.Tests.Parsing.Procurve;

public class InterfacesBriefTests
{
    private static readonly (string, string)[] Mapping =
        [("Port", "port"), ("Type", "type"), ("Enabled", "enabled"), ("Status", "status"), ("Mode", "mode")];

    private static readonly (string, string)[] EveryColumn =
    [
        ("Port", "port"), ("Type", "type"), ("IntrusionAlert", "intrusion_alert"), ("Enabled", "enabled"), ("Status", "status"),
        ("Mode", "mode"), ("MdiMode", "mdi_mode"), ("FlowControl", "flow_ctrl"), ("BcastLimit", "bcast_limit"),
    ];

    private static readonly OracleException[] Exceptions =
    [
        new("show_interfaces_brief_note.raw", 8, "Port", "D1",
            "'D1-Trk1' is port D1 as a member of trunk Trk1: every other command calls the port D1, and Trunk holds 'Trk1'"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases("ntc/hp_procurve/show_interfaces_brief");

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
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesOnEveryColumn(string fixture)
    {
        var rows = InterfacesBrief.Parse(NtcOracle.ReadRaw(fixture), 1, null);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, EveryColumn, Exceptions)).Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files("ntc/hp_procurve/show_interfaces_brief").Should().HaveCount(4);
    }

    [Fact]
    public void Parse_DecoratedPorts_SplitTrunkAndDropMarks()
    {
        var rows = InterfacesBrief.Parse(NtcOracle.ReadRaw("ntc/hp_procurve/show_interfaces_brief/show_interfaces_brief_note.raw"), 1, null);

        rows.Should().HaveCount(17);
        rows[1].Should().BeEquivalentTo(new { Port = "A8", Mode = "10GigFD", Trunk = "" });
        rows[8].Should().BeEquivalentTo(new { Port = "D1", Trunk = "Trk1", Type = "100/1000T" });
        rows[12].Should().Be(new ProcurveBriefRow("E3", "", "No", "Yes", "Down", ".", "", "off", "0", ""));
    }

    [Fact]
    public void Parse_RowThatIsNoPort_ReportsItsLine()
    {
        const string text = """
              Port  Type       | Alert     Enabled Status Mode       Mode Ctrl
              ----- ---------- + --------- ------- ------ ---------- ---- ----
              1     10/100TX   | No        Yes     Up     100FDx     MDIX off
              ~~~~~
            """;
        var reports = new ReportCollector();

        InterfacesBrief.Parse(text, 10, reports.Report).Should().ContainSingle();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(13);
    }

    [Fact]
    public void Parse_NoRule_ReportsOnce()
    {
        var reports = new ReportCollector();

        InterfacesBrief.Parse("Invalid input: brief\n", 6, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(6);
    }
}
