using StateTrace.Engine.Parsing.PaloAlto;

namespace StateTrace.Engine.Tests.Parsing.PaloAlto;

public class ConfigRunningTests
{
    // PAN-OS 10.x "show config running": a certificate whose value runs over lines, a comment holding braces and a
    // semicolon, units under layer3, an aggregate, the main loopback's own address and units, and zone lists.
    internal const string Brace = """
        config {
          mgt-config {
            users {
              admin {
                phash $5$abc;
                permissions {
                  role-based {
                    superuser yes;
                  }
                }
              }
            }
          }
          shared {
            certificate {
              root-ca {
                common-name root-ca;
                public-key "-----BEGIN CERTIFICATE-----
        MIIDXTCCAkWgAwIBAgIJAJC1HiIAZAiIMA0GCSqGSIb3DQEBCwUAMEUxCzAJBgNV
        -----END CERTIFICATE-----
        ";
              }
            }
          }
          devices {
            localhost.localdomain {
              network {
                interface {
                  ethernet {
                    ethernet1/1 {
                      layer3 {
                        ip {
                          203.0.113.2/29;
                        }
                        interface-management-profile ping-only;
                      }
                      comment "Uplink to ISP-A {circuit 1234}; primary";
                    }
                    ethernet1/2 {
                      layer3 {
                        units {
                          ethernet1/2.10 {
                            tag 10;
                            comment Guest;
                          }
                        }
                      }
                      comment "Trunk to core";
                    }
                    ethernet1/3 {
                      aggregate-group ae1;
                    }
                  }
                  aggregate-ethernet {
                    ae1 {
                      layer3 {
                        ip {
                          10.1.1.1/30;
                        }
                      }
                      comment "LACP to dist";
                    }
                  }
                  loopback {
                    ip {
                      10.255.255.1;
                    }
                    units {
                      loopback.1 {
                        comment "router id";
                      }
                    }
                  }
                }
                virtual-router {
                  default {
                    interface [ ethernet1/1 ethernet1/2 ethernet1/2.10 ];
                  }
                }
              }
              deviceconfig {
                system {
                  hostname WLLS-FW-01;
                }
              }
              vsys {
                vsys1 {
                  zone {
                    trust {
                      network {
                        layer3 [ ethernet1/2 ];
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """;

    // The same configuration after "set cli config-output-format set".
    internal const string Set = """
        set mgt-config users admin phash $5$abc
        set deviceconfig system hostname WLLS-FW-01
        set network interface ethernet ethernet1/1 layer3 ip 203.0.113.2/29
        set network interface ethernet ethernet1/1 layer3 interface-management-profile ping-only
        set network interface ethernet ethernet1/1 comment "Uplink to ISP-A {circuit 1234}; primary"
        set network interface ethernet ethernet1/2 layer3 units ethernet1/2.10 tag 10
        set network interface ethernet ethernet1/2 layer3 units ethernet1/2.10 comment Guest
        set network interface ethernet ethernet1/2 comment "Trunk to core"
        set network interface ethernet ethernet1/3 aggregate-group ae1
        set network interface aggregate-ethernet ae1 layer3 ip 10.1.1.1/30
        set network interface aggregate-ethernet ae1 comment "LACP to dist"
        set network interface loopback ip 10.255.255.1
        set network interface loopback units loopback.1 comment "router id"
        set network virtual-router default interface [ ethernet1/1 ethernet1/2 ethernet1/2.10 ]
        set zone trust network layer3 ethernet1/2
        """;

    [Theory]
    [InlineData(Brace)]
    [InlineData(Set)]
    public void Parse_EitherForm_EveryInterfaceWithItsComment(string text)
    {
        var reports = new ReportCollector();

        var interfaces = ConfigRunning.Parse(text, 1, reports.Report);

        reports.Items.Should().BeEmpty();
        interfaces.Select(i => (i.Interface, i.Comment)).Should().Equal(
            ("ethernet1/1", "Uplink to ISP-A {circuit 1234}; primary"),
            ("ethernet1/2", "Trunk to core"),
            ("ethernet1/2.10", "Guest"),
            ("ethernet1/3", ""),
            ("ae1", "LACP to dist"),
            ("loopback.1", "router id"));
    }

