namespace StateTrace.Engine.Parsing.Aruba;

/// <summary>One <c>interface</c> block of the AOS-CX running configuration.</summary>
/// <param name="Interface">The name as the operational commands print it (<c>1/1/1</c>, <c>lag1</c>, <c>vlan10</c>).</param>
/// <param name="Vlan">The access VLAN, <c>trunk</c>, <c>routed</c>, or empty when the block says nothing of it.</param>
/// <param name="AuthTemplate"><c>flexible</c>, <c>dot1x</c>, <c>macauth</c> or <c>open</c>.</param>
/// <param name="Config">The block, header line included, LF-joined.</param>
public sealed record CxInterfaceConfig(string Interface, string Description, string Vlan, bool Shutdown, string AuthTemplate, string Config);

/// <summary>What the AOS-CX running configuration says about the switch and each interface.</summary>
/// <param name="AuthBlock">Global <c>aaa authentication port-access …</c> and <c>port-access …</c> lines with their nested lines, LF-joined.</param>
public sealed record CxRunningConfig(string Hostname, string Location, string AuthBlock, IReadOnlyList<CxInterfaceConfig> Interfaces);

/// <summary>
/// Reads AOS-CX <c>show running-config</c>. Blocks nest by indentation: an <c>interface X</c> block holds the
/// indented lines below it and ends at the next line in column 0 (<c>!</c>, the next <c>interface</c>, any global
/// command) or at an <c>exit</c> at its own body level. A port authenticates with 802.1X when it carries
/// <c>aaa authentication port-access dot1x authenticator</c> followed by <c>enable</c> (on the same line or nested
/// below it), with MAC authentication likewise for <c>aaa authentication port-access mac-auth</c>.
/// </summary>
internal static class RunningConfig
{
    private const string Dot1x = "aaa authentication port-access dot1x authenticator";
    private const string MacAuth = "aaa authentication port-access mac-auth";

    public static CxRunningConfig Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        string hostname = "", location = "";
        var sawText = false;
        List<string>? authLines = null;
        var inGlobalAuth = false;
        var interfaces = new List<CxInterfaceConfig>();
        var block = new OpenBlock();

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.TrimEnd();
            if (line.IsEmpty)
            {
                continue;
            }

            sawText = true;
            var indent = ArubaText.Indent(line);
            var trimmed = line[indent..];
            if (block.IsOpen)
            {
                if (indent > 0 && !block.Ends(trimmed, indent))
                {
                    block.Add(trimmed, indent, cursor.Start + line.Length);
                    continue;
                }

                interfaces.Add(block.Close(text));
                if (indent > 0)
                {
                    continue; // the block's own "exit"
                }
            }

            if (indent > 0)
            {
                if (inGlobalAuth)
                {
                    authLines!.Add(line.ToString());
                }

                continue;
            }

            inGlobalAuth = false;
            if (trimmed.StartsWith("interface ", StringComparison.Ordinal))
            {
                block.Open(ArubaText.PortKey(trimmed["interface ".Length..]), cursor.Start, cursor.Start + line.Length);
            }
            else if (DeviceText.TryValueAfter(trimmed, "hostname ", out var host))
            {
                hostname = ArubaText.Unquote(host).ToString();
            }
            else if (DeviceText.TryValueAfter(trimmed, "snmp-server system-location ", out var where))
            {
                location = ArubaText.Unquote(where).ToString();
            }
            else if (trimmed.StartsWith("aaa authentication port-access", StringComparison.Ordinal)
                || trimmed.StartsWith("port-access ", StringComparison.Ordinal))
            {
                (authLines ??= []).Add(trimmed.ToString());
                inGlobalAuth = true;
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

        return new CxRunningConfig(hostname, location, authLines is null ? "" : string.Join('\n', authLines), interfaces);
    }

    /// <summary>The interface block being read: offsets into the text plus what its lines said so far.</summary>
    private struct OpenBlock
    {
        private string? name;
        private int start, end, bodyIndent;
        private string description, vlan;
        private bool shutdown, dot1x, macAuth;
        private Context context;

        private enum Context
        {
            None,
            Dot1x,
            MacAuth,
        }

        public readonly bool IsOpen => name is not null;

        public void Open(string port, int headerStart, int headerEnd)
        {
            name = port;
            start = headerStart;
            end = headerEnd;
            bodyIndent = -1;
            description = vlan = "";
            shutdown = dot1x = macAuth = false;
            context = Context.None;
        }

        public readonly bool Ends(ReadOnlySpan<char> trimmed, int indent) =>
            trimmed.SequenceEqual("exit") && (bodyIndent < 0 || indent <= bodyIndent);

        public void Add(ReadOnlySpan<char> trimmed, int indent, int lineEnd)
        {
            end = lineEnd;
            if (bodyIndent < 0)
            {
                bodyIndent = indent;
            }

            if (indent > bodyIndent)
            {
                // Nested under "aaa authentication port-access dot1x authenticator" or "… mac-auth".
                if (trimmed.SequenceEqual("enable"))
                {
                    dot1x |= context == Context.Dot1x;
                    macAuth |= context == Context.MacAuth;
                }

                return;
            }

            context = Context.None;
            if (trimmed.StartsWith(Dot1x, StringComparison.Ordinal))
            {
                context = Context.Dot1x;
                dot1x |= trimmed[Dot1x.Length..].Trim().SequenceEqual("enable");
            }
            else if (trimmed.StartsWith(MacAuth, StringComparison.Ordinal))
            {
                context = Context.MacAuth;
                macAuth |= trimmed[MacAuth.Length..].Trim().SequenceEqual("enable");
            }
            else if (description.Length == 0 && DeviceText.TryValueAfter(trimmed, "description ", out var text))
            {
                description = text.ToString();
            }
            else if (DeviceText.TryValueAfter(trimmed, "vlan access ", out var access))
            {
                vlan = DeviceText.FirstToken(access).ToString();
            }
            else if (trimmed.StartsWith("vlan trunk ", StringComparison.Ordinal))
            {
                vlan = "trunk";
            }
            else if (vlan.Length == 0 && (trimmed.StartsWith("ip address ", StringComparison.Ordinal) || trimmed.SequenceEqual("routing")))
            {
                vlan = "routed";
            }
            else if (trimmed.SequenceEqual("shutdown"))
            {
                shutdown = true;
            }
        }

        public CxInterfaceConfig Close(ReadOnlySpan<char> text)
        {
            var template = PortJoin.AuthTemplate(dot1x, macAuth);
            var config = new CxInterfaceConfig(name!, description, vlan, shutdown, template, DeviceText.ToLfString(text[start..end]));
            name = null;
            return config;
        }
    }
}
