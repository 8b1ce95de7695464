using StateTrace.Engine.Parsing.Brocade;

namespace StateTrace.Engine.Tests.Parsing.Brocade;

public class AuthSessionsTests
{
    // The table of FastIron 08.0.95's command reference: the IP column of the first row is empty.
    internal const string Unified = """
        Port    MAC             IP(v4/v6)           User   VLAN Auth    Auth   ACL   Session  Age  PAE
                Addr            Addr                Name        Method  State        Time          State
        2/1/25  00aa.aaaa.0000           MVDI_1 130  MAUTH   permit Yes   210     Ena   N/A
        2/1/25  00aa.aaaa.0001  fe80::2aa:aaff:feaa DVDI_1 130  8021.X  permit Yes   210     Ena   AUTHENTICATED
        1/1/15 00bb.bbbb.0001   N/A                 DVDI_2 230  8021.X  permit None  500    Ena    AUTHENTICATED
        1/1/10 0010.9400.1101   N/A                 MVDI_2 330  MAUTH   deny   None  410    Ena    N/A
        """;

    internal const string Dot1x = """
        Port      MAC             IP(v4/v6)       User            VLAN  Auth    ACL    Session  Age   PAE
                  Address         Address         Name                  State          Time           State
        --------------------------------------------------------------------------------------------------------
        1/1/1     0050.5692.85e5  10.1.20.15      alice           20    permit  none   1345     Ena   AUTHENTICATED
        1/1/2     0050.5692.85e6  N/A             bob             20    init    none   0        Ena   CONNECTING
        """;

    internal const string MacAuth = """
        -----------------------------------------------------------------------------------
        Port     MAC Address     IP Address      VLAN  Authenticated  Time    Age   Dot1x
        -----------------------------------------------------------------------------------
        1/1/2    0050.5692.85e6  N/A             20    No             0       Ena   Ena
        1/1/3    0011.2233.4455  10.1.20.30      20    Yes            1200    Ena   Dis
        """;

    [Fact]
    public void AuthenticationSessions_EmptyIpColumn_ReadsMethodVlanAndState()
    {
        var reports = new ReportCollector();

        var rows = AuthenticationSessions.Parse(Unified, 1, reports.Report);

        reports.Items.Should().BeEmpty();
        rows.Should().HaveCount(4);
        rows[0].Should().Be(new FastIronAuthSession("2/1/25", "00aa.aaaa.0000", "130", "macauth", "permit", "N/A", "Authorized"));
        rows[1].Should().Be(new FastIronAuthSession("2/1/25", "00aa.aaaa.0001", "130", "dot1x", "permit", "AUTHENTICATED", "Authorized"));
        rows[3].AuthState.Should().Be("Unauthorized", "the Auth State column says deny; 'None' is the ACL column the original misread");
    }

    [Fact]
    public void Dot1xSessions_ReadFromTheRight_StateFromAuthStateThenPae()
    {
        var rows = Dot1xSessions.Parse(Dot1x, 1, null);

        rows.Should().HaveCount(2);
        rows[0].Should().Be(new FastIronAuthSession("1/1/1", "0050.5692.85e5", "20", "dot1x", "permit", "AUTHENTICATED", "Authorized"));
        rows[1].AuthState.Should().Be("Authenticating");
    }

    [Fact]
    public void MacAuthSessions_YesNoColumn_IsTheState()
    {
        var rows = MacAuthSessions.Parse(MacAuth, 1, null);

        rows.Select(r => (r.Port, r.Vlan, r.AuthState)).Should().Equal(("1/1/2", "20", "Unauthorized"), ("1/1/3", "20", "Authorized"));
        rows.Should().OnlyContain(r => r.Method == "macauth");
    }

    [Fact]
    public void AuthenticationSessions_PortRowWithoutMac_ReportsItsLine()
    {
        var reports = new ReportCollector();

        AuthenticationSessions.Parse("1/1/1  N/A  none  20  MAUTH\n", 70, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(70);
    }

    [Theory]
    [InlineData("permit", "", "Authorized")]
    [InlineData("restrict", "AUTHENTICATED", "Unauthorized")]
    [InlineData("", "HELD", "Unauthorized")]
    [InlineData("", "AUTHENTICATING", "Authenticating")]
    [InlineData("", "N/A", "Unknown")]
    public void StateOf_StatusThenPae_MapsToAuthState(string status, string pae, string expected)
    {
        AuthSessions.StateOf(status, pae).Should().Be(expected);
    }
}
