using System.Text;

namespace StateTrace.Engine.Tests.Parsing.Nxos;

/// <summary>Damaged input for the robustness tests: lines replaced, cut, doubled or stripped of their spaces.</summary>
internal static class Fuzz
{
    public static readonly string[] HostileLines =
    [
        "", "\r", "\n\n\r\r\n", "\0\0\0", "interface", "interface ", "Port", "Port Name Status Vlan", "Port Name Status\nEth1/1 x",
        "Port Name Status\nfc1/1 is", "Port Name Status\nfc1/1 is up (", "Interface Name Status Reason\nTunnel1", "Interface Name Status Reason\nT x down",
        "Ethernet VLAN Type Mode Status Reason Speed Port", "Ethernet VLAN Type Mode Status Reason Speed Port\nEth1/1 a b c d e f g h i j",
        "Interface Status Peer IP Address VC ID\npw1 up", "Port Status IP Peer", "IP Status", "Port Status Peer",
        "Device ID:", "Device ID:x\nInterface:", "Device ID:x\nVersion:", "Device ID:x\nMgmt address(es):\n IPv4 Address:",
        "Chassis id:", "Chassis id:\nLocal Port id:", "Management Address:", "* 1 0000.0000.0000", "* 1 0000.0000.0000 dynamic",
        "0000.0000.0000 x y", "VLAN MAC Address Type", "VLAN MAC Address Type\n1 0000.0000.0000 s", "  NXOS: version", "  NXOS:",
        "Hardware\n  cisco ", "Hardware\n  cisco (x)", "Kernel uptime is ", "hostname", "switchname", "snmp-server location",
        "VLAN Name Status Ports", new string(' ', 10_000), new string('-', 5000), "\u00ff\ufffd\u202e", "Eth1/1 " + new string('x', 70_000),
        string.Join(' ', Enumerable.Repeat("full", 200)), string.Join(' ', Enumerable.Repeat("0000.0000.0000", 100)),
    ];

    private const string Alphabet = "abcdefEt0123456789./:-_ ()\"#>*+|\t";

    public static string MutateLines(string raw, Random random)
    {
        var lines = raw.Split('\n');
        var output = new StringBuilder(raw.Length + 64);
        foreach (var line in lines)
        {
            switch (random.Next(12))
            {
                case 0:
                    output.Append(Garbage(random, random.Next(60)));
                    break;
                case 1:
                    output.Append(line.AsSpan(0, random.Next(line.Length + 1)));
                    break;
                case 2:
                    output.Append(line).Append('\n').Append(line);
                    break;
                case 3:
                    output.Append(line.Replace(" ", "", StringComparison.Ordinal));
                    break;
                default:
                    output.Append(line);
                    break;
            }

            output.Append('\n');
        }

        return output.ToString();
    }

    private static string Garbage(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }
}
