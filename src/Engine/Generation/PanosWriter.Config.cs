using System.Text;

namespace StateTrace.Engine.Generation;

internal sealed partial class PanosWriter
{
    private static void WriteConfig(HostPlan host, PanosDevice device, StringBuilder c)
    {
        c.Line("config {");
        c.Line("  mgt-config {");
        c.Line("    users {");
        c.Line("      admin {");
        c.Append("        phash $5$").Append(device.Salt).Line("$0vLrT1bX0cV8aZr2LkP5yHwS4nE7uJ6gD9fB1oI0tA;");
        c.Line("        permissions {");
        c.Line("          role-based {");
        c.Line("            superuser yes;");
        c.Line("          }");
        c.Line("        }");
        c.Line("      }");
        c.Line("    }");
        c.Line("  }");
        c.Line("  devices {");
        c.Line("    localhost.localdomain {");
        c.Line("      network {");
        c.Line("        interface {");
        c.Line("          ethernet {");
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var port = host.Ports[i];
            c.Append("            ").Append(PortName(i)).Line(" {");
            c.Line("              layer3 {");
            var address = PanosDevice.Address(host, port);
            if (address != "N/A")
            {
                c.Line("                ip {");
                c.Append("                  ").Append(address).Line(";");
                c.Line("                }");
                c.Line(port.Role == PortRole.Untrust ? "                interface-management-profile ping-only;" : "                interface-management-profile allow-mgmt;");
            }

            c.Line("                lldp {");
            c.Line(port.Neighbor == NeighborKind.Distribution || port.Role == PortRole.Trust ? "                  enable yes;" : "                  enable no;");
            c.Line("                }");
            c.Line("              }");
            if (port.Description.Length > 0)
            {
                c.Append("              comment \"").Append(port.Description).Line("\";");
            }

            c.Line("            }");
        }

        c.Line("          }");
        c.Line("        }");
        c.Line("        virtual-router {");
        c.Line("          default {");
        c.Append("            interface [ ").Append(string.Join(' ', Enumerable.Range(0, host.Ports.Length).Where(i => Zone(host.Ports[i]).Length > 0).Select(PortName))).Line(" ];");
        c.Line("            routing-table {");
        c.Line("              ip {");
        c.Line("                static-route {");
        c.Line("                  default-route {");
        c.Append("                    nexthop {\n                      ip-address ").Append(device.OutsideGateway).Line(";\n                    }");
        c.Append("                    interface ").Append(PortName(0)).Line(";");
        c.Line("                    destination 0.0.0.0/0;");
        c.Line("                  }");
        c.Line("                  campus {");
        c.Append("                    nexthop {\n                      ip-address ").Append(PanosDevice.TrustPeer(host)).Line(";\n                    }");
        c.Append("                    interface ").Append(PortName(Math.Min(2, host.Ports.Length - 1))).Line(";");
        c.Append(Invariant, $"                    destination 10.{host.SiteOctet}.0.0/16;\n");
        c.Line("                  }");
        c.Line("                }");
        c.Line("              }");
        c.Line("            }");
        c.Line("          }");
        c.Line("        }");
        c.Line("      }");
        c.Line("      deviceconfig {");
        c.Line("        system {");
        c.Append("          hostname ").Append(host.Hostname).Line(";");
        c.Append("          ip-address ").Append(host.ManagementAddress).Line(";");
        c.Line("          netmask 255.255.255.0;");
        c.Append("          default-gateway ").Append(host.ManagementGateway).Line(";");
        c.Line("          timezone US/Eastern;");
        c.Line("          ntp-servers {");
        c.Line("            primary-ntp-server {");
        c.Append(Invariant, $"              ntp-server-address 10.{host.SiteOctet}.10.5;\n");
        c.Line("            }");
        c.Line("          }");
        c.Line("          snmp-setting {");
        c.Line("            snmp-system {");
        c.Append("              location ").Append(host.Location).Line(";");
        c.Line("              contact \"Network Operations x5500\";");
        c.Line("            }");
        c.Line("          }");
        c.Line("        }");
        c.Line("      }");
        c.Line("      vsys {");
        c.Line("        vsys1 {");
        c.Line("          zone {");
        foreach (var zone in new[] { "untrust", "trust", "dmz", "guest" })
        {
            var members = Enumerable.Range(0, host.Ports.Length).Where(i => Zone(host.Ports[i]) == zone).Select(PortName).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            c.Append("            ").Append(zone).Line(" {");
            c.Line("              network {");
            c.Append("                layer3 [ ").Append(string.Join(' ', members)).Line(" ];");
            c.Line("              }");
            c.Line("            }");
        }

        c.Line("          }");
        c.Line("        }");
        c.Line("      }");
        c.Line("    }");
        c.Line("  }");
        c.Line("}");
        c.Line();
    }
}
