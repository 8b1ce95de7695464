using StateTrace.Engine.Parsing.Aruba;

namespace StateTrace.Engine.Tests.Parsing.Aruba;

public class PortAccessClientsTests
{
    private const string Folder = "ntc-more/aruba_aoscx/show_aaa_authentication_port-access_interface_all_client-status";

    private static readonly (string, string)[] Mapping =
        [("ClientMac", "client_mac"), ("ClientName", "client_name"), ("Port", "session_port"), ("Role", "role")];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = PortAccessClients.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(1);
    }

    [Fact]
    public void Parse_StatusLines_SplitMethodStateAndKeepRoleStatusApart()
    {
        var rows = PortAccessClients.Parse(NtcOracle.ReadRaw(NtcOracle.Files(Folder)[0]), 1, null);

        rows[0].Should().BeEquivalentTo(new
        {
            Port = "2/1/15",
            Method = "mac-auth",
            State = "Authenticated",
            RoleStatus = "Applied",
            AuthPrecedence = "mac-auth - Authenticated, dot1x - Not attempted",
        });
    }

    [Fact]
    public void Parse_ClientWithoutPort_ReportsClientLine()
    {
        var reports = new ReportCollector();

        PortAccessClients.Parse("Client 90:4c:81:cf:10:30, ap-1\n  Session Details\n", 12, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(12);
    }
}
