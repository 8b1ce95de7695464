namespace StateTrace.Engine.Parsing.Brocade;

/// <summary>
/// FastIron names a port differently per command: tables print <c>1/1/1</c>, <c>lg1</c>, <c>ve10</c>, <c>mgmt1</c>;
/// the configuration says <c>interface ethernet 1/1/1</c>, <c>ve 10</c>, <c>management 1</c>; <c>show interfaces</c>
/// says <c>GigabitEthernet1/1/1</c>, <c>10GigabitEthernet 1/2/2</c>, <c>GigEthernetmgmt1</c>. Ports are joined by the
/// table form, which is also what the device prints most and what we store (the original's <c>Et1/1/1</c> alias is
/// printed by no command and is not kept).
/// </summary>
internal static class BrocadePorts
{
    /// <summary>Largest range expanded from one <c>ethe a to b</c>; a hostile <c>1/1/1 to 1/1/99999999</c> stops here.</summary>
    public const int MaxRange = 1024;

    /// <summary>The table form of any spelling of a port.</summary>
    public static string TableName(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        var numberStart = name.Length;
        while (numberStart > 0 && IsNumberChar(name[numberStart - 1]))
        {
            numberStart--;
        }

        // "1/1/1" and "10" are already table names; "10GigabitEthernet1/2/1" is not (letters follow its digits).
        if (numberStart == 0 || numberStart == name.Length)
        {
            return name.ToString();
        }

        var kind = name[..numberStart].TrimEnd();
        var number = name[numberStart..];
        var known = KindOf(kind);
        return known == Kind.Other ? string.Concat(kind, number) : Combine(known, number);
    }

    /// <summary>
    /// Adds every port of a FastIron port list to <paramref name="ports"/>: <c>ethe 1/1/1 to 1/1/24 ethe 1/2/1</c>,
    /// <c>ethernet 1/1/5</c>, <c>lag 1 to 2</c>, <c>ve 10</c>. A range expands on its last number when both ends share
    /// the unit and slot. Words that are neither a port kind, a port nor <c>to</c> end the list.
    /// </summary>
    public static void AddList(ReadOnlySpan<char> list, List<string> ports)
    {
        var kind = Kind.Ethernet;
        var range = false;
        string? previous = null;
        foreach (var r in list.SplitAny(" \t,"))
        {
            var token = list[r];
            if (token.IsEmpty)
            {
                continue;
            }

            if (token.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                range = previous is not null;
                continue;
            }

            if (IsPortNumber(token))
            {
                var port = Combine(kind, token);
                if (range && previous is not null)
                {
                    AddRange(previous, port, ports);
                }
                else
                {
                    ports.Add(port);
                }

                previous = port;
                range = false;
                continue;
            }

            var next = KindOf(token);
            if (next == Kind.Other)
            {
                return;
            }

            kind = next;
            range = false;
        }
    }

    private static void AddRange(string first, string last, List<string> ports)
    {
        var firstCut = TrailingDigitsStart(first);
        var lastCut = TrailingDigitsStart(last);
        if (firstCut != lastCut
            || !first.AsSpan(0, firstCut).Equals(last.AsSpan(0, lastCut), StringComparison.Ordinal)
            || !int.TryParse(first.AsSpan(firstCut), out var from)
            || !int.TryParse(last.AsSpan(lastCut), out var to)
            || to < from)
        {
            ports.Add(last);
            return;
        }

        var prefix = first[..firstCut];
        var end = Math.Min(to, from + MaxRange);
        for (var n = from + 1; n <= end; n++)
        {
            ports.Add(prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static int TrailingDigitsStart(string port)
    {
        var i = port.Length;
        while (i > 0 && char.IsAsciiDigit(port[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static bool IsNumberChar(char c) => char.IsAsciiDigit(c) || c == '/';

    private static bool IsPortNumber(ReadOnlySpan<char> token) =>
        char.IsAsciiDigit(token[0]) && !token.ContainsAnyExcept("0123456789/");

    private enum Kind
    {
        Ethernet,
        Lag,
        Ve,
        Management,
        Loopback,
        Tunnel,
        Other,
    }

    private static Kind KindOf(ReadOnlySpan<char> word)
    {
        if (word.Contains("mgmt", StringComparison.OrdinalIgnoreCase) || word.StartsWith("man", StringComparison.OrdinalIgnoreCase))
        {
            return Kind.Management;
        }

        if (word.EndsWith("ethernet", StringComparison.OrdinalIgnoreCase) || word.Equals("ethe", StringComparison.OrdinalIgnoreCase)
            || word.Equals("eth", StringComparison.OrdinalIgnoreCase) || word.Equals("e", StringComparison.OrdinalIgnoreCase))
        {
            return Kind.Ethernet;
        }

        if (word.Equals("lag", StringComparison.OrdinalIgnoreCase) || word.Equals("lg", StringComparison.OrdinalIgnoreCase))
        {
            return Kind.Lag;
        }

        if (word.Equals("ve", StringComparison.OrdinalIgnoreCase))
        {
            return Kind.Ve;
        }

        if (word.StartsWith("loopback", StringComparison.OrdinalIgnoreCase) || word.Equals("lb", StringComparison.OrdinalIgnoreCase))
        {
            return Kind.Loopback;
        }

        return word.StartsWith("tunnel", StringComparison.OrdinalIgnoreCase) || word.Equals("tn", StringComparison.OrdinalIgnoreCase)
            ? Kind.Tunnel
            : Kind.Other;
    }

    private static string Combine(Kind kind, ReadOnlySpan<char> number) => kind switch
    {
        Kind.Lag => string.Concat("lg", number),
        Kind.Ve => string.Concat("ve", number),
        Kind.Management => string.Concat("mgmt", number),
        Kind.Loopback => string.Concat("lb", number),
        Kind.Tunnel => string.Concat("tn", number),
        _ => number.ToString(),
    };
}
