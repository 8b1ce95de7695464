namespace StateTrace.Engine.Parsing.Nxos;

/// <summary>One <c>interface</c> block of the NX-OS running configuration.</summary>
/// <param name="Interface">The name after <c>interface</c>, as configured (<c>Ethernet1/1</c>, <c>port-channel10</c>).</param>
/// <param name="AuthTemplate"><c>flexible</c>, <c>dot1x</c>, <c>macauth</c> or <c>open</c> (see <see cref="RunningConfigParser"/>).</param>
/// <param name="Config">The block, header line included, LF-joined.</param>
public sealed record NxosInterfaceConfig(string Interface, string Description, string AuthTemplate, string Config);

/// <summary>What the NX-OS running configuration says about the device and each interface.</summary>
/// <param name="AuthBlock">Global 802.1X lines (<c>feature dot1x</c>, <c>dot1x …</c>, <c>aaa … dot1x …</c>), LF-joined.</param>
public sealed record NxosRunningConfig(string Hostname, string Location, string AuthBlock, IReadOnlyList<NxosInterfaceConfig> Interfaces);

/// <summary>
/// Reads NX-OS <c>show running-config</c>: interface blocks (from <c>interface X</c> to the first line that is not
/// indented, usually the blank line NX-OS prints between blocks), their description and 802.1X template, and the
/// global hostname (<c>hostname</c>, or <c>switchname</c> on older releases), SNMP location and 802.1X lines. A port
/// runs 802.1X with <c>dot1x port-control auto</c> or <c>dot1x pae authenticator</c> and MAB with
/// <c>dot1x mac-auth-bypass</c>: both make it <c>flexible</c>, one <c>dot1x</c> or <c>macauth</c>, neither <c>open</c>.
/// </summary>
internal static class RunningConfigParser
{
    public static NxosRunningConfig Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        string hostname = "", location = "";
        var sawText = false;
        List<string>? authLines = null;
        var interfaces = new List<NxosInterfaceConfig>();
        var block = new OpenBlock();

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.TrimEnd();
            sawText |= !line.IsEmpty;
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
            else if (hostname.Length == 0 && (line.StartsWith("hostname ", StringComparison.Ordinal) || line.StartsWith("switchname ", StringComparison.Ordinal)))
            {
                hostname = DeviceText.FirstToken(line[(line.IndexOf(' ') + 1)..]).ToString();
            }
            else if (location.Length == 0 && line.StartsWith("snmp-server location ", StringComparison.Ordinal))
            {
                location = line["snmp-server location ".Length..].Trim().ToString();
            }
            else if (line is "feature dot1x" || line.StartsWith("dot1x ", StringComparison.Ordinal)
                || (line.StartsWith("aaa ", StringComparison.Ordinal) && line.Contains(" dot1x ", StringComparison.Ordinal)))
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

        return new NxosRunningConfig(hostname, location, authLines is null ? "" : string.Join('\n', authLines), interfaces);
    }

    /// <summary>The interface block being read: offsets into the block text plus what its lines said so far.</summary>
    private struct OpenBlock
    {
        private string? name;
        private int start;
        private int end;
        private string description;
        private bool dot1x;
        private bool mab;

        public readonly bool IsOpen => name is not null;

        public void Open(string interfaceName, int headerStart, int headerEnd)
        {
            name = interfaceName;
            start = headerStart;
            end = headerEnd;
            description = "";
            dot1x = mab = false;
        }

        public void Add(ReadOnlySpan<char> body, int lineEnd)
        {
            end = lineEnd;
            if (description.Length == 0 && body.StartsWith("description ", StringComparison.Ordinal))
            {
                description = body["description ".Length..].Trim().ToString();
            }
            else if (body.StartsWith("dot1x ", StringComparison.Ordinal))
            {
                var rest = body["dot1x ".Length..].Trim();
                dot1x |= rest is "port-control auto" or "pae authenticator";
                mab |= rest.StartsWith("mac-auth-bypass", StringComparison.Ordinal);
            }
        }

        public NxosInterfaceConfig Close(ReadOnlySpan<char> text)
        {
            var template = PortJoin.AuthTemplate(dot1x, mab);
            var config = new NxosInterfaceConfig(name!, description, template, DeviceText.ToLfString(text[start..end]));
            name = null;
            return config;
        }
    }
}
