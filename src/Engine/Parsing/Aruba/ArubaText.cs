namespace StateTrace.Engine.Parsing.Aruba;

/// <summary>Span helpers for AOS-CX output: <c>Key   : value</c> lines and colon-separated MAC addresses.</summary>
internal static class ArubaText
{
    /// <summary>Splits <c>Chassis Serial Nbr : X</c> at its first colon; false when the line has none or no key.</summary>
    public static bool TrySplit(ReadOnlySpan<char> line, out ReadOnlySpan<char> key, out ReadOnlySpan<char> value)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0)
        {
            key = value = default;
            return false;
        }

        key = line[..colon].Trim();
        value = line[(colon + 1)..].Trim();
        return !key.IsEmpty;
    }

    /// <summary>AOS-CX prints MACs as <c>88:3a:30:97:d0:80</c>; sanitised captures use <c>xx</c> for the digits.</summary>
    public static bool IsColonMac(ReadOnlySpan<char> s)
    {
        if (s.Length != 17)
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (i % 3 == 2 ? c != ':' : !(char.IsAsciiHexDigit(c) || c is 'x' or 'X'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>"Bldg 5"</c> → <c>Bldg 5</c>: configuration values may be quoted.</summary>
    public static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;

    /// <summary>Leading spaces (a tab counts as one): AOS-CX nests configuration by indentation.</summary>
    public static int Indent(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && DeviceText.IsBlank(line[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// The interface name as <c>show interface</c> prints it: configuration says <c>interface vlan 10</c> or
    /// <c>interface lag 1 multi-chassis</c>, the operational commands <c>vlan10</c> and <c>lag1</c>.
    /// </summary>
    public static string PortKey(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        var space = name.IndexOfAny(' ', '\t');
        if (space < 0)
        {
            return name.ToString();
        }

        var head = name[..space];
        var rest = name[space..].TrimStart();
        var number = DeviceText.FirstToken(rest);
        return head.ContainsAnyExceptInRange('a', 'z') || number.IsEmpty || !char.IsAsciiDigit(number[0])
            ? head.ToString()
            : string.Concat(head, number);
    }

    /// <summary>
    /// A raw capture may begin with the command it answers, echoed without a prompt (<c>show interface</c>); it
    /// is not output. Prompted echoes are caught by <see cref="DeviceText.IsPrompt"/>.
    /// </summary>
    public static bool IsEcho(ReadOnlySpan<char> line) => line.TrimStart().StartsWith("show ", StringComparison.OrdinalIgnoreCase);
}
