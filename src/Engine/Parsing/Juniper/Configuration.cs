namespace StateTrace.Engine.Parsing.Juniper;

/// <summary>One interface of the Junos configuration (its physical name, units folded in).</summary>
/// <param name="Vlan">The access VLAN's ID (or name when no ID is configured), <c>trunk</c>, <c>routed</c>, or empty.</param>
/// <param name="AuthTemplate"><c>flexible</c> (802.1X and MAC RADIUS), <c>dot1x</c>, <c>macauth</c> (<c>mac-radius restrict</c>) or <c>open</c>.</param>
/// <param name="Config">The interface's configuration as captured: its brace block, or its <c>set interfaces</c> lines, LF-joined.</param>
public sealed record JunosInterfaceConfig(string Interface, string Description, string Vlan, bool Disabled, string AuthTemplate, string Config);

/// <summary>A VLAN defined under <c>vlans</c>.</summary>
public sealed record JunosConfigVlan(string Name, string Id);

/// <summary>What <c>show configuration</c> says about the device and each interface.</summary>
/// <param name="AuthBlock">Every <c>protocols dot1x</c> statement, as <c>set</c>-style paths, LF-joined.</param>
public sealed record JunosConfiguration(
    string Hostname,
    string Location,
    string AuthDefaultVlan,
    string AuthBlock,
    IReadOnlyList<JunosInterfaceConfig> Interfaces,
    IReadOnlyList<JunosConfigVlan> Vlans);

/// <summary>
/// Reads <c>show configuration</c> in either form: the brace hierarchy or <c>| display set</c> lines. Brace blocks
/// are walked with a stack of path segments, so every statement is handled as the same path a <c>set</c> line would
/// give (<c>interfaces ge-0/0/0 unit 0 family ethernet-switching vlan members users</c>). 802.1X comes from
/// <c>protocols dot1x authenticator interface X</c>, MAC RADIUS from its <c>mac-radius</c> (MAC only with
/// <c>restrict</c>). Interface ranges are not expanded.
/// </summary>
internal static class Configuration
{
    private const int MaxDepth = 64;
    private const int MaxTokens = 48;

    public static JunosConfiguration Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var state = new State();
        var path = new char[256];
        var pathLength = 0;
        Span<int> marks = stackalloc int[MaxDepth];
        var depth = 0;
        var overflow = 0;
        var sawText = false;
        string? blockPort = null;
        var blockStart = 0;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.Trim();
            if (line.IsEmpty || line[0] is '#' or '/' or '*' || line[0] == '{' || DeviceText.IsPrompt(raw) || JunosText.IsEcho(raw))
            {
                continue; // comments, "## Last commit", "{master:0}", prompts
            }

            sawText = true;
            if (line.StartsWith("set ", StringComparison.Ordinal))
            {
                state.Statement(line[4..].Trim(), line);
                continue;
            }

            if (line.StartsWith("deactivate ", StringComparison.Ordinal) || line.StartsWith("delete ", StringComparison.Ordinal)
                || line.StartsWith("activate ", StringComparison.Ordinal))
            {
                continue; // "| display set" marks inactive statements with a second line; the statement itself was read
            }

            line = StripInactive(line);
            if (line[^1] == '{')
            {
                var segment = StripInactive(line[..^1].Trim());
                if (depth == MaxDepth)
                {
                    overflow++;
                    continue;
                }

                marks[depth++] = pathLength;
                Append(ref path, ref pathLength, segment);
                if (depth == 2 && Path(path, marks[1]).SequenceEqual("interfaces") && !segment.Contains(' '))
                {
                    blockPort = segment.ToString();
                    blockStart = cursor.Start;
                }

                continue;
            }

            if (line[0] == '}')
            {
                if (overflow > 0)
                {
                    overflow--;
                    continue;
                }

                if (depth == 0)
                {
                    report?.Invoke(firstLine + cursor.Number - 1, "show configuration: '}' without an open block; ignored.");
                    continue;
                }

                pathLength = marks[--depth];
                if (depth == 1 && blockPort is not null)
                {
                    state.Block(blockPort, DeviceText.ToLfString(text[blockStart..(cursor.Start + raw.Length)]));
                    blockPort = null;
                }

                continue;
            }

