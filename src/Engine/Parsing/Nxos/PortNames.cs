namespace StateTrace.Engine.Parsing.Nxos;

/// <summary>
/// NX-OS prints a port long in configuration and CDP (<c>Ethernet1/1</c>, <c>port-channel10</c>, <c>loopback0</c>)
/// and short in tables and LLDP (<c>Eth1/1</c>, <c>Po10</c>, <c>Lo0</c>); <c>mgmt0</c>, <c>Vlan10</c>, <c>nve1</c> and
/// <c>Tunnel13</c> are the same everywhere. Ports are joined by <see cref="Short"/>.
/// </summary>
internal static class PortNames
{
    private static readonly (string Long, string Short)[] Forms =
    [
        ("Ethernet", "Eth"),
        ("port-channel", "Po"),
        ("loopback", "Lo"),
    ];

    /// <summary><c>Ethernet1/1</c> → <c>Eth1/1</c>; a short or unknown name comes back as is (trimmed).</summary>
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
