using StateTrace.Engine.Parsing.Cisco;

namespace StateTrace.Engine.Tests.Parsing.Cisco;

public class AuthSessionsTests
{
    private static readonly (string, string)[] Mapping =
    [
        ("Interface", "interface"), ("MacAddress", "mac_address"), ("Method", "method"), ("Domain", "domain"),
        ("Status", "status"), ("Session", "session"),
    ];

    public static TheoryData<string> Fixtures =>
        NtcOracle.Cases("ntc-more/cisco_ios/show_authentication_sessions", "ntc-more/cisco_ios/show_access-session");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = AuthSessions.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folders_HoldEveryCapture()
    {
        NtcOracle.Files("ntc-more/cisco_ios/show_authentication_sessions", "ntc-more/cisco_ios/show_access-session").Should().HaveCount(6);
    }

    [Theory]
    [InlineData("Authz Success", "Authorized")]
    [InlineData("Auth", "Authorized")]
    [InlineData("Unauth", "Unauthorized")]
    [InlineData("Authz Failed", "Unauthorized")]
    [InlineData("Running", "Unknown")]
    [InlineData("", "Unknown")]
    public void StateOf_Status_MapsToAuthState(string status, string state)
    {
        AuthSessions.StateOf(status).Should().Be(state);
    }

    [Fact]
    public void Parse_FlagColumn_IsNotPartOfStatus()
    {
        const string text = """
            Interface    MAC Address    Method  Domain  Status Fg Session ID
            Gi1/0/10     c89a.12cd.3b74 dot1x   DATA    Auth   A  0A0A1DFE00000FB3000101FF
            """;

        var row = AuthSessions.Parse(text, 1, null).Should().ContainSingle().Subject;

        row.Status.Should().Be("Auth");
        row.AuthState.Should().Be("Authorized");
        row.Session.Should().Be("0A0A1DFE00000FB3000101FF");
    }
}