            var semicolon = line.LastIndexOf(';');
            if (semicolon < 0)
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show configuration: line is neither a statement, a block nor a 'set' line; skipped.");
                continue;
            }

            // "encrypted-password "$6$…"; ## SECRET-DATA": the statement ends at its semicolon.
            var statement = StripInactive(line[..semicolon].Trim());
            var mark = pathLength;
            Append(ref path, ref pathLength, statement);
            state.Statement(path.AsSpan(1, pathLength - 1), default);
            pathLength = mark;
        }

        if (sawText && state.IsEmpty)
        {
            report?.Invoke(firstLine, "show configuration: no host-name, interfaces or vlans found; nothing read.");
        }

        return state.Result();
    }

    private static ReadOnlySpan<char> Path(char[] path, int end) => end <= 1 ? default : path.AsSpan(1, end - 1);

    private static ReadOnlySpan<char> StripInactive(ReadOnlySpan<char> line)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["inactive: ", "protect: "])
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line[prefix.Length..].TrimStart();
            }
        }

        return line;
    }

    // The path is kept as " seg1 seg2 …" in one buffer; a leading space per segment keeps pushes and pops O(1).
    private static void Append(ref char[] path, ref int length, ReadOnlySpan<char> segment)
    {
        var needed = length + 1 + segment.Length;
        if (needed > path.Length)
        {
            Array.Resize(ref path, Math.Max(needed, path.Length * 2));
        }

        path[length] = ' ';
        segment.CopyTo(path.AsSpan(length + 1));
        length = needed;
    }

    /// <summary>What the statements said so far, keyed by physical interface.</summary>
    private sealed class State
    {
        private readonly Dictionary<string, Interface> interfaces = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Interface>.AlternateLookup<ReadOnlySpan<char>> byName;
        private readonly List<Interface> order = [];
        private readonly Dictionary<string, (bool MacRadius, bool Restrict)> dot1x = new(StringComparer.Ordinal);
        private readonly List<JunosConfigVlan> vlans = [];
        private readonly List<string> authLines = [];
        private string hostname = "", location = "", guestVlan = "";

        public State()
        {
            byName = interfaces.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public bool IsEmpty => hostname.Length == 0 && order.Count == 0 && vlans.Count == 0;

        public void Block(string port, string config) => Get(port).Config = config;

        /// <param name="setLine">The whole <c>set</c> line when the statement came as one (kept as the port's config).</param>
        public void Statement(ReadOnlySpan<char> statement, ReadOnlySpan<char> setLine)
        {
            Span<Range> t = stackalloc Range[MaxTokens];
            var count = DeviceText.Tokenize(statement, t);
            if (count < 2)
            {
                return;
            }

            var head = statement[t[0]];
            if (head.SequenceEqual("interfaces"))
            {
                Interfaces(statement, t[..count], setLine);
            }
            else if (head.SequenceEqual("protocols") && statement[t[1]].SequenceEqual("dot1x"))
            {
                authLines.Add(statement.ToString());
                Dot1x(statement, t[..count]);
            }
            else if (head.SequenceEqual("vlans") && count >= 4 && statement[t[2]].SequenceEqual("vlan-id"))
            {
                vlans.Add(new JunosConfigVlan(statement[t[1]].ToString(), statement[t[3]].ToString()));
            }
            else if (head.SequenceEqual("system") && count >= 3 && statement[t[1]].SequenceEqual("host-name") && hostname.Length == 0)
            {
                hostname = JunosText.Unquote(statement[t[2]]).ToString();
            }
            else if (head.SequenceEqual("snmp") && count >= 3 && statement[t[1]].SequenceEqual("location") && location.Length == 0)
            {
                location = JunosText.Unquote(statement[t[2].Start..].Trim()).ToString();
            }
        }

        private void Interfaces(ReadOnlySpan<char> s, ReadOnlySpan<Range> t, ReadOnlySpan<char> setLine)
        {
            var port = s[t[1]];
            if (port.SequenceEqual("interface-range") || t.Length < 3)
            {
                return;
            }

            var entry = Get(JunosText.Physical(port));
            if (!setLine.IsEmpty)
            {
                (entry.SetLines ??= []).Add(setLine.ToString());
            }

            for (var k = 2; k < t.Length; k++)
            {
                var word = s[t[k]];
                var next = k + 1 < t.Length ? s[t[k + 1]] : default;
                switch (word)
                {
                    case "description" when k == 2:
                        entry.Description = next.IsEmpty ? "" : JunosText.Unquote(s[t[k + 1].Start..].Trim()).ToString();
                        return;
                    case "disable" when k == 2:
                        entry.Disabled = true;
                        return;
                    case "interface-mode" or "port-mode" when !next.IsEmpty:
                        entry.Mode = next.ToString();
                        return;
                    case "members":
                        for (var m = k + 1; m < t.Length; m++)
                        {
                            var member = s[t[m]];
                            if (!member.SequenceEqual("[") && !member.SequenceEqual("]"))
                            {
                                (entry.Members ??= []).Add(member.ToString());
                            }
                        }

                        return;
                    case "native-vlan-id" when !next.IsEmpty:
                        entry.Native = next.ToString();
                        return;
                    case "inet" or "inet6" when s[t[k - 1]].SequenceEqual("family"):
                        entry.Routed = true;
                        return;
                }
            }
        }

        private void Dot1x(ReadOnlySpan<char> s, ReadOnlySpan<Range> t)
        {
            for (var k = 2; k + 1 < t.Length; k++)
            {
                if (s[t[k]].SequenceEqual("guest-vlan") && guestVlan.Length == 0)
                {
                    guestVlan = s[t[k + 1]].ToString();
                }
            }

            for (var k = 2; k < t.Length; k++)
            {
                var word = s[t[k]];
                if (!word.SequenceEqual("interface") || k + 1 >= t.Length || !s[t[k - 1]].SequenceEqual("authenticator"))
                {
                    continue;
                }

                var port = JunosText.Physical(s[t[k + 1]]).ToString();
                dot1x.TryGetValue(port, out var flags);
                for (var m = k + 2; m < t.Length; m++)
                {
                    if (s[t[m]].SequenceEqual("mac-radius"))
                    {
                        flags.MacRadius = true;
                        flags.Restrict |= m + 1 < t.Length && s[t[m + 1]].SequenceEqual("restrict");
                    }
                }

                dot1x[port] = flags;
                return;
            }
        }

        // Looked up by span: a "set interfaces" configuration names the port on every line.
        private Interface Get(ReadOnlySpan<char> port)
        {
            if (!byName.TryGetValue(port, out var entry))
            {
                entry = new Interface(port.ToString());
                interfaces[entry.Name] = entry;
                order.Add(entry);
            }

            return entry;
        }

        public JunosConfiguration Result()
        {
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var vlan in vlans)
            {
                ids.TryAdd(vlan.Name, vlan.Id);
            }

            var rows = new List<JunosInterfaceConfig>(order.Count);
            foreach (var entry in order)
            {
                var template = "open";
                if (dot1x.TryGetValue(entry.Name, out var flags))
                {
                    template = !flags.MacRadius ? "dot1x" : flags.Restrict ? "macauth" : "flexible";
                }

                var config = entry.Config ?? (entry.SetLines is null ? "" : string.Join('\n', entry.SetLines));
                rows.Add(new JunosInterfaceConfig(entry.Name, entry.Description, entry.Vlan(ids), entry.Disabled, template, config));
            }

            var authDefault = ids.TryGetValue(guestVlan, out var guestId) ? guestId : guestVlan;
            return new JunosConfiguration(hostname, location, authDefault, string.Join('\n', authLines), rows, vlans);
        }
    }

    private sealed class Interface(string name)
    {
        public string Name { get; } = name;
        public string Description { get; set; } = "";
        public bool Disabled { get; set; }
        public string Mode { get; set; } = "";
        public List<string>? Members { get; set; }
        public string Native { get; set; } = "";
        public bool Routed { get; set; }
        public string? Config { get; set; }
        public List<string>? SetLines { get; set; }

        public string Vlan(Dictionary<string, string> ids)
        {
            if (Mode == "trunk" || Members is { Count: > 1 } || (Members is { Count: 1 } && Members[0] == "all"))
            {
                return "trunk";
            }

            if (Members is { Count: 1 })
            {
                return ids.TryGetValue(Members[0], out var id) ? id : Members[0];
            }

            return Routed ? "routed" : "";
        }
    }
}
