namespace StateTrace.Engine.Parsing.Brocade;

/// <summary>One <c>interface</c> block of a FastIron configuration.</summary>
/// <param name="Interface">As configured (<c>ethernet 1/1/1</c>).</param>
/// <param name="Port">The table form (<c>1/1/1</c>).</param>
/// <param name="Description">The <c>port-name</c>.</param>
/// <param name="Config">The block from the <c>interface</c> line up to its <c>!</c>, LF-joined.</param>
public sealed record FastIronInterfaceConfig(string Interface, string Port, string Description, string Config);

/// <summary>A <c>vlan N name X by port</c> block with its member ports in table form.</summary>
public sealed record FastIronConfigVlan(string VlanId, string Name, IReadOnlyList<string> Untagged, IReadOnlyList<string> Tagged);

/// <summary>What a FastIron configuration says about the device and its ports.</summary>
/// <param name="AuthBlock">The global <c>authentication</c> section's lines, LF-joined; without one, the original's
/// fallback: every <c>auth-default-vlan</c>, <c>re-authentication</c>, <c>dot1x enable</c>, <c>dot1x port-control auto</c>,
/// <c>mac-authentication enable</c> and <c>mac-authentication dot1x-override</c> line, each once.</param>
/// <param name="Dot1xPorts">Ports under <c>dot1x port-control auto</c>, from global ranges or their own block.</param>
/// <param name="MacAuthPorts">Ports under <c>mac-authentication enable</c>, from global ranges or their own block.</param>
public sealed record FastIronConfig(
    string Hostname,
    string Location,
    string AuthDefaultVlan,
    string AuthBlock,
    IReadOnlyList<FastIronInterfaceConfig> Interfaces,
    IReadOnlyList<FastIronConfigVlan> Vlans,
    IReadOnlyList<string> Dot1xPorts,
    IReadOnlyList<string> MacAuthPorts);

/// <summary>
/// Reads FastIron <c>show running-config</c> / <c>show config</c>. Sections (<c>interface</c>, <c>vlan</c>,
/// <c>authentication</c>) run from their header to the <c>!</c> or the next line that is not indented. Port lists
/// such as <c>ethe 1/1/1 to 1/1/24 ethe 1/2/1</c> are expanded.
/// </summary>
internal static class RunningConfig
{
    private static readonly string[] FallbackAuthPrefixes =
    [
        "auth-default-vlan ", "re-authentication", "dot1x enable", "dot1x port-control auto", "mac-authentication enable",
        "mac-authentication dot1x-override", "mac-authentication dot1x override",
    ];

    private enum Section
    {
        None,
        Interface,
        Vlan,
        Authentication,
    }

    public static FastIronConfig Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var state = new State();
        var section = Section.None;
        var sawText = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.TrimEnd();
            if (line.IsEmpty)
            {
                continue;
            }

            sawText = true;
            var trimmed = line.TrimStart();
            state.Scan(trimmed);
            if (DeviceText.IsIndented(line) && section != Section.None)
            {
                state.Body(section, trimmed, cursor.Start + line.Length);
                continue;
            }

