using StateTrace.Engine.Parsing.Cisco;

namespace StateTrace.Engine.Tests.Parsing.Cisco;

public class MacAddressTableTests
{
    private static readonly (string, string)[] Mapping =
        [("Vlan", "vlan_id"), ("Mac", "destination_address"), ("Type", "type"), ("Ports", "destination_port")];

    public static TheoryData<string> Fixtures => NtcOracle.Cases("ntc/cisco_ios/show_mac-address-table");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = MacAddressTable.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files("ntc/cisco_ios/show_mac-address-table").Should().HaveCount(8);
    }

    [Fact]
    public void Parse_LeadingSpacesModernLayout_ReadsRows()
    {
        const string text = """
                      Mac Address Table
            -------------------------------------------

            Vlan    Mac Address       Type        Ports
            ----    -----------       --------    -----
               1    40c2.ba11.2233    DYNAMIC     Gi1/0/48
              20    0050.56aa.bbcc    DYNAMIC     Gi1/0/1
            Total Mac Addresses for this criterion: 2
            """;

        var rows = MacAddressTable.Parse(text, 1, null);

        rows.Select(r => $"{r.Vlan} {r.Mac} {r.Type} {string.Join(',', r.Ports)}").Should().Equal(
            "1 40c2.ba11.2233 DYNAMIC Gi1/0/48", "20 0050.56aa.bbcc DYNAMIC Gi1/0/1");
    }

    [Fact]
    public void Parse_MulticastSection_Skipped()
    {
        var rows = MacAddressTable.Parse(NtcOracle.ReadRaw("ntc/cisco_ios/show_mac-address-table/cisco_ios_show_mac-address-table12.raw"), 1, null);

        rows.Should().HaveCount(13).And.OnlyContain(r => r.Mac != "ffff.ffff.ffff" && r.Ports.Count == 1);
    }

    [Fact]
    public void Parse_MacWithoutPortColumn_ReportsLine()
    {
        var reports = new ReportCollector();

        MacAddressTable.Parse("  20    0050.56aa.bbcc\n", 10, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(10);
    }
}
