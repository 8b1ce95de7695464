namespace StateTrace.Engine.Parsing;

/// <summary>
/// Expands the abbreviations engineers type (<c>sh int status</c>, <c>show run</c>, <c>sh mac add</c>) into one
/// canonical spelling, drops <c>do </c> and output filters (<c>| no-more</c>), so parsers look commands up by name.
/// </summary>
internal static class CommandNames
{
    // Order matters where a prefix fits several words: the first listed wins ("int" → "interfaces").
    private static readonly string[] Words =
    [
        "show", "running-config", "interfaces", "interface", "status", "startup-config", "brief", "version",
        "mac", "address-table", "mac-address-table", "mac-address", "cdp", "lldp", "neighbors", "neighbors-info",
        "detail", "spanning-tree", "vlan", "authentication", "sessions", "session", "dot1x", "mab", "all",
        "inventory", "system", "info", "configuration", "config", "terse", "counters", "port-access", "clients",
    ];

    public static string Canonical(ReadOnlySpan<char> command)
    {
        var pipe = command.IndexOf('|');
        if (pipe >= 0)
        {
            command = command[..pipe];
        }

        command = command.Trim();
        if (command.StartsWith("do ", StringComparison.OrdinalIgnoreCase))
        {
            command = command[3..].TrimStart();
        }

        Span<Range> tokens = stackalloc Range[16];
        var count = command.SplitAny(tokens, " \t", StringSplitOptions.RemoveEmptyEntries);
        var parts = new string[count];
        for (var i = 0; i < count; i++)
        {
            parts[i] = Expand(command[tokens[i]]);
        }

        return string.Join(' ', parts);
    }

    private static string Expand(ReadOnlySpan<char> token)
    {
        foreach (var word in Words)
        {
            if (word.AsSpan().Equals(token, StringComparison.OrdinalIgnoreCase))
            {
                return word;
            }
        }

        // A prefix of two letters or more names the first word it starts ("sh", "int", "run", "add", "neigh").
        if (token.Length >= 2)
        {
            foreach (var word in Words)
            {
                if (word.AsSpan().StartsWith(token, StringComparison.OrdinalIgnoreCase))
                {
                    return word;
                }
            }
        }

        return token.ToString().ToLowerInvariant();
    }
}
