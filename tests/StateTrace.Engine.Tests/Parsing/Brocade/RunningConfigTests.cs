using StateTrace.Engine.Parsing.Brocade;

namespace StateTrace.Engine.Tests.Parsing.Brocade;

public class RunningConfigTests
{
    internal const string Icx = """
        Current configuration:
        !
        ver 08.0.90dT213
        !
        stack unit 1
          module 1 icx7150-48p-poe-port-management-module
          module 2 icx7150-2-copper-port-2g-module
        !
        vlan 1 name DEFAULT-VLAN by port
         router-interface ve 1
        !
        vlan 20 name Users by port
         tagged ethe 1/2/1
         untagged ethe 1/1/1 to 1/1/4
        !
        vlan 30 name Voice by port
         tagged ethe 1/1/1 to 1/1/4 ethe 1/2/1
        !
        authentication
         auth-default-vlan 20
         restricted-vlan 999
         re-authentication
         dot1x enable
         dot1x enable ethe 1/1/1 to 1/1/3
         dot1x port-control auto ethe 1/1/1 to 1/1/2
         mac-authentication enable
         mac-authentication enable ethe 1/1/2 to 1/1/3
        !
        hostname WLLS-A01-AS-01
        snmp-server location Bldg_5_Floor_2_Room_204
        !
        interface ethernet 1/1/1
         port-name Room 204 desk 1
         inline power
        !
        interface ethernet 1/1/4
         port-name Printer
         dot1x port-control auto
         mac-authentication enable
        !
        interface ethernet 1/2/1
         port-name Uplink to WLLS-A01-DS-01
        !
        interface ve 1
         ip address 10.1.1.2 255.255.255.0
        !
        end
        """;

    [Fact]
    public void Parse_Icx0890_ReadsDeviceLines()
    {
        var config = RunningConfig.Parse(Icx, 1, null);

        config.Hostname.Should().Be("WLLS-A01-AS-01");
        config.Location.Should().Be("Bldg_5_Floor_2_Room_204");
        config.AuthDefaultVlan.Should().Be("20");
        config.AuthBlock.Should().StartWith("auth-default-vlan 20\nrestricted-vlan 999\n").And.EndWith("mac-authentication enable ethe 1/1/2 to 1/1/3");
    }

    [Fact]
    public void Parse_Icx0890_ExpandsAuthRangesAndPortLines()
    {
        var config = RunningConfig.Parse(Icx, 1, null);

        config.Dot1xPorts.Should().BeEquivalentTo(["1/1/1", "1/1/2", "1/1/4"]);
        config.MacAuthPorts.Should().BeEquivalentTo(["1/1/2", "1/1/3", "1/1/4"]);
    }

    [Fact]
    public void Parse_Icx0890_ReadsInterfaceBlocksWithHeader()
    {
        var config = RunningConfig.Parse(Icx, 1, null);

        config.Interfaces.Select(i => i.Port).Should().Equal("1/1/1", "1/1/4", "1/2/1", "ve1");
        config.Interfaces[0].Should().Be(new FastIronInterfaceConfig(
            "ethernet 1/1/1", "1/1/1", "Room 204 desk 1", "interface ethernet 1/1/1\n port-name Room 204 desk 1\n inline power"));
    }

    [Fact]
    public void Parse_Icx0890_ReadsVlanMembership()
    {
        var config = RunningConfig.Parse(Icx, 1, null);

        config.Vlans.Select(v => (v.VlanId, v.Name)).Should().Equal(("1", "DEFAULT-VLAN"), ("20", "Users"), ("30", "Voice"));
        config.Vlans[1].Untagged.Should().Equal("1/1/1", "1/1/2", "1/1/3", "1/1/4");
        config.Vlans[2].Tagged.Should().Equal("1/1/1", "1/1/2", "1/1/3", "1/1/4", "1/2/1");
    }

    [Fact]
    public void Parse_NoAuthenticationSection_FallsBackToTheOriginalLineList()
    {
        const string text = """
            dot1x-enable
             re-authentication
             enable ethe 1/1/1 to 1/1/24
            !
            mac-authentication enable
            mac-authentication   dot1x-override
            interface ethernet 1/1/5
             dot1x port-control auto
             mac-authentication enable
            !
            """;

        var config = RunningConfig.Parse(text, 1, null);

        config.AuthBlock.Should().Be("re-authentication\nmac-authentication enable\nmac-authentication dot1x-override\ndot1x port-control auto");
        config.Dot1xPorts.Should().Equal("1/1/5");
        config.MacAuthPorts.Should().Equal("1/1/5");
    }

    [Fact]
    public void Parse_NothingRecognisable_Reports()
    {
        var reports = new ReportCollector();

        RunningConfig.Parse("Invalid input -> running-config\n", 4, reports.Report);

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(4);
    }
}
