using StateTrace.Engine.Parsing.Cisco;

namespace StateTrace.Engine.Tests.Parsing.Cisco;

public class RunningConfigParserTests
{
    internal const string Config = """
        Building configuration...

        Current configuration : 4211 bytes
        !
        version 16.12
        hostname WLLS-A01-AS-01
        !
        authentication mac-move permit
        dot1x system-auth-control
        dot1x guest-vlan supplicant
        !
        interface Port-channel1
         description Uplink to WLLS-A01-DS-01
         switchport mode trunk
        !
        interface GigabitEthernet1/0/1
         description Room 204 desk 1
         switchport access vlan 20
         switchport mode access
         authentication event fail action next-method
         authentication order mab dot1x
         authentication priority dot1x mab
         authentication port-control auto
         mab
         dot1x pae authenticator
         dot1x timeout tx-period 5
        !
        interface GigabitEthernet1/0/2
         switchport access vlan 20
         authentication port-control auto
         dot1x pae authenticator
         dot1x guest-vlan 999
        interface GigabitEthernet1/0/3
         switchport access vlan 30
         authentication order mab dot1x
         mab
        interface GigabitEthernet1/0/4
         switchport access vlan 40
        interface Vlan20
         ip address 10.20.0.2 255.255.255.0
        !
        snmp-server location Bldg_5_Floor_2_Room_204_Row_C_Rack_7
        snmp-server location second-location-ignored
        end
        """;

    [Fact]
    public void Parse_InterfaceBlocks_EndAtBangNextInterfaceOrGlobalLine()
    {
        var config = RunningConfigParser.Parse(Config, 1, null);

        config.Interfaces.Select(i => i.Interface).Should().Equal(
            "Port-channel1", "GigabitEthernet1/0/1", "GigabitEthernet1/0/2", "GigabitEthernet1/0/3", "GigabitEthernet1/0/4", "Vlan20");
        config.Interfaces[2].Config.Should().Be(
            "interface GigabitEthernet1/0/2\n switchport access vlan 20\n authentication port-control auto\n dot1x pae authenticator\n dot1x guest-vlan 999");
        config.Interfaces[4].Config.Should().Be("interface GigabitEthernet1/0/4\n switchport access vlan 40");
        config.Interfaces[5].Config.Should().Be("interface Vlan20\n ip address 10.20.0.2 255.255.255.0");
    }

    [Fact]
    public void Parse_Descriptions_ReadPerInterface()
    {
        var config = RunningConfigParser.Parse(Config, 1, null);

        config.Interfaces[0].Description.Should().Be("Uplink to WLLS-A01-DS-01");
        config.Interfaces[1].Description.Should().Be("Room 204 desk 1");
        config.Interfaces[2].Description.Should().BeEmpty();
    }

    [Fact]
    public void Parse_AuthTemplates_FlexibleDot1xMacauthOpen()
    {
        var config = RunningConfigParser.Parse(Config, 1, null);

        config.Interfaces.Select(i => i.AuthTemplate).Should().Equal("open", "flexible", "dot1x", "macauth", "open", "open");
        config.Interfaces[1].MissingAuthCmds.Should().Be("dot1x timeout quiet-period 90");
        config.Interfaces[2].MissingAuthCmds.Should().BeEmpty("only flexible ports are checked against the dual template");
    }

    [Fact]
    public void Parse_GlobalLines_HostnameLocationAuthBlockAndGuestVlan()
    {
        var config = RunningConfigParser.Parse(Config, 1, null);

        config.Hostname.Should().Be("WLLS-A01-AS-01");
        config.Location.Should().Be("Bldg_5_Floor_2_Room_204_Row_C_Rack_7");
        config.AuthBlock.Should().Be("authentication mac-move permit\ndot1x system-auth-control\ndot1x guest-vlan supplicant");
        config.AuthDefaultVlan.Should().Be("999");
    }

    [Fact]
    public void Parse_CrlfCapture_ConfigIsLfJoined()
    {
        var config = RunningConfigParser.Parse("interface GigabitEthernet1/0/5\r\n description printer\r\n mab\r\n!\r\n", 1, null);

        config.Interfaces.Should().ContainSingle();
        config.Interfaces[0].Config.Should().Be("interface GigabitEthernet1/0/5\n description printer\n mab");
        config.Interfaces[0].Description.Should().Be("printer");
        config.Interfaces[0].AuthTemplate.Should().Be("macauth");
    }

    [Fact]
    public void Parse_TruncatedAtEndOfCapture_KeepsLastBlock()
    {
        var config = RunningConfigParser.Parse("interface TenGigabitEthernet1/1/1\n description uplink", 1, null);

        config.Interfaces.Should().ContainSingle().Which.Config.Should().Be("interface TenGigabitEthernet1/1/1\n description uplink");
    }

    [Fact]
    public void Parse_AuthDefaultVlanKeyword_ReadsNumber()
    {
        RunningConfigParser.Parse("hostname a\nauth-default-vlan 77\n", 1, null).AuthDefaultVlan.Should().Be("77");
        RunningConfigParser.Parse("hostname a\ndot1x guest-vlan supplicant\n", 1, null).AuthDefaultVlan.Should().BeEmpty();
    }

    [Fact]
    public void Parse_ErrorInsteadOfConfig_ReportsOnce()
    {
        var reports = new ReportCollector();

        var config = RunningConfigParser.Parse("                ^\n% Invalid input detected at '^' marker.\n", 12, reports.Report);

        config.Interfaces.Should().BeEmpty();
        reports.Items.Should().ContainSingle().Which.Line.Should().Be(12);
    }
}
