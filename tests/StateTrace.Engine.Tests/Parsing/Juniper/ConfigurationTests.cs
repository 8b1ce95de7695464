using StateTrace.Engine.Parsing.Juniper;

namespace StateTrace.Engine.Tests.Parsing.Juniper;

public class ConfigurationTests
{
    [Theory]
    [InlineData(JunosSamples.BraceConfiguration)]
    [InlineData(JunosSamples.SetConfiguration)]
    public void Parse_EitherForm_SameFacts(string text)
    {
        var reports = new ReportCollector();

        var config = Configuration.Parse(text, 1, reports.Report);

        reports.Items.Should().BeEmpty();
        config.Hostname.Should().Be("WLLS-A01-EX-01");
        config.Location.Should().Be("Bldg_5_Floor_2_Room_204");
        config.AuthDefaultVlan.Should().Be("99");
        config.Vlans.Should().Equal(new JunosConfigVlan("guest", "99"), new JunosConfigVlan("users", "20"), new JunosConfigVlan("voice", "30"));
        config.Interfaces.Select(i => (i.Interface, i.Description, i.Vlan, i.AuthTemplate)).Should().Equal(
            ("ge-0/0/0", "Room 204 desk 1", "20", "flexible"),
            ("ge-0/0/1", "AP; ceiling", "trunk", "dot1x"),
            ("ge-0/0/2", "", "20", "macauth"),
            ("ge-0/0/3", "", "", "open"),
            ("xe-0/1/0", "", "", "open"),
            ("ae0", "uplink to WLLS-A01-DS-01", "trunk", "open"),
            ("irb", "", "routed", "open"));
        config.Interfaces[3].Disabled.Should().BeTrue();
        config.AuthBlock.Should().Contain("protocols dot1x authenticator interface ge-0/0/0.0 mac-radius");
    }

    [Fact]
    public void Parse_BraceForm_ConfigIsTheInterfaceBlock()
    {
        var config = Configuration.Parse(JunosSamples.BraceConfiguration, 1, null);

        config.Interfaces[0].Config.Should().Be("""
                ge-0/0/0 {
                    description "Room 204 desk 1";
                    unit 0 {
                        family ethernet-switching {
                            interface-mode access;
                            vlan {
                                members users;
                            }
                        }
                    }
                }
            """);
    }

    [Fact]
    public void Parse_SetForm_ConfigIsTheInterfaceSetLines()
    {
        var config = Configuration.Parse(JunosSamples.SetConfiguration, 1, null);

        config.Interfaces[0].Config.Should().Be(
            "set interfaces ge-0/0/0 description \"Room 204 desk 1\"\n"
            + "set interfaces ge-0/0/0 unit 0 family ethernet-switching interface-mode access\n"
            + "set interfaces ge-0/0/0 unit 0 family ethernet-switching vlan members users");
    }

    [Fact]
    public void Parse_UnbalancedAndStrayLines_ReportedAndSkipped()
    {
        var reports = new ReportCollector();

        var config = Configuration.Parse("}\ninterfaces {\n    ge-0/0/0 {\n        description x;\n  garbage\n", 10, reports.Report);

        config.Interfaces.Should().ContainSingle().Which.Description.Should().Be("x");
        reports.Items.Select(i => i.Line).Should().Equal(10, 14);
    }
}
