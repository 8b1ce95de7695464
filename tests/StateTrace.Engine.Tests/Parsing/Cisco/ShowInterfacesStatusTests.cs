using StateTrace.Engine.Parsing.Cisco;

namespace StateTrace.Engine.Tests.Parsing.Cisco;

public class ShowInterfacesStatusTests
{
    private static readonly (string, string)[] Mapping =
    [
        ("Port", "port"), ("Name", "name"), ("Status", "status"), ("Vlan", "vlan_id"), ("Duplex", "duplex"),
        ("Speed", "speed"), ("Type", "type"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases("ntc/cisco_ios/show_interfaces_status");

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
        NtcOracle.Files("ntc/cisco_ios/show_interfaces_status").Should().HaveCount(3);
    }

    [Fact]
    public void Parse_StatusWordsInName_UsesStatusColumn()
    {
        const string text = """
            Port      Name               Status       Vlan       Duplex  Speed Type
            Gi1/0/5   connected disabled notconnect   trunk        auto   auto 10/100/1000BaseTX
            Gi1/0/6   err-disabled 12    connected    12         a-full a-1000 10/100/1000BaseTX
            """;

        var rows = ShowInterfacesStatus.Parse(text, 1, null);

        rows.Should().HaveCount(2);
        rows[0].Should().Be(new InterfaceStatusRow("Gi1/0/5", "connected disabled", "notconnect", "trunk", "auto", "auto", "10/100/1000BaseTX"));
        rows[1].Name.Should().Be("err-disabled 12");
        rows[1].Status.Should().Be("connected");
    }

    [Fact]
    public void Parse_EchoedCommandAndTrailingPrompt_AreNotRows()
    {
        const string text = """
            show interfaces status
            Port      Name               Status       Vlan       Duplex  Speed Type
            Gi1/0/1   desk               connected    20         a-full a-1000 10/100/1000BaseTX
            WLLS-A01-AS-01#
            """;

        var reports = new ReportCollector();

        ShowInterfacesStatus.Parse(text, 1, reports.Report).Should().ContainSingle().Which.Port.Should().Be("Gi1/0/1");
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Parse_UnreadableRow_ReportsItsLineAndKeepsOtherRows()
    {
        const string text = """
            Port      Name               Status       Vlan       Duplex  Speed Type
            Gi1/0/1   desk               connected    20         a-full a-1000 10/100/1000BaseTX
            Gi1/0/2   ~~~~
            Gi1/0/3                      notconnect   1            auto   auto 10/100/1000BaseTX
            """;

        var reports = new ReportCollector();

        var rows = ShowInterfacesStatus.Parse(text, 100, reports.Report);

        rows.Select(r => r.Port).Should().Equal("Gi1/0/1", "Gi1/0/3");
        reports.Items.Should().ContainSingle().Which.Line.Should().Be(102);
    }

    [Fact]
    public void Parse_NoHeader_ReportsOnce()
    {
        var reports = new ReportCollector();

        ShowInterfacesStatus.Parse("% Invalid input detected at '^' marker.\n", 7, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(7);
    }
}
