using StateTrace.Engine.Parsing.Arista;

namespace StateTrace.Engine.Tests.Parsing.Arista;

public class ShowInterfacesStatusTests
{
    private const string Folder = "ntc/arista_eos/show_interfaces_status";

    private static readonly (string, string)[] Mapping =
    [
        ("Port", "port"), ("Name", "name"), ("Status", "status"), ("Vlan", "vlan_id"), ("Duplex", "duplex"),
        ("Speed", "speed"), ("Type", "type"), ("Flags", "flags"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = ShowInterfacesStatus.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(3);
    }

    [Fact]
    public void Parse_PortChannelMember_VlanIsTheChannelAndTypeKeepsSpaces()
    {
        var rows = ShowInterfacesStatus.Parse(NtcOracle.ReadRaw(Folder + "/arista_eos_show_interfaces_status_port_channel.raw"), 1, null);

        rows[2].Should().Be(new AristaInterfaceStatusRow("Et49", "Core: drxx.yul01", "notconnect", "Po49", "full", "10G", "Not Present", "", ""));
        rows[5].Vlan.Should().Be("trunk");
    }

    [Fact]
    public void Parse_FlagsAndEncapsulationColumns_CutTypeAtFlagsColumn()
    {
        const string text = """
            Port       Name   Status       Vlan     Duplex Speed  Type            Flags Encapsulation
            Et1               connected    1        full   1G     EbraTestPhyPort
            Et2.100           connected    routed   full   1G     dot1q-subif     E     dot1q 100
            """;

        var rows = ShowInterfacesStatus.Parse(text, 1, null);

        rows.Should().HaveCount(2);
        rows[0].Type.Should().Be("EbraTestPhyPort");
        rows[1].Should().BeEquivalentTo(new { Port = "Et2.100", Vlan = "routed", Type = "dot1q-subif", Flags = "E", Encapsulation = "dot1q 100" });
    }

    [Fact]
    public void Parse_StatusWordsInNameAndUnusualVlan_UsesRightmostRunThenStatusColumn()
    {
        const string text = """
            Port       Name                   Status       Vlan        Duplex  Speed Type
            Et1        to connected 1 full    notconnect   1           full    10G   10GBASE-SR
            Et2        dot1q customer         connected    svc-q       full    10G   10GBASE-SR
            """;

        var rows = ShowInterfacesStatus.Parse(text, 1, null);

        rows[0].Should().BeEquivalentTo(new { Name = "to connected 1 full", Status = "notconnect", Vlan = "1" });
        rows[1].Should().BeEquivalentTo(new { Name = "dot1q customer", Status = "connected", Vlan = "svc-q", Duplex = "full" });
    }

    [Fact]
    public void Parse_EchoedCommandAndTrailingPrompt_AreNotRows()
    {
        const string text = """
            show interfaces status
            Port       Name                   Status       Vlan        Duplex  Speed Type
            Et1        desk                   connected    20          a-full  a-1G  1000BASE-T
            NYC-LEAF-01#
            """;
        var reports = new ReportCollector();

        ShowInterfacesStatus.Parse(text, 1, reports.Report).Should().ContainSingle().Which.Port.Should().Be("Et1");
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Parse_UnreadableRow_ReportsItsLineAndKeepsOtherRows()
    {
        const string text = """
            Port       Name                   Status       Vlan        Duplex  Speed Type
            Et1        desk                   connected    20          a-full  a-1G  1000BASE-T
            Et2        ~~~~
            Et3                               notconnect   1           auto    auto  1000BASE-T
            """;
        var reports = new ReportCollector();

        var rows = ShowInterfacesStatus.Parse(text, 50, reports.Report);

        rows.Select(r => r.Port).Should().Equal("Et1", "Et3");
        reports.Items.Should().ContainSingle().Which.Line.Should().Be(52);
    }

    [Fact]
    public void Parse_NoHeader_ReportsOnce()
    {
        var reports = new ReportCollector();

        ShowInterfacesStatus.Parse("% Invalid input\n", 9, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(9);
    }
}
