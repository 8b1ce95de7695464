namespace StateTrace.Engine.Parsing;

/// <summary>
/// Turns what an engineer typed into one canonical command name, so parsers look blocks up by name:
/// <c>sh int status</c>, <c>do sh int st</c> and <c>show interfaces status | no-more</c> are all
/// <c>show interfaces status</c>. A command is first fitted as a whole against a catalogue of known commands (every
/// typed word a prefix of the catalogue word, as device CLIs read keywords), so <c>sh ip int br</c> becomes
/// <c>show ip interface brief</c> while <c>sh int br</c> becomes <c>show interfaces brief</c>; anything else is expanded
/// word by word. A word typed in full is never changed: <c>show interface status</c> (NX-OS) and
/// <c>show interfaces status</c> stay two names, and a parser that reads either looks both up. (A word outside the
/// vocabulary that happens to begin a vocabulary word is read as its abbreviation, as the device would.)
/// </summary>
internal static class CommandNames
{
    // Known commands, in preference order: an abbreviation that fits several takes the first listed
    // ("sh int br" → show interfaces brief, "sh sys inf" → show system info). Every command folder of the ntc
    // fixtures is here, spelled as its folder (underscores as spaces).
    private static readonly string[] CatalogueText =
    [
        "show version",
        "show running-config",
        "show startup-config",
        "show interfaces status",
        "show interface status",
        "show interfaces brief",
        "show interface brief",
        "show interfaces terse",
        "show interfaces switchport",
        "show interfaces description",
        "show interfaces",
        "show interface",
        "show ip interface brief",
        "show interface all",
        "show mac address-table",
        "show mac-address",
        "show mac-address-table",
        "show mac all",
        "show authentication sessions",
        "show access-session",
        "show dot1x all",
        "show dot1x sessions all",
        "show dot1x hosts",
        "show mac-authentication sessions all",
        "show cdp neighbors detail",
        "show cdp neighbors",
        "show lldp neighbors detail",
        "show lldp neighbors all",
        "show lldp neighbors",
        "show lldp neighbors-info detail",
        "show lldp neighbors-info",
        "show lldp info remote-device detail",
        "show lldp info remote-device",
        "show spanning-tree",
        "show vlan brief",
        "show vlan",
        "show vlans",
        "show inventory",
        "show system info",
        "show system uptime",
        "show system information",
        "show system",
        "show chassis hardware",
        "show ethernet-switching table",
        "show routing route",
        "show configuration",
        "show config running",
        "show config",
        "show aaa authentication port-access interface all client-status",
        "show port-access clients",
        "show power inline",
        "show stack",
    ];

    // Vocabulary for commands outside the catalogue, in preference order for prefixes ("int" → interfaces,
    // "st" → status, "conf" → configuration). Full words map to themselves.
    private static readonly string[] Words =
    [
        "show", "interfaces", "interface", "status", "version", "running-config", "running", "startup-config", "brief", "detail",
        "mac", "address-table", "mac-address", "mac-address-table", "mac-authentication", "cdp", "lldp", "neighbors",
        "neighbors-info", "spanning-tree", "vlan", "vlans", "authentication", "sessions", "session", "access-session",
        "dot1x", "hosts", "mab", "all", "inventory", "system", "info", "information", "uptime", "configuration", "config",
        "terse", "counters", "errors", "port-access", "clients", "client-status", "chassis", "hardware",
        "ethernet-switching", "table", "remote-device", "skip-page-display", "skip-page", "ip", "route", "routing",
        "switchport", "aaa", "trunk", "description", "power", "inline", "stack", "logging", "clock", "arp",
        "high-availability", "transceiver", "module", "environment", "users",
    ];

    // Spellings a vendor's CLI uses for a catalogue word (AOS-CX types "neighbor-info"; ntc names it "neighbors-info").
    private static readonly (string Typed, string Canonical)[] Synonyms =
    [
        ("neighbor-info", "neighbors-info"),
    ];

    private static readonly string[][] Catalogue = BuildCatalogue();

