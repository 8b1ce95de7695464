using StateTrace.Engine.Parsing.Procurve;

namespace StateTrace.Engine.Tests.Parsing.Procurve;

public class PortAccessClientsTests
{
    // The layout of the AOS-Switch 16.08 reference: user roles, and a VLAN list that wraps.
    internal const string Clients = """
         Downloaded user roles are preceded by *

         Port Access Client Status

          Port  Client Name   MAC Address       IP Address      User Role         Type  VLAN
          ----- ------------- ----------------- --------------- ----------------- ----- -------------------
          1/7   2c41387f35b9  2c4138-7f35b9     n/a             Voice_HPE         MAC   171
          1/7   d48564940c46  d48564-940c46     n/a             *DUR_prof2_PUT... MAC   100
          1/16  dur1          001517-857121     10.1.1.16       *DUR_prof2_PUT... 8021X 100, 101, 102,
                                                                                        103
        """;

    internal const string WithStatus = """
          Port  Client Name   MAC Address   IP Address      Session Status Type  VLAN
          ----- ------------- ------------- --------------- -------------- ----- ----
          3     001517581ec4  001517-581ec4 n/a             Authenticated  MAC   10
          4     bob           000c29-5121fc n/a             Unauthenticated 8021X
        """;

    [Fact]
    public void Parse_UserRoleLayout_ReadsClientsAndJoinsWrappedVlans()
    {
        var reports = new ReportCollector();

        var rows = PortAccessClients.Parse(Clients, 1, reports.Report);

        reports.Items.Should().BeEmpty();
        rows.Should().HaveCount(3);
        rows[0].Should().Be(new ProcurveClientRow("1/7", "2c41387f35b9", "2c4138-7f35b9", "n/a", "Voice_HPE", "MAC", "171", "", "macauth", "Unknown"));
        rows[2].Should().BeEquivalentTo(new { Port = "1/16", AuthMode = "dot1x", Vlan = "100, 101, 102, 103", IpAddress = "10.1.1.16" });
    }

    [Fact]
    public void Parse_StatusColumn_GivesTheState()
    {
        var rows = PortAccessClients.Parse(WithStatus, 1, null);

        rows.Select(r => (r.Port, r.AuthMode, r.AuthState)).Should().Equal(("3", "macauth", "Authorized"), ("4", "dot1x", "Unauthorized"));
    }

    [Fact]
    public void Parse_RowWithoutMac_ReportsItsLine()
    {
        var reports = new ReportCollector();

        PortAccessClients.Parse(WithStatus.Replace("001517-581ec4 n/a", "nothing-here! n/a", StringComparison.Ordinal), 20, reports.Report)
            .Should().ContainSingle();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(22);
    }
}
