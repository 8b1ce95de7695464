using StateTrace.Engine.Parsing.Procurve;

namespace StateTrace.Engine.Tests.Parsing.Procurve;

public class RunningConfigTests
{
    internal const string Aos16 = """
        Running configuration:

        ; J9772A Configuration Editor; Created on release #YA.16.10.0009
        ; Ver #14:41.44.00.04.19.02.13.98.82.34.61.18.28.f3.84.9c.63.ff.37.27:05
        hostname "WLLS-A01-AS-02"
        module 1 type j9772a
        trunk 49-50 trk1 lacp
        snmp-server location "Bldg_5_Floor_2_Room_204"
        aaa authentication port-access eap-radius
        aaa port-access authenticator 1-4
        aaa port-access authenticator 1 auth-vid 20
        aaa port-access authenticator active
        aaa port-access mac-based 3-6
        vlan 1
           name "DEFAULT_VLAN"
           untagged 7-48,Trk1
           no untagged 1-6
           ip address dhcp-bootp
           exit
        vlan 20
           name "Users"
           untagged 1-6
           tagged Trk1
           exit
        vlan 30 tagged 1-2
        interface 1
           name "Room 204 desk 1"
           exit
        interface 5
           name "Printer"
           untagged vlan 25
           tagged vlan 40-41
           exit
        interface 7
           disable
           exit
        """;

    // ProCurve K.15 and earlier print "exit" flush left.
    private const string K15 = """
        hostname "old-2610"
        interface 1
           name "Uplink"
           flow-control
        exit
        interface 2
           no lacp
        exit
        """;

    [Fact]
    public void Parse_Aos16_ReadsHeaderAndGlobalLines()
    {
        var config = RunningConfig.Parse(Aos16, 1, null);

        config.Should().BeEquivalentTo(new
        {
            Hostname = "WLLS-A01-AS-02",
            Location = "Bldg_5_Floor_2_Room_204",
            Model = "J9772A",
            Version = "YA.16.10.0009",
            AuthDefaultVlan = "20",
        });
        config.AuthBlock.Should().Be(
            "aaa authentication port-access eap-radius\naaa port-access authenticator 1-4\naaa port-access authenticator 1 auth-vid 20\n"
            + "aaa port-access authenticator active\naaa port-access mac-based 3-6");
    }

    [Fact]
    public void Parse_Aos16_ExpandsPortAccessLists()
    {
        var config = RunningConfig.Parse(Aos16, 1, null);

        config.Dot1xPorts.Should().Equal("1", "2", "3", "4");
        config.MacAuthPorts.Should().Equal("3", "4", "5", "6");
    }

    [Fact]
    public void Parse_Aos16_ReadsVlanMembershipInEveryForm()
    {
        var config = RunningConfig.Parse(Aos16, 1, null);

        config.Vlans.Select(v => (v.VlanId, v.Name)).Should().Equal(("1", "DEFAULT_VLAN"), ("20", "Users"), ("30", ""), ("25", ""), ("40", ""), ("41", ""));
        config.Vlans[0].Untagged.Should().HaveCount(43).And.StartWith("7").And.EndWith("Trk1");
        config.Vlans[1].Untagged.Should().Equal("1", "2", "3", "4", "5", "6");
        config.Vlans[2].Tagged.Should().Equal("1", "2");
        config.Vlans[3].Untagged.Should().Equal("5");
        config.Vlans[5].Tagged.Should().Equal("5");
    }

    [Fact]
    public void Parse_Aos16_InterfaceBlocksEndBeforeExit()
    {
        var config = RunningConfig.Parse(Aos16, 1, null);

        config.Interfaces.Should().HaveCount(3);
        config.Interfaces[0].Should().Be(new ProcurveInterfaceConfig("1", "Room 204 desk 1", "interface 1\n   name \"Room 204 desk 1\""));
        config.Interfaces[2].Config.Should().Be("interface 7\n   disable");
    }

    [Fact]
    public void Parse_FlushLeftExit_ClosesTheBlock()
    {
        var config = RunningConfig.Parse(K15, 1, null);

        config.Interfaces.Select(i => (i.Port, i.Description)).Should().Equal(("1", "Uplink"), ("2", ""));
        config.Interfaces[0].Config.Should().Be("interface 1\n   name \"Uplink\"\n   flow-control");
    }

    [Fact]
    public void Parse_NothingRecognisable_Reports()
    {
        var reports = new ReportCollector();

        RunningConfig.Parse("Invalid input: running-config\n", 11, reports.Report);

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(11);
    }
}
