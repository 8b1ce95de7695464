using StateTrace.Engine.Parsing.Arista;

namespace StateTrace.Engine.Tests.Parsing.Arista;

public class Dot1xHostsTests
{
    // The layout EOS prints for "show dot1x hosts" (Port, Supplicant MAC, Auth, State, Fallback, VLAN; VLAN may be empty).
    internal const string Hosts = """

        Port       Supplicant MAC       Auth           State             Fallback      VLAN
        ---------- -------------------- -------------- ----------------- ------------- ----
        Et1        0050.56aa.0101       EAPOL          SUCCESS           NONE          20
        Et3        0050.56aa.0303       MAC-BASED-AUTH SUCCESS           NONE          30
        Et4        0050.56aa.0404       EAPOL          AUTHENTICATING    NONE
        Et5        0050.56aa.0505       EAPOL          HELD              NONE
        """;

    [Fact]
    public void Parse_HostsTable_ReadsEveryColumn()
    {
        var reports = new ReportCollector();

        var rows = Dot1xHosts.Parse(Hosts, 1, reports.Report);

        reports.Items.Should().BeEmpty();
        rows.Should().HaveCount(4);
        rows[0].Should().Be(new AristaDot1xHostRow("Et1", "0050.56aa.0101", "EAPOL", "SUCCESS", "NONE", "20"));
        rows[2].Vlan.Should().BeEmpty();
    }

    [Fact]
    public void Parse_StatesAndMethods_MapToCommonWords()
    {
        var rows = Dot1xHosts.Parse(Hosts, 1, null);

        rows.Select(r => (r.AuthState, r.AuthMode)).Should().Equal(
            ("Authorized", "dot1x"), ("Authorized", "mab"), ("Authenticating", "dot1x"), ("Unauthorized", "dot1x"));
    }

    [Fact]
    public void Parse_UnpaddedCapture_ReadsByHeaderOrder()
    {
        var rows = Dot1xHosts.Parse("Port Supplicant MAC Auth State Fallback VLAN\n\nEt2 d83a.dd98.0001 EAPOL SUCCESS NONE\n", 1, null);

        rows.Should().ContainSingle().Which.Should().Be(new AristaDot1xHostRow("Et2", "d83a.dd98.0001", "EAPOL", "SUCCESS", "NONE", ""));
    }

    [Fact]
    public void Parse_RowWithoutMac_ReportsItsLine()
    {
        var reports = new ReportCollector();

        Dot1xHosts.Parse("Port Supplicant MAC Auth State Fallback VLAN\nEt2 pending\n", 7, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(8);
    }
}
