using System.Collections.Concurrent;
using System.Text;

namespace StateTrace.Engine.Parsing;

/// <summary>
/// A sort key that orders ports naturally and across vendors: <c>Gi1/0/2</c> before <c>Gi1/0/10</c>, Juniper
/// <c>ge-0/0/2</c> before <c>ge-0/0/10</c>, 400G before 100G before 40G, management and port-channels first, VLAN and
/// loopback interfaces last. Keys compare ordinally: <c>WW-TYPE-nnnnn-nnnnn-…</c> (weight, family, numbers).
/// </summary>
public static class PortSort
{
    private const int MinSegments = 4;
    private const int MaxSegments = 8;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.OrdinalIgnoreCase);

    // Family, weight, and the spellings vendors print (compared upper-case with '-', '_' and spaces removed).
    private static readonly (string Family, int Weight, string[] Names)[] Families =
    [
        ("MGMT", 5, ["MGMT", "MANAGEMENT", "MA", "ME", "FXP", "EM"]),
        ("PO", 10, ["PO", "PORTCHANNEL", "AE", "LAG", "TRK", "BAGG"]),
        ("TH", 21, ["TH", "FOURHUNDREDGIGE", "FOURHUNDREDGIGABITETHERNET", "FH"]),
        ("TWH", 22, ["TWOHUNDREDGIGE", "TWOHUNDREDGIGABITETHERNET"]),
        ("HU", 23, ["HU", "HUNDREDGIGE", "HUNDREDGIGABITETHERNET"]),
        ("FI", 24, ["FI", "FIFTYGIGE", "FIFTYGIGABITETHERNET"]),
        ("FO", 24, ["FO", "FORTYGIGE", "FORTYGIGABITETHERNET"]),
        ("TW", 26, ["TWE", "TWENTYFIVEGIGE", "TWENTYFIVEGIGABITETHERNET"]),
        ("TE", 25, ["TE", "TENGIGE", "TENGIGABITETHERNET", "XE"]),
        ("ET", 30, ["ET", "ETH", "ETHERNET", "ETHE", "E"]),
        // Cisco prints TwoGigabitEthernet as "Tw" and TwentyFiveGigE as "Twe" (Catalyst 9300 mGig and uplink ports).
        ("MG", 35, ["MULTIGIGABITETHERNET", "MGIGABITETHERNET", "TWOGIGABITETHERNET", "TWO", "TW", "MU"]),
        ("GI", 40, ["GI", "GIGABITETHERNET", "GE", "GIG"]),
        ("FA", 50, ["FA", "FASTETHERNET", "FE"]),
        ("TU", 90, ["TU", "TUNNEL"]),
        ("VL", 97, ["VL", "VLAN", "IRB"]),
        ("LO", 98, ["LO", "LOOPBACK"]),
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
        var (family, weight) = Classify(typeText);
        Span<long> numbers = stackalloc long[MaxSegments];
        var count = 0;
        while (i < span.Length && count < MaxSegments)
        {
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
