using StateTrace.Engine.Parsing.Aruba;

namespace StateTrace.Engine.Tests.Parsing.Aruba;

public class ShowInterfaceBriefTests
{
    [Fact]
    public void Parse_TwoLineHeader_ReadsEveryPortWithReasonAndDescription()
    {
        var rows = ShowInterfaceBrief.Parse(ArubaSamples.InterfaceBrief, 1, null);

        rows.Select(r => r.Port).Should().Equal("1/1/1", "1/1/2", "1/1/3", "1/1/49", "lag1", "vlan20");
        rows[0].Should().Be(new CxInterfaceBriefRow("1/1/1", "20", "access", "1GbT", "yes", "up", "", "1000", "Room 204 desk 1"));
        rows[1].Should().BeEquivalentTo(new { Status = "down", Reason = "Waiting for link", Speed = "--", Description = "--" });
        rows[2].Should().BeEquivalentTo(new { Enabled = "no", Reason = "Administratively down", Description = "spare" });
        rows[3].Description.Should().Be("uplink to WLLS-A01-DS-01");
    }

    [Fact]
    public void Parse_OriginalFixtureLayout_NoLongerMatchesNothing()
    {
        // The original parser's patterns missed this header entirely (original-system §2.7).
        const string text = "Port      Native  Mode   Type           Enabled Status  Reason                 Speed   Description\n"
            + "1/1/1     --      routed --             no      down    Administratively down  --      --\n";

        ShowInterfaceBrief.Parse(text, 1, null).Should().ContainSingle().Which.Mode.Should().Be("routed");
    }

    [Fact]
    public void Parse_ShortRow_ReportsLine()
    {
        var reports = new ReportCollector();

        ShowInterfaceBrief.Parse("Port Native Mode Type Enabled Status Reason Speed Description\n1/1/1 1 access\n", 40, reports.Report)
            .Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(41);
    }
}
