using StateTrace.Engine.Parsing.Cisco;

namespace StateTrace.Engine.Tests.Parsing.Cisco;

public class SpanningTreeTests
{
    private static readonly (string, string)[] Mapping =
    [
        ("Vlan", "vlan_id"), ("Interface", "interface"), ("Role", "role"), ("Status", "status"), ("Cost", "cost"),
        ("PortPriority", "port_priority"), ("PortId", "port_id"), ("Type", "type"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases("ntc-more/cisco_ios/show_spanning-tree");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_PortRowsAgreeWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var instances = SpanningTree.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, instances.SelectMany(i => i.Ports).ToList(), Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files("ntc-more/cisco_ios/show_spanning-tree").Should().HaveCount(1);
    }

    [Fact]
    public void Parse_NtcFixture_ReadsRootPerInstance()
    {
        var instances = SpanningTree.Parse(NtcOracle.ReadRaw("ntc-more/cisco_ios/show_spanning-tree/cisco_ios_show_spanning_tree.raw"), 1, null);

        instances.Select(i => i.Instance).Should().Equal("VLAN0001", "VLAN0002", "VLAN0003");
        instances.Should().OnlyContain(i => i.RootAddress == "fa16.3e57.336f" && i.RootPort == "GigabitEthernet0/3");
    }

    [Fact]
    public void Parse_RootBridgeAndMultiWordType_ReadsRows()
    {
        const string text = """

            VLAN0020
              Spanning tree enabled protocol rstp
              Root ID    Priority    24596
                         Address     40c2.ba11.2233
                         This bridge is the root
                         Hello Time   2 sec  Max Age 20 sec  Forward Delay 15 sec

              Bridge ID  Priority    24596  (priority 24576 sys-id-ext 20)
                         Address     40c2.ba11.2233

            Interface           Role Sts Cost      Prio.Nbr Type
            ------------------- ---- --- --------- -------- --------------------------------
            Gi1/0/1             Desg FWD 4         128.1    P2p Edge
            Po1                 Desg FWD 3         128.488  P2p
            """;

        var instance = SpanningTree.Parse(text, 1, null).Should().ContainSingle().Subject;

        instance.Vlan.Should().Be("20");
        instance.RootPort.Should().BeEmpty();
        instance.Ports[0].Type.Should().Be("P2p Edge");
        instance.Ports[1].PortId.Should().Be("488");
    }
}
