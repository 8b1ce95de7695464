using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Tests.Parsing;

public class VlanBriefTests
{
    private static readonly (string, string)[] Mapping =
        [("VlanId", "vlan_id"), ("Name", "vlan_name"), ("Status", "status"), ("Interfaces", "interfaces")];

    public static TheoryData<string> Fixtures => NtcOracle.Cases("ntc-more/cisco_ios/show_vlan");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcShowVlan_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = VlanBrief.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files("ntc-more/cisco_ios/show_vlan").Should().HaveCount(1);
    }

    [Fact]
    public void Parse_Brief_WrappedPortsJoinTheirVlan()
    {
        const string text = """

            VLAN Name                             Status    Ports
            ---- -------------------------------- --------- -------------------------------
            1    default                          active    Gi1/0/3, Gi1/0/4
            20   USERS                            active    Gi1/0/1, Gi1/0/2, Gi1/0/5, Gi1/0/6
                                                            Gi1/0/7
            999  GUEST                            suspended
            """;

        var rows = VlanBrief.Parse(text, 1, null);

        rows.Select(r => r.VlanId).Should().Equal("1", "20", "999");
        rows[1].Interfaces.Should().Equal("Gi1/0/1", "Gi1/0/2", "Gi1/0/5", "Gi1/0/6", "Gi1/0/7");
        rows[2].Status.Should().Be("suspended");
        rows[2].Interfaces.Should().BeEmpty();
    }
}
