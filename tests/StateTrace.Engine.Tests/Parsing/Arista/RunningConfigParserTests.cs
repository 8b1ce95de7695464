using StateTrace.Engine.Parsing.Arista;

namespace StateTrace.Engine.Tests.Parsing.Arista;

public class RunningConfigParserTests
{
    internal const string Config = """
        ! Command: show running-config
        ! device: NYC-LEAF-01 (DCS-7050SX-64, EOS-4.27.6M)
        !
        hostname NYC-LEAF-01
        !
        snmp-server location Bldg_12_Floor_3_Room_301_Row_B_Rack_7
        !
        aaa authentication dot1x default group radius
        dot1x system-auth-control
        dot1x
           mac based authentication delay 30
        !
        interface Port-Channel49
           description Core: dr01-dr02
           switchport mode trunk
        !
        interface Ethernet1
           description Room 301 desk 1
           switchport access vlan 20
           dot1x pae authenticator
           dot1x port-control auto
           dot1x mac based authentication
           dot1x authentication failure action traffic allow vlan 999
        !
        interface Ethernet2
           dot1x pae authenticator
           dot1x port-control auto
        !
        interface Ethernet3
           dot1x port-control auto
           dot1x eapol disabled
           dot1x mac based authentication
        !
        interface Ethernet4
           shutdown
        !
        interface Management1
           ip address 10.0.0.11/24
        !
        end
        """;

    [Fact]
    public void Parse_EosConfig_ReadsDeviceLines()
    {
        var config = RunningConfigParser.Parse(Config, 1, null);

        config.Hostname.Should().Be("NYC-LEAF-01");
        config.Location.Should().Be("Bldg_12_Floor_3_Room_301_Row_B_Rack_7");
        config.AuthDefaultVlan.Should().Be("999");
        config.AuthBlock.Should().Be("aaa authentication dot1x default group radius\ndot1x system-auth-control\ndot1x\n   mac based authentication delay 30");
    }

    [Fact]
    public void Parse_InterfaceBlocks_EndAtBangAndKeepHeader()
    {
        var config = RunningConfigParser.Parse(Config, 1, null);

        config.Interfaces.Select(i => i.Interface).Should().Equal("Port-Channel49", "Ethernet1", "Ethernet2", "Ethernet3", "Ethernet4", "Management1");
        config.Interfaces[0].Should().Be(new AristaInterfaceConfig(
            "Port-Channel49", "Core: dr01-dr02", "open", "interface Port-Channel49\n   description Core: dr01-dr02\n   switchport mode trunk"));
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
    public void Parse_CrLfConfig_ConfigIsLfJoined()
    {
        var config = RunningConfigParser.Parse("interface Ethernet7\r\n   description a\r\n!\r\n", 1, null);

        config.Interfaces.Should().ContainSingle().Which.Config.Should().Be("interface Ethernet7\n   description a");
    }

    [Fact]
    public void Parse_NotAConfig_ReportsOnce()
    {
        var reports = new ReportCollector();

        RunningConfigParser.Parse("% Invalid input\n", 4, reports.Report).Interfaces.Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(4);
    }
}