            state.Close(section, text);
            section = state.Open(trimmed, cursor.Start, cursor.Start + line.Length);
        }

        state.Close(section, text);
        if (sawText && state.Interfaces.Count == 0 && state.Hostname.Length == 0 && state.Vlans.Count == 0)
        {
            report?.Invoke(firstLine, "show running-config: no hostname, vlan or interface lines found; nothing read.");
        }

        return state.ToConfig();
    }

    /// <summary>Everything read so far, and the section being read.</summary>
    private sealed class State
    {
        private readonly List<string> authSection = [];
        private readonly List<string> fallbackAuth = [];
        private readonly List<string> dot1x = [];
        private readonly List<string> macAuth = [];
        private string? interfaceName;
        private int blockStart;
        private int blockEnd;
        private string description = "";
        private string? vlanId;
        private string vlanName = "";
        private List<string> untagged = [];
        private List<string> tagged = [];

        public string Hostname { get; private set; } = "";
        public string Location { get; private set; } = "";
        public string AuthDefaultVlan { get; private set; } = "";
        public List<FastIronInterfaceConfig> Interfaces { get; } = [];
        public List<FastIronConfigVlan> Vlans { get; } = [];

        /// <summary>Lines read wherever they appear: the guest VLAN and the original's fallback auth lines.</summary>
        public void Scan(ReadOnlySpan<char> trimmed)
        {
            if (AuthDefaultVlan.Length == 0 && DeviceText.TryValueAfter(trimmed, "auth-default-vlan ", out var vlan))
            {
                var number = DeviceText.FirstToken(vlan);
                AuthDefaultVlan = DeviceText.IsDigits(number) ? number.ToString() : "";
            }

            var first = DeviceText.FirstToken(trimmed);
            if (!first.Equals("dot1x", StringComparison.OrdinalIgnoreCase) && !first.Equals("mac-authentication", StringComparison.OrdinalIgnoreCase)
                && !first.Equals("auth-default-vlan", StringComparison.OrdinalIgnoreCase) && !first.Equals("re-authentication", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            var normalized = Normalize(trimmed);
            foreach (var prefix in FallbackAuthPrefixes)
            {
                if (normalized.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    if (!fallbackAuth.Contains(normalized))
                    {
                        fallbackAuth.Add(normalized);
                    }

                    return;
                }
            }
        }

        public Section Open(ReadOnlySpan<char> line, int start, int end)
        {
            if (DeviceText.TryValueAfter(line, "interface ", out var name) && !name.IsEmpty)
            {
                interfaceName = name.ToString();
                blockStart = start;
                blockEnd = end;
                description = "";
                return Section.Interface;
            }

            if (line.StartsWith("vlan ", StringComparison.OrdinalIgnoreCase) && TryVlanHeader(line, out var id, out var vlan))
            {
                vlanId = id;
                vlanName = vlan;
                untagged = [];
                tagged = [];
                return Section.Vlan;
            }

            if (line.Equals("authentication", StringComparison.OrdinalIgnoreCase))
            {
                return Section.Authentication;
            }

            if (Hostname.Length == 0 && DeviceText.TryValueAfter(line, "hostname ", out var host))
            {
                Hostname = Unquote(host);
            }
            else if (Location.Length == 0 && DeviceText.TryValueAfter(line, "snmp-server location ", out var where))
            {
                Location = Unquote(where);
            }
            else
            {
                ReadAuthRange(line);
            }

            return Section.None;
        }

        public void Body(Section section, ReadOnlySpan<char> line, int end)
        {
            switch (section)
            {
                case Section.Interface:
                    blockEnd = end;
                    if (description.Length == 0 && DeviceText.TryValueAfter(line, "port-name ", out var portName))
                    {
                        description = portName.ToString();
                    }
                    else if (line.Equals("dot1x port-control auto", StringComparison.OrdinalIgnoreCase))
                    {
                        dot1x.Add(BrocadePorts.TableName(interfaceName));
                    }
                    else if (line.Equals("mac-authentication enable", StringComparison.OrdinalIgnoreCase))
                    {
                        macAuth.Add(BrocadePorts.TableName(interfaceName));
                    }

                    break;
                case Section.Vlan:
                    if (DeviceText.TryValueAfter(line, "untagged ", out var u))
                    {
                        BrocadePorts.AddList(u, untagged);
                    }
                    else if (DeviceText.TryValueAfter(line, "tagged ", out var g))
                    {
                        BrocadePorts.AddList(g, tagged);
                    }

                    break;
                case Section.Authentication:
                    authSection.Add(line.ToString());
                    ReadAuthRange(line);
                    break;
            }
        }

        public void Close(Section section, ReadOnlySpan<char> text)
        {
            if (section == Section.Interface && interfaceName is not null)
            {
                Interfaces.Add(new FastIronInterfaceConfig(
                    interfaceName, BrocadePorts.TableName(interfaceName), description, DeviceText.ToLfString(text[blockStart..blockEnd])));
                interfaceName = null;
            }
            else if (section == Section.Vlan && vlanId is not null)
            {
                Vlans.Add(new FastIronConfigVlan(vlanId, vlanName, untagged, tagged));
                vlanId = null;
            }
        }

        public FastIronConfig ToConfig() => new(
            Hostname,
            Location,
            AuthDefaultVlan,
            string.Join('\n', authSection.Count > 0 ? authSection : fallbackAuth),
            Interfaces,
            Vlans,
            dot1x,
            macAuth);

        // "dot1x port-control auto ethe 1/1/1 to 1/1/24" (authentication section, 08.0.90) and
        // "mac-authentication enable ethe 1/1/1 to 1/1/24"; without ports these lines enable the feature, not a port.
        private void ReadAuthRange(ReadOnlySpan<char> line)
        {
            if (DeviceText.TryValueAfter(line, "dot1x port-control auto ", out var d1x))
            {
                BrocadePorts.AddList(d1x, dot1x);
            }
            else if (DeviceText.TryValueAfter(line, "mac-authentication enable ", out var mab))
            {
                BrocadePorts.AddList(mab, macAuth);
            }
        }

        // "vlan 10 name Data by port", "vlan 1 name DEFAULT-VLAN by port", "vlan 20 by port".
        private static bool TryVlanHeader(ReadOnlySpan<char> line, out string id, out string name)
        {
            name = "";
            var rest = line["vlan ".Length..].TrimStart();
            var number = DeviceText.FirstToken(rest);
            id = number.ToString();
            if (!DeviceText.IsDigits(number))
            {
                return false;
            }

            var at = rest.IndexOf(" name ", StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                var value = rest[(at + " name ".Length)..];
                var by = value.LastIndexOf(" by ", StringComparison.OrdinalIgnoreCase);
                name = Unquote(by < 0 ? value : value[..by]);
            }

            return true;
        }

        private static string Unquote(ReadOnlySpan<char> value)
        {
            value = value.Trim();
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            {
                value = value[1..^1];
            }

            return value.ToString();
        }

        private static string Normalize(ReadOnlySpan<char> line)
        {
            var text = new System.Text.StringBuilder(line.Length);
            foreach (var range in line.SplitAny(" \t"))
            {
                if (!line[range].IsEmpty)
                {
                    text.Append(text.Length == 0 ? "" : " ").Append(line[range]);
                }
            }

            return text.ToString();
        }
    }
}
