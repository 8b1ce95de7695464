namespace StateTrace.Engine.Parsing.Cisco;

/// <summary>
/// Cisco interface names in their long form (running-config, <c>show interfaces</c>, CDP) and their short form
/// (status table, MAC table, auth sessions). Ports are joined across commands by <see cref="Short"/>.
/// </summary>
internal static class PortNames
{
    // Longest first where one spelling is a prefix of another (TwentyFiveGigE before TwoGigabitEthernet does not
    // matter, but "Twe" must be tried before "Tw" and "Eth" before "Et" when expanding).
    private static readonly (string Long, string Short)[] Forms =
    [
        ("TwentyFiveGigabitEthernet", "Twe"),
        ("TwentyFiveGigE", "Twe"),
        ("TwoGigabitEthernet", "Tw"),
        ("TenGigabitEthernet", "Te"),
        ("FortyGigabitEthernet", "Fo"),
        ("FortyGigE", "Fo"),
        ("FourHundredGigE", "FH"),
        ("HundredGigabitEthernet", "Hu"),
        ("HundredGigE", "Hu"),
        ("FiveGigabitEthernet", "Fi"),
        ("AppGigabitEthernet", "Ap"),
        ("GigabitEthernet", "Gi"),
        ("FastEthernet", "Fa"),
        ("Port-channel", "Po"),
        ("Ethernet", "Et"),
        ("Loopback", "Lo"),
        ("Tunnel", "Tu"),
        ("Vlan", "Vl"),
    ];

    // Short forms tried longest first when expanding; Eth is NX-OS's short Ethernet.
    private static readonly (string Short, string Long)[] Expansions =
    [
        ("Twe", "TwentyFiveGigE"),
        ("Eth", "Ethernet"),
        ("Tw", "TwoGigabitEthernet"),
        ("Te", "TenGigabitEthernet"),
        ("Fo", "FortyGigabitEthernet"),
        ("FH", "FourHundredGigE"),
        ("Hu", "HundredGigE"),
        ("Fi", "FiveGigabitEthernet"),
        ("Ap", "AppGigabitEthernet"),
        ("Gi", "GigabitEthernet"),
        ("Fa", "FastEthernet"),
        ("Po", "Port-channel"),
        ("Et", "Ethernet"),
        ("Lo", "Loopback"),
        ("Tu", "Tunnel"),
        ("Vl", "Vlan"),
    ];

    /// <summary><c>GigabitEthernet1/0/1</c> → <c>Gi1/0/1</c>; a name already short (or unknown) comes back as is.</summary>
    public static string Short(string name)
    {
        var span = name.AsSpan().Trim();
        foreach (var (longName, shortName) in Forms)
        {
            if (span.Length > longName.Length && span.StartsWith(longName, StringComparison.OrdinalIgnoreCase))
            {
                return string.Concat(shortName, WithoutBlanks(span[longName.Length..]));
            }
        }

        return span.Length == name.Length ? name : span.ToString();
    }

    /// <summary><c>Gi1/0/1</c> → <c>GigabitEthernet1/0/1</c>; a name already long (or unknown) comes back as is.</summary>
    public static string Long(string name)
    {
        var span = name.AsSpan().Trim();
        foreach (var (shortName, longName) in Expansions)
        {
            if (span.Length > shortName.Length
                && char.IsAsciiDigit(span[shortName.Length])
                && span.StartsWith(shortName, StringComparison.OrdinalIgnoreCase))
            {
                return string.Concat(longName, span[shortName.Length..]);
            }
        }

        return span.Length == name.Length ? name : span.ToString();
    }

    // Some platforms print "GigabitEthernet 1/0/1"; the number part never contains blanks.
    private static ReadOnlySpan<char> WithoutBlanks(ReadOnlySpan<char> rest) => rest.TrimStart();
}
