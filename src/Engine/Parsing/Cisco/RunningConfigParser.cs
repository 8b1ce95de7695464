namespace StateTrace.Engine.Parsing.Cisco;

/// <summary>One <c>interface</c> block of the running configuration.</summary>
/// <param name="Interface">The name after <c>interface</c>, as configured (usually the long form).</param>
/// <param name="Config">The block, header line included, LF-joined.</param>
public sealed record InterfaceConfig(string Interface, string Description, string AuthTemplate, string MissingAuthCmds, string Config);

/// <summary>What the running configuration says about the device and each interface.</summary>
/// <param name="AuthBlock">Global lines starting <c>authentication</c>, <c>dot1x</c>, <c>mab</c> or <c>reauthentication</c>, LF-joined.</param>
public sealed record RunningConfig(
    string Hostname,
    string Location,
    string AuthDefaultVlan,
    string AuthBlock,
    IReadOnlyList<InterfaceConfig> Interfaces);

/// <summary>
/// Reads <c>show running-config</c>: interface blocks (from <c>interface X</c> to the first line that is not indented,
/// which covers <c>!</c>, the next <c>interface</c> and any global command), their description and 802.1X/MAB template,
/// and the global hostname, SNMP location, guest VLAN and authentication lines.
/// </summary>
internal static class RunningConfigParser
{
    private static readonly string[] GlobalAuthPrefixes = ["authentication", "dot1x", "mab", "reauthentication"];

    public static RunningConfig Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        string hostname = "", location = "", authDefaultVlan = "";
        var sawText = false;
        List<string>? authLines = null;
        var interfaces = new List<InterfaceConfig>();
        var block = new OpenBlock();

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.TrimEnd();
            sawText |= !line.IsEmpty;
            if (authDefaultVlan.Length == 0)
            {
                authDefaultVlan = GuestVlan(line);
            }

            if (block.IsOpen)
            {
                if (DeviceText.IsIndented(line) && !line.TrimStart().IsEmpty)
                {
                    block.Add(line.TrimStart(), cursor.Start + line.Length);
                    continue;
                }

                interfaces.Add(block.Close(text));
            }

            if (line.StartsWith("interface ", StringComparison.OrdinalIgnoreCase))
            {
                block.Open(line["interface ".Length..].Trim().ToString(), cursor.Start, cursor.Start + line.Length);
            }
            else if (hostname.Length == 0 && DeviceText.TryValueAfter(line, "hostname ", out var host))
            {
                hostname = host.ToString();
            }
            else if (location.Length == 0 && DeviceText.TryValueAfter(line, "snmp-server location ", out var where))
            {
                location = where.ToString();
            }
            else if (!DeviceText.IsIndented(line) && StartsWithAny(line, GlobalAuthPrefixes))
            {
                (authLines ??= []).Add(line.ToString());
            }
        }

        if (block.IsOpen)
        {
            interfaces.Add(block.Close(text));
        }

        if (sawText && interfaces.Count == 0 && hostname.Length == 0)
        {
            report?.Invoke(firstLine, "show running-config: no hostname or interface lines found; nothing read.");
        }

        var authBlock = authLines is null ? "" : string.Join('\n', authLines);
        return new RunningConfig(hostname, location, authDefaultVlan, authBlock, interfaces);
    }

    private static bool StartsWithAny(ReadOnlySpan<char> line, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (line.Length == prefix.Length || DeviceText.IsBlank(line[prefix.Length])))
            {
                return true;
            }
        }

        return false;
    }

    // The original's rule: the number after the first "auth-default-vlan" or "guest-vlan" anywhere in the config.
    private static string GuestVlan(ReadOnlySpan<char> line)
    {
        var at = line.IndexOf("-vlan ", StringComparison.Ordinal);
        if (at < 0)
        {
            return "";
        }

        var head = line[..(at + "-vlan".Length)];
        if (!head.EndsWith("auth-default-vlan", StringComparison.OrdinalIgnoreCase) && !head.EndsWith("guest-vlan", StringComparison.OrdinalIgnoreCase))
        {
            return "";
        }

        var number = DeviceText.FirstToken(line[(at + "-vlan ".Length)..]);
        return DeviceText.IsDigits(number) ? number.ToString() : "";
    }

    /// <summary>The interface block being read: offsets into the block text plus what its lines said so far.</summary>
    private struct OpenBlock
    {
        private string? name;
        private int start;
        private int end;
        private string description;
        private AuthCommands seen;

        public readonly bool IsOpen => name is not null;

        public void Open(string interfaceName, int headerStart, int headerEnd)
        {
            name = interfaceName;
            start = headerStart;
            end = headerEnd;
            description = "";
            seen = AuthCommands.None;
        }

        public void Add(ReadOnlySpan<char> trimmed, int lineEnd)
        {
            end = lineEnd;
            if (description.Length == 0 && DeviceText.TryValueAfter(trimmed, "description ", out var text))
            {
                description = text.ToString();
                return;
            }

            seen |= AuthTemplates.Classify(trimmed);
        }

        public InterfaceConfig Close(ReadOnlySpan<char> text)
        {
            var (template, missing) = AuthTemplates.Evaluate(seen);
            var config = new InterfaceConfig(name!, description, template, missing, DeviceText.ToLfString(text[start..end]));
            name = null;
            return config;
        }
    }
}