    /// <summary>The canonical name of a typed command (see the class remarks); output filters are dropped.</summary>
    public static string Canonical(ReadOnlySpan<char> command) => Canonical(command, out _);

    /// <summary>The canonical name, and the filter typed after the first <c>|</c> (trimmed, empty when none).</summary>
    public static string Canonical(ReadOnlySpan<char> command, out ReadOnlySpan<char> filter)
    {
        filter = default;
        var pipe = command.IndexOf('|');
        if (pipe >= 0)
        {
            filter = command[(pipe + 1)..].Trim();
            command = command[..pipe];
        }

        command = StripModePrefix(command.Trim());
        Span<Range> tokens = stackalloc Range[16];
        var count = command.SplitAny(tokens, " \t", StringSplitOptions.RemoveEmptyEntries);
        tokens = tokens[..count];
        return FromCatalogue(command, tokens) ?? WordByWord(command, tokens);
    }

    /// <summary>
    /// True when a filter can drop output lines. <c>no-more</c> (Junos, NX-OS, EOS) only turns the pager off, so a
    /// block captured with it is complete; every other stage (<c>include</c>, <c>begin</c>, <c>display xml</c>, …) is not.
    /// </summary>
    public static bool IsNarrowing(ReadOnlySpan<char> filter)
    {
        while (!filter.IsEmpty)
        {
            var pipe = filter.IndexOf('|');
            var stage = (pipe < 0 ? filter : filter[..pipe]).Trim();
            filter = pipe < 0 ? default : filter[(pipe + 1)..];
            if (stage.IsEmpty)
            {
                continue;
            }

            var passThrough = stage.Equals("nomore", StringComparison.OrdinalIgnoreCase)
                || (stage.Length >= 4 && "no-more".AsSpan().StartsWith(stage, StringComparison.OrdinalIgnoreCase));
            if (!passThrough)
            {
                return true;
            }
        }

        return false;
    }

    // "do show …" from IOS-style config modes; "run show …" from Junos and PAN-OS configuration mode.
    private static ReadOnlySpan<char> StripModePrefix(ReadOnlySpan<char> command)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["do", "run"])
        {
            if (command.Length > prefix.Length + 1
                && command.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && command[prefix.Length] is ' ' or '\t')
            {
                return command[(prefix.Length + 1)..].TrimStart();
            }
        }

        return command;
    }

    private static string? FromCatalogue(ReadOnlySpan<char> command, ReadOnlySpan<Range> tokens)
    {
        string[]? best = null;
        var bestExact = -1;
        foreach (var entry in Catalogue)
        {
            // entry[0] is the whole command; its words follow.
            if (entry.Length - 1 != tokens.Length)
            {
                continue;
            }

            var exact = 0;
            var fits = true;
            for (var i = 0; i < tokens.Length && fits; i++)
            {
                var typed = Synonym(command[tokens[i]]);
                var word = entry[i + 1];
                if (typed.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    exact++;
                }
                else
                {
                    fits = typed.Length >= 2 && word.AsSpan().StartsWith(typed, StringComparison.OrdinalIgnoreCase);
                }
            }

            if (fits && exact > bestExact)
            {
                best = entry;
                bestExact = exact;
            }
        }

        return best?[0];
    }

    private static string WordByWord(ReadOnlySpan<char> command, ReadOnlySpan<Range> tokens)
    {
        if (tokens.IsEmpty)
        {
            return "";
        }

        var parts = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            parts[i] = Expand(Synonym(command[tokens[i]]));
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

    private static ReadOnlySpan<char> Synonym(ReadOnlySpan<char> token)
    {
        foreach (var (typed, canonical) in Synonyms)
        {
            if (token.Equals(typed, StringComparison.OrdinalIgnoreCase))
            {
                return canonical;
            }
        }

        return token;
    }

    private static string[][] BuildCatalogue()
    {
        var entries = new string[CatalogueText.Length][];
        for (var i = 0; i < entries.Length; i++)
        {
            var words = CatalogueText[i].Split(' ');
            entries[i] = [CatalogueText[i], .. words];
        }

        return entries;
    }
}
