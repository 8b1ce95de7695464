using StateTrace.Engine.Parsing.Nxos;

namespace StateTrace.Engine.Tests.Parsing.Nxos;

public class ShowInterfaceStatusTests
{
    private const string Folder = "ntc/cisco_nxos/show_interface_status";

    private static readonly (string, string)[] Mapping =
    [
        ("Port", "port"), ("Name", "name"), ("Status", "status"), ("Vlan", "vlan_id"), ("Duplex", "duplex"),
        ("Speed", "speed"), ("Type", "type"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = ShowInterfaceStatus.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(5);
    }

    [Fact]
    public void Parse_TunnelTable_ReadsNameStatusAndReason()
    {
        var rows = ShowInterfaceStatus.Parse(NtcOracle.ReadRaw(Folder + "/cisco_nxos_show_interface_status_tunnel.raw"), 1, null);

        rows[5].Should().Be(new NxosInterfaceStatusRow("Tunnel40", "Test Tun40", "down", "", "", "", "", "admin down"));
        rows[8].Reason.Should().Be("Link not connected");
    }

    [Fact]
    public void Parse_NameFillsItsColumnAndTypeHasSpaces_ReadFromTheRight()
    {
        var rows = ShowInterfaceStatus.Parse(NtcOracle.ReadRaw(Folder + "/cisco_nxos_show_interface_status3.raw"), 1, null);

        rows[0].Should().Be(new NxosInterfaceStatusRow("Eth1/1", "upk peerLink_XXXX", "connected", "trunk", "full", "10G", "10Gbase-SR", ""));
        rows[^1].Type.Should().Be("Fabric Extender Transceiver");
    }

    [Fact]
    public void Parse_MissingTypeColumn_SpeedIsNotTakenForDuplex()
    {
        const string text = """
            Port          Name               Status    Vlan      Duplex  Speed   Type
            Eth1/3        --                 xcvrAbsen 1         auto    auto
            Eth1/4        to 1 auto          sfpAbsent 20        auto    auto
            """;

        var rows = ShowInterfaceStatus.Parse(text, 1, null);

        rows[0].Should().Be(new NxosInterfaceStatusRow("Eth1/3", "--", "xcvrAbsen", "1", "auto", "auto", "", ""));
        rows[1].Should().BeEquivalentTo(new { Name = "to 1 auto", Status = "sfpAbsent", Vlan = "20" });
    }

    [Fact]
    public void Parse_FibreChannelRows_KeepTheirState()
    {
        const string text = """
            Port          Name               Status    Vlan      Duplex  Speed   Type
            fc2/1 is up    Port mode is NP
            fc2/5 is down (SFP not present)
            """;

        var rows = ShowInterfaceStatus.Parse(text, 1, null);

        rows.Select(r => (r.Port, r.Status, r.Type)).Should().Equal(("fc2/1", "up", ""), ("fc2/5", "down", "SFP not present"));
    }

    [Fact]
    public void Parse_UnreadableRow_ReportsItsLineAndKeepsOtherRows()
    {
        const string text = """
            Port          Name               Status    Vlan      Duplex  Speed   Type
            Eth1/1        --                 connected 1         full    10G     10Gbase-SR
            Eth1/2        ~~~~
            Eth1/3        --                 disabled  1         auto    auto    --
            """;
        var reports = new ReportCollector();

        var rows = ShowInterfaceStatus.Parse(text, 40, reports.Report);

        rows.Select(r => r.Port).Should().Equal("Eth1/1", "Eth1/3");
        reports.Items.Should().ContainSingle().Which.Line.Should().Be(42);
    }

    [Fact]
    public void Parse_NoHeader_ReportsOnce()
    {
        var reports = new ReportCollector();

        ShowInterfaceStatus.Parse("% Invalid command at '^' marker.\n", 3, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(3);
    }
}
