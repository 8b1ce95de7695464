using System.Globalization;
using System.Text;

namespace StateTrace.Benchmarks;

/// <summary>A realistic multi-host Cisco session log for the split benchmark, built in memory.</summary>
internal static class SessionText
{
    public static string Build(int hosts)
    {
        var text = new StringBuilder();
        for (var h = 0; h < hosts; h++)
        {
            var host = string.Create(CultureInfo.InvariantCulture, $"SITE{h % 5}-B01-AS-{h:D3}");
            text.Append(host).Append("#show running-config\nBuilding configuration...\n\n");
            for (var p = 1; p <= 48; p++)
            {
                text.Append(CultureInfo.InvariantCulture, $"interface GigabitEthernet1/0/{p}\n description User port {p}\n switchport access vlan 10\n")
                    .Append(" switchport mode access\n authentication port-control auto\n mab\n dot1x pae authenticator\n spanning-tree portfast\n!\n");
            }

            text.Append(host).Append("#show interfaces status\n\nPort      Name               Status       Vlan       Duplex  Speed Type\n");
            for (var p = 1; p <= 48; p++)
            {
                text.Append(CultureInfo.InvariantCulture, $"Gi1/0/{p,-4}  User port {p,-8} connected    10         a-full a-1000 10/100/1000BaseTX\n");
            }
        }

        return text.ToString();
    }
}
