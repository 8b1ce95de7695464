namespace StateTrace.Engine.Parsing.Arista;

/// <summary>
/// EOS prints a port long in configuration, <c>show interfaces</c> and LLDP (<c>Ethernet49/1</c>, <c>Port-Channel1</c>,
/// <c>Management1</c>) and short in tables (<c>Et49/1</c>, <c>Po1</c>, <c>Ma1</c>). Ports are joined by <see cref="Short"/>.
/// </summary>
internal static class PortNames
{
    private static readonly (string Long, string Short)[] Forms =
    [
        ("Ethernet", "Et"),
        ("Port-Channel", "Po"),
        ("Management", "Ma"),
        ("Loopback", "Lo"),
        ("Vlan", "Vl"),
        ("Vxlan", "Vx"),
        ("Tunnel", "Tu"),
        ("Recirc-Channel", "Rc"),
    ];

    /// <summary><c>Ethernet49/1</c> → <c>Et49/1</c>; a short or unknown name comes back as is (trimmed).</summary>
    public static string Short(string name)
    {
        var span = name.AsSpan().Trim();
        foreach (var (longName, shortName) in Forms)
        {
            if (span.Length > longName.Length
                && span.StartsWith(longName, StringComparison.OrdinalIgnoreCase)
                && !char.IsAsciiLetter(span[longName.Length]))
            {
                return string.Concat(shortName, span[longName.Length..].TrimStart());
            }
        }

        return span.Length == name.Length ? name : span.ToString();
    }
}