    [Fact]
    public void Parse_BraceForm_ConfigIsTheInterfaceBlockAsCaptured()
    {
        var interfaces = ConfigRunning.Parse(Brace, 1, null);

        var sp12 = new string(' ', 12);
        interfaces[2].Config.Should().Be(sp12 + "      ethernet1/2.10 {\n" + sp12 + "        tag 10;\n" + sp12 + "        comment Guest;\n" + sp12 + "      }");
        interfaces[1].Config.Should().StartWith(sp12 + "ethernet1/2 {\n" + sp12 + "  layer3 {")
            .And.Contain("ethernet1/2.10 {").And.EndWith("comment \"Trunk to core\";\n" + sp12 + "}");
        interfaces[3].Config.Should().Be(sp12 + "ethernet1/3 {\n" + sp12 + "  aggregate-group ae1;\n" + sp12 + "}");
    }

    [Fact]
    public void Parse_SetForm_ConfigIsTheInterfacesSetLines()
    {
        var interfaces = ConfigRunning.Parse(Set, 1, null);

        interfaces[0].Config.Should().Be(
            "set network interface ethernet ethernet1/1 layer3 ip 203.0.113.2/29\n"
            + "set network interface ethernet ethernet1/1 layer3 interface-management-profile ping-only\n"
            + "set network interface ethernet ethernet1/1 comment \"Uplink to ISP-A {circuit 1234}; primary\"");
        interfaces[2].Config.Should().Be(
            "set network interface ethernet ethernet1/2 layer3 units ethernet1/2.10 tag 10\n"
            + "set network interface ethernet ethernet1/2 layer3 units ethernet1/2.10 comment Guest");
        interfaces[1].Config.Split('\n').Should().HaveCount(3, "the port's lines include its units'");
    }

    [Fact]
    public void Parse_SetLinesOfATemplate_AreReadAfterTheirPrefix()
    {
        var interfaces = ConfigRunning.Parse(
            "set template branch config devices localhost.localdomain network interface ethernet ethernet1/5 comment \"WAN 2\"", 1, null);

        interfaces.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Interface = "ethernet1/5", Comment = "WAN 2" });
    }

    [Fact]
    public void Parse_CaptureCutAtTheEnd_KeepsTheOpenInterface()
    {
        var cut = Brace[..(Brace.IndexOf("aggregate-group ae1;", StringComparison.Ordinal) + "aggregate-group ae1;".Length)];

        var interfaces = ConfigRunning.Parse(cut, 1, null);

        interfaces.Select(i => i.Interface).Should().Equal("ethernet1/1", "ethernet1/2", "ethernet1/2.10", "ethernet1/3");
        interfaces[3].Config.Should().StartWith("            ethernet1/3 {\n              aggregate-group ae1;");
    }

    [Fact]
    public void Parse_CaptureCutAtTheStart_ReportsTheStrayBraceOnceAndReadsTheRest()
    {
        var cut = "          }\n        }\n      }\n" + Brace;
        var reports = new ReportCollector();

        var interfaces = ConfigRunning.Parse(cut, 10, reports.Report);

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(10);
        interfaces.Should().HaveCount(6);
    }

    [Fact]
    public void Parse_ConfigurationWithoutInterfaces_SaysSo()
    {
        var reports = new ReportCollector();

        var interfaces = ConfigRunning.Parse("<response status=\"success\"><result><config/></result></response>", 3, reports.Report);

        interfaces.Should().BeEmpty();
        reports.Items.Should().ContainSingle().Which.Reason.Should().Contain("no network interface");
    }

    [Theory]
    [InlineData("ethernet1/1", true)]
    [InlineData("ethernet1/1.10", true)]
    [InlineData("ae1", true)]
    [InlineData("loopback.1", true)]
    [InlineData("ip", false)]
    [InlineData("ipv6", false)]
    [InlineData("units", false)]
    [InlineData("ae", false)]
    public void IsPortName_BlockUnderAnInterfaceKind_TellsPortsFromSettings(string name, bool expected)
    {
        ConfigRunning.IsPortName(name).Should().Be(expected);
    }
}
