using StateTrace.Engine.Parsing.Nxos;

namespace StateTrace.Engine.Tests.Parsing.Nxos;

public class RunningConfigParserTests
{
    internal const string Config = """

        !Command: show running-config
        !Running configuration last done at: Tue Jun  4 10:12:44 2024
        !Time: Tue Jun  4 10:20:01 2024

        version 9.3(8) Bios:version 05.45
        hostname DC1-LEAF-01
        feature lacp
        feature dot1x
        dot1x system-auth-control
        snmp-server location Bldg_7_Floor_1_Room_102

        interface port-channel10
          description vPC peer-link
          switchport mode trunk
          vpc peer-link

        interface Ethernet1/1
          description managed by puppet
          no switchport
          dot1x port-control auto
          dot1x mac-auth-bypass

        interface Ethernet1/2
          dot1x pae authenticator
          dot1x port-control auto

        interface Ethernet1/3
          dot1x mac-auth-bypass eap

        interface Ethernet1/4
          switchport access vlan 20

        interface mgmt0
          vrf member management
          ip address 10.1.100.220/24
        line console
        """;

    [Fact]
    public void Parse_NxosConfig_ReadsDeviceLines()
    {
        var config = RunningConfigParser.Parse(Config, 1, null);

        config.Hostname.Should().Be("DC1-LEAF-01");
        config.Location.Should().Be("Bldg_7_Floor_1_Room_102");
        config.AuthBlock.Should().Be("feature dot1x\ndot1x system-auth-control");
    }

    [Fact]
    public void Parse_InterfaceBlocks_EndAtBlankOrGlobalLine()
    {
        var config = RunningConfigParser.Parse(Config, 1, null);

        config.Interfaces.Select(i => i.Interface).Should().Equal("port-channel10", "Ethernet1/1", "Ethernet1/2", "Ethernet1/3", "Ethernet1/4", "mgmt0");
        config.Interfaces[0].Should().Be(new NxosInterfaceConfig(
            "port-channel10", "vPC peer-link", "open", "interface port-channel10\n  description vPC peer-link\n  switchport mode trunk\n  vpc peer-link"));
        config.Interfaces[5].Config.Should().EndWith("ip address 10.1.100.220/24");
    }

    [Theory]
    [InlineData(1, "flexible")]
    [InlineData(2, "dot1x")]
    [InlineData(3, "macauth")]
    [InlineData(4, "open")]
    public void Parse_Dot1xLines_GiveTheTemplate(int block, string template)
    {
        RunningConfigParser.Parse(Config, 1, null).Interfaces[block].AuthTemplate.Should().Be(template);
    }

    [Fact]
    public void Parse_SwitchnameOnOlderReleases_IsTheHostname()
    {
        RunningConfigParser.Parse("switchname N5K-A\ninterface Ethernet1/1\n", 1, null).Hostname.Should().Be("N5K-A");
    }

    [Fact]
    public void Parse_NotAConfig_ReportsOnce()
    {
        var reports = new ReportCollector();

        RunningConfigParser.Parse("% Permission denied\n", 6, reports.Report).Interfaces.Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(6);
    }
}
