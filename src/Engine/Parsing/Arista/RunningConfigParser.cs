namespace StateTrace.Engine.Parsing.Arista;

/// <summary>One <c>interface</c> block of the EOS running configuration.</summary>
/// <param name="Interface">The name after <c>interface</c>, as configured (<c>Ethernet1</c>).</param>
/// <param name="AuthTemplate"><c>flexible</c>, <c>dot1x</c>, <c>macauth</c> or <c>open</c> (see <see cref="RunningConfigParser"/>).</param>
/// <param name="Config">The block, header line included, LF-joined.</param>
public sealed record AristaInterfaceConfig(string Interface, string Description, string AuthTemplate, string Config);

/// <summary>What the EOS running configuration says about the device and each interface.</summary>
/// <param name="AuthDefaultVlan">The VLAN of the first <c>dot1x authentication failure action traffic allow vlan N</c>.</param>
/// <param name="AuthBlock">Global 802.1X lines (<c>dot1x system-auth-control</c>, <c>aaa … dot1x …</c>, the <c>dot1x</c> section), LF-joined.</param>
public sealed record AristaRunningConfig(
    string Hostname,
    string Location,
    string AuthDefaultVlan,
    string AuthBlock,
    IReadOnlyList<AristaInterfaceConfig> Interfaces);

/// <summary>
/// Reads EOS <c>show running-config</c>: interface blocks (from <c>interface X</c> to the first line that is not
/// indented, which is the <c>!</c> that EOS prints after every block), their description and 802.1X template, and the
/// global hostname, SNMP location and 802.1X lines. A port runs 802.1X when it has <c>dot1x pae authenticator</c>
/// or <c>dot1x port-control auto</c> (unless <c>dot1x eapol disabled</c>), and MAC-based authentication when it has
/// <c>dot1x mac based authentication</c>: both make it <c>flexible</c>, one <c>dot1x</c> or <c>macauth</c>, neither <c>open</c>.
/// </summary>
internal static class RunningConfigParser
{
    private const string FailVlanPrefix = "dot1x authentication failure action traffic allow vlan ";

    public static AristaRunningConfig Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        string hostname = "", location = "", authDefaultVlan = "";
        var sawText = false;
        var inDot1xSection = false;
        List<string>? authLines = null;
        var interfaces = new List<AristaInterfaceConfig>();
        var block = new OpenBlock();

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.TrimEnd();
            sawText |= !line.IsEmpty;
            var indented = DeviceText.IsIndented(line) && !line.TrimStart().IsEmpty;

            if (block.IsOpen)
            {
                if (indented)
                {
                    var body = line.TrimStart();
                    block.Add(body, cursor.Start + line.Length);
                    if (authDefaultVlan.Length == 0 && DeviceText.TryValueAfter(body, FailVlanPrefix, out var vlan) && DeviceText.IsDigits(DeviceText.FirstToken(vlan)))
                    {
                        authDefaultVlan = DeviceText.FirstToken(vlan).ToString();
                    }

                    continue;
                }

                interfaces.Add(block.Close(text));
            }

            if (inDot1xSection)
            {
                if (indented)
                {
                    authLines!.Add(line.ToString());
                    continue;
                }

                inDot1xSection = false;
            }

            if (line.StartsWith("interface ", StringComparison.OrdinalIgnoreCase))
            {
                block.Open(line["interface ".Length..].Trim().ToString(), cursor.Start, cursor.Start + line.Length);
            }
            else if (hostname.Length == 0 && line.StartsWith("hostname ", StringComparison.Ordinal))
            {
                hostname = line["hostname ".Length..].Trim().ToString();
            }
            else if (location.Length == 0 && line.StartsWith("snmp-server location ", StringComparison.Ordinal))
            {
                location = line["snmp-server location ".Length..].Trim().ToString();
            }
            else if (line is "dot1x")
            {
                (authLines ??= []).Add("dot1x");
                inDot1xSection = true;
            }
            else if (line.StartsWith("dot1x ", StringComparison.Ordinal)
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

        var authBlock = authLines is null ? "" : string.Join('\n', authLines);
        return new AristaRunningConfig(hostname, location, authDefaultVlan, authBlock, interfaces);
    }

    /// <summary>The interface block being read: offsets into the block text plus what its lines said so far.</summary>
    private struct OpenBlock
    {
        private string? name;
        private int start;
        private int end;
        private string description;
        private bool authenticator;
        private bool eapolDisabled;
        private bool macBased;

        public readonly bool IsOpen => name is not null;

        public void Open(string interfaceName, int headerStart, int headerEnd)
        {
            name = interfaceName;
            start = headerStart;
            end = headerEnd;
            description = "";
            authenticator = eapolDisabled = macBased = false;
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
                authenticator |= rest is "pae authenticator" or "port-control auto";
                eapolDisabled |= rest is "eapol disabled";
                macBased |= rest.StartsWith("mac based authentication", StringComparison.Ordinal);
            }
        }

        public AristaInterfaceConfig Close(ReadOnlySpan<char> text)
        {
            var dot1x = authenticator && !eapolDisabled;
            var template = PortJoin.AuthTemplate(dot1x, macBased);
            var config = new AristaInterfaceConfig(name!, description, template, DeviceText.ToLfString(text[start..end]));
            name = null;
            return config;
        }
    }
}
