using StateTrace.Engine.Parsing.Aruba;

namespace StateTrace.Engine.Tests.Parsing.Aruba;

public class RunningConfigTests
{
    [Fact]
    public void Parse_InterfaceBlocks_EndAtExitOrColumnZeroAndNameAsOperationalCommands()
    {
        var config = RunningConfig.Parse(ArubaSamples.RunningConfig, 1, null);

        config.Hostname.Should().Be("WLLS-A01-AS-02");
        config.Location.Should().Be("Bldg_5_Floor_2_Room_204");
        config.Interfaces.Select(i => i.Interface).Should().Equal("1/1/1", "1/1/2", "1/1/3", "1/1/49", "lag1", "vlan20");
        config.Interfaces[0].Config.Should().StartWith("interface 1/1/1\n    no shutdown").And.EndWith("        enable")
            .And.NotContain("exit");
        config.Interfaces[5].Config.Should().Be("interface vlan 20\n    ip address 10.20.0.2/24");
    }

    [Theory]
    [InlineData(0, "flexible", "20")]
    [InlineData(1, "dot1x", "20")]
    [InlineData(2, "macauth", "1")]
    [InlineData(3, "open", "trunk")]
    [InlineData(5, "open", "routed")]
    public void Parse_PortAccessLines_GiveTemplateAndVlan(int index, string template, string vlan)
    {
        var port = RunningConfig.Parse(ArubaSamples.RunningConfig, 1, null).Interfaces[index];

        port.AuthTemplate.Should().Be(template);
        port.Vlan.Should().Be(vlan);
    }

    [Fact]
    public void Parse_GlobalPortAccess_KeptAsAuthBlockWithNestedLines()
    {
        var config = RunningConfig.Parse(ArubaSamples.RunningConfig, 1, null);

        config.AuthBlock.Should().Be(
            "aaa authentication port-access dot1x authenticator\n    radius server-group NAC\n    enable\n"
            + "aaa authentication port-access mac-auth\n    enable");
        config.Interfaces[2].Shutdown.Should().BeTrue();
    }

    [Fact]
    public void Parse_NoHostnameNoInterfaces_ReportsFirstLine()
    {
        var reports = new ReportCollector();

        RunningConfig.Parse("% Invalid input detected at '^' marker.\n", 9, reports.Report);

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(9);
    }
}
