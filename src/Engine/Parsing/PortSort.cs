using System.Collections.Concurrent;
using System.Text;

namespace StateTrace.Engine.Parsing;

/// <summary>
/// A sort key that orders ports naturally and across vendors: <c>Gi1/0/2</c> before <c>Gi1/0/10</c>, Juniper
/// <c>ge-0/0/2</c> before <c>ge-0/0/10</c>, 400G before 100G before 40G, management and port-channels first, VLAN and
/// loopback interfaces last. Keys compare ordinally: <c>WW-TYPE-nnnnn-nnnnn-…</c> (weight, family, numbers). A single
/// letter among the numbers is a number too (A = 1 … Z = 26): ProCurve chassis modules (<c>A1</c> … <c>F24</c>,
/// <c>1/A18</c> on a VSF stack) and PAN-OS <c>ha1-a</c>/<c>ha1-b</c>.
/// </summary>
public static class PortSort
{
    private const int MinSegments = 4;
    private const int MaxSegments = 8;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.OrdinalIgnoreCase);

    // Family, weight, and the spellings vendors print (compared upper-case with '-', '_' and spaces removed).
    private static readonly (string Family, int Weight, string[] Names)[] Families =
    [
        // Junos vme (the virtual-chassis management port), PAN-OS HA links and the HSCI port.
        ("MGMT", 5, ["MGMT", "MANAGEMENT", "MA", "ME", "FXP", "EM", "VME", "HA", "HSCI"]),
        // Junos reth (SRX redundant Ethernet), FastIron lg (LAG).
        ("PO", 10, ["PO", "PORTCHANNEL", "AE", "LAG", "TRK", "BAGG", "RETH", "LG"]),
        ("TH", 21, ["TH", "FOURHUNDREDGIGE", "FOURHUNDREDGIGABITETHERNET", "FH"]),
        ("TWH", 22, ["TWOHUNDREDGIGE", "TWOHUNDREDGIGABITETHERNET"]),
        ("HU", 23, ["HU", "HUNDREDGIGE", "HUNDREDGIGABITETHERNET"]),
        ("FI", 24, ["FI", "FIFTYGIGE", "FIFTYGIGABITETHERNET"]),
        ("FO", 24, ["FO", "FORTYGIGE", "FORTYGIGABITETHERNET", "XLE", "FTE"]),
        ("TW", 26, ["TWE", "TWENTYFIVEGIGE", "TWENTYFIVEGIGABITETHERNET"]),
        ("TE", 25, ["TE", "TENGIGE", "TENGIGABITETHERNET", "XE"]),
        ("ET", 30, ["ET", "ETH", "ETHERNET", "ETHE", "E"]),
        // Cisco prints TwoGigabitEthernet as "Tw" and TwentyFiveGigE as "Twe" (Catalyst 9300 mGig and uplink ports).
        ("MG", 35, ["MULTIGIGABITETHERNET", "MGIGABITETHERNET", "TWOGIGABITETHERNET", "TWO", "TW", "MU", "MGE"]),
        ("GI", 40, ["GI", "GIGABITETHERNET", "GE", "GIG"]),
        ("FA", 50, ["FA", "FASTETHERNET", "FE"]),
        // FastIron tn (tunnel), ve (virtual routing interface) and lb (loopback).
        ("TU", 90, ["TU", "TUNNEL", "TN"]),
        ("VL", 97, ["VL", "VLAN", "IRB", "VE"]),
        ("LO", 98, ["LO", "LOOPBACK", "LB"]),
    ];

    public static string KeyOf(string port) => Cache.GetOrAdd(port, static p => Compute(p));

    private static string Compute(string port)
    {
        var span = port.AsSpan().Trim();
        if (span.IsEmpty)
        {
            return "99-UNK-99999-99999-99999-99999";
        }

        var letters = new StringBuilder();
        var i = 0;
        for (; i < span.Length && !char.IsAsciiDigit(span[i]); i++)
        {
            if (char.IsAsciiLetter(span[i]))
            {
                letters.Append(char.ToUpperInvariant(span[i]));
            }
        }

        var typeText = letters.ToString();
        Span<long> numbers = stackalloc long[MaxSegments];
        var count = 0;
        var (family, weight) = Classify(typeText);
        if (i == 1 && typeText.Length == 1 && !span[i..].ContainsAnyExceptInRange('0', '9'))
        {
            // ProCurve chassis port "A1"…"F24": module A before module B, each an Ethernet port.
            (family, weight) = ("ET", 30);
            numbers[count++] = LetterValue(span[0]);
        }

        while (i < span.Length && count < MaxSegments)
        {
            if (char.IsAsciiLetter(span[i]))
            {
                var run = i;
                while (i < span.Length && char.IsAsciiLetter(span[i]))
                {
                    i++;
                }

                if (i - run == 1)
                {
                    numbers[count++] = LetterValue(span[run]); // "1/A18", "ha1-b"
                }

                continue;
            }

            if (!char.IsAsciiDigit(span[i]))
            {
                i++;
                continue;
            }

            long value = 0;
            for (; i < span.Length && char.IsAsciiDigit(span[i]); i++)
            {
                value = Math.Min(99999, value * 10 + (span[i] - '0'));
            }

            numbers[count++] = value;
        }

        var key = new StringBuilder(48);
        key.Append(weight.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).Append('-').Append(family);
        for (var n = 0; n < Math.Max(count, MinSegments); n++)
        {
            key.Append('-').Append(numbers[n].ToString("D5", System.Globalization.CultureInfo.InvariantCulture));
        }

        return key.ToString();
    }

    private static long LetterValue(char letter) => char.ToUpperInvariant(letter) - 'A' + 1;

    private static (string Family, int Weight) Classify(string type)
    {
        if (type.Length == 0)
        {
            return ("ET", 30); // bare numbers: 1/1/1 (Aruba, Brocade), 24 (ProCurve)
        }

        foreach (var (family, weight, names) in Families)
        {
            foreach (var name in names)
            {
                if (name == type)
                {
                    return (family, weight);
                }
            }
        }

        return (type, 60);
    }
}
