using System.Text;

namespace StateTrace.Engine.Tests.Parsing.Arista;

/// <summary>Damaged input for the robustness tests: lines replaced, cut, doubled or stripped of their spaces.</summary>
internal static class Fuzz
{
    public static readonly string[] HostileLines =
    [
        "", "\r", "\n\n\r\r\n", "\0\0\0", "interface", "interface ", "Port", "Port Name Status Vlan", "Port Name Status Vlan\nEt1 in",
        "Port Name Status Vlan\nEt1 x in Po", " is ", "is is is", ", line protocol is ", "Et1 is up, line protocol is up\n  Hardware is ",
        "  IP MTU", "  MTU bytes", "  Full-duplex,", "System information", "System information\n x", "System has 1 transceiver slots\n 1 a b",
        "Interface Ethernet1 detected 1 LLDP neighbors:\n  Neighbor ", "  Neighbor /", "Neighbor 0000.0000.0001/\"x\", age ",
        "  - Port ID :", "- :", "1 0000.0000.0000", "1 0000.0000.0000 STATIC", "Vlan Mac Address Type Ports",
        "Multicast Mac Address Table\n1 0000.0000.0000 STATIC", "Port Supplicant MAC", "Port Supplicant\nEt1 0000.0000.0001",
        "dot1x", "dot1x\n   x", "hostname", "snmp-server location", "Software image version:", "Arista ", "VLAN Name Status Ports",
        new string(' ', 10_000), new string('-', 5000), "\u00ff\ufffd\u202e", "Et1 " + new string('x', 70_000),
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
