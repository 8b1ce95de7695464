using StateTrace.Engine.Parsing.Aruba;

namespace StateTrace.Engine.Tests.Parsing.Aruba;

public class VlanTableTests
{
    private const string Folder = "ntc-more/aruba_aoscx/show_vlan";

    private static readonly (string, string)[] Mapping =
    [
        ("VlanId", "vlan_id"), ("Name", "vlan_name"), ("Status", "status"), ("Reason", "reason"), ("Type", "type"), ("Interfaces", "interfaces"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = VlanTable.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(1);
    }

    [Fact]
    public void Parse_NameWithSpaceAndNoInterfaces_ReadsRow()
    {
        const string text = """
            VLAN  Name                              Status  Reason                  Type        Interfaces
            ---------------------------------------------------------------------------------------------
            20    Guest Wifi                        down    no_member_port          static
            """;

        VlanTable.Parse(text, 1, null).Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { VlanId = "20", Name = "Guest Wifi", Status = "down", Reason = "no_member_port", Interfaces = Array.Empty<string>() });
    }
}
