namespace StateTrace.Engine.Parsing.Procurve;

/// <summary>One <c>interface</c> block of an AOS-Switch configuration.</summary>
/// <param name="Config">The block from the <c>interface</c> line up to (not including) its <c>exit</c>, LF-joined.</param>
public sealed record ProcurveInterfaceConfig(string Port, string Description, string Config);

/// <summary>A <c>vlan N</c> block with its member ports.</summary>
public sealed record ProcurveConfigVlan(string VlanId, string Name, IReadOnlyList<string> Untagged, IReadOnlyList<string> Tagged);

/// <summary>What an AOS-Switch configuration says about the device and its ports.</summary>
/// <param name="Model">The product number of the header (<c>; J9772A Configuration Editor; …</c>).</param>
/// <param name="Version">The release of the header (<c>Created on release #YA.16.10.0009</c>).</param>
/// <param name="AuthDefaultVlan">The first <c>auth-vid</c>: the VLAN of an authenticated client RADIUS assigns none to.</param>
/// <param name="AuthBlock">The global <c>aaa port-access</c> and <c>aaa authentication port-access</c> lines, LF-joined.</param>
/// <param name="Dot1xPorts">Ports under <c>aaa port-access authenticator</c>.</param>
/// <param name="MacAuthPorts">Ports under <c>aaa port-access mac-based</c>.</param>
public sealed record ProcurveConfig(
    string Hostname,
    string Location,
    string Model,
    string Version,
    string AuthDefaultVlan,
    string AuthBlock,
    IReadOnlyList<ProcurveInterfaceConfig> Interfaces,
    IReadOnlyList<ProcurveConfigVlan> Vlans,
    IReadOnlyList<string> Dot1xPorts,
    IReadOnlyList<string> MacAuthPorts);

/// <summary>
/// Reads AOS-Switch <c>show running-config</c>. Contexts (<c>interface 1</c>, <c>vlan 10</c>) run to their
/// <c>exit</c> (indented on 16.x, flush left on older releases) or the next line that is not indented. VLAN membership
/// is read from the VLAN context (<c>untagged 1-24,Trk1</c>), the one-line form (<c>vlan 10 untagged 1-24</c>) and
/// the interface context (<c>untagged vlan 10</c>, <c>tagged vlan 20,30</c>).
/// </summary>
internal static class RunningConfig
{
    private enum Context
    {
        None,
        Interface,
        Vlan,
    }

    public static ProcurveConfig Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var state = new State();
        var context = Context.None;
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
            if (context != Context.None)
            {
                if (trimmed.Equals("exit", StringComparison.OrdinalIgnoreCase))
                {
                    state.Close(context, text);
                    context = Context.None;
                    continue;
                }

                if (DeviceText.IsIndented(line))
                {
                    state.Body(context, trimmed, cursor.Start + line.Length);
                    continue;
                }

                state.Close(context, text);
                context = Context.None;
            }

            context = state.Open(trimmed, cursor.Start, cursor.Start + line.Length);
        }

        state.Close(context, text);
        if (sawText && state.Interfaces.Count == 0 && state.Hostname.Length == 0 && state.Vlans.Count == 0)
        {
            report?.Invoke(firstLine, "show running-config: no hostname, vlan or interface lines found; nothing read.");
        }

        return state.ToConfig();
    }

    private sealed class State
    {
        private readonly List<string> authLines = [];
        private readonly List<string> dot1x = [];
        private readonly List<string> macAuth = [];
        private readonly Dictionary<string, (string Name, List<string> Untagged, List<string> Tagged)> vlans = new(StringComparer.Ordinal);
        private readonly List<string> vlanOrder = [];
        private string? port;
        private int blockStart;
        private int blockEnd;
        private string description = "";
        private string? vlanId;

        public string Hostname { get; private set; } = "";
        public string Location { get; private set; } = "";
        public string Model { get; private set; } = "";
        public string Version { get; private set; } = "";
        public string AuthDefaultVlan { get; private set; } = "";
        public List<ProcurveInterfaceConfig> Interfaces { get; } = [];
        public IReadOnlyCollection<string> Vlans => vlanOrder;

        public Context Open(ReadOnlySpan<char> line, int start, int end)
        {
            if (DeviceText.TryValueAfter(line, "interface ", out var name) && ProcurvePorts.IsPort(name))
            {
                port = name.ToString();
                blockStart = start;
                blockEnd = end;
                description = "";
                return Context.Interface;
            }

            if (DeviceText.TryValueAfter(line, "vlan ", out var vlan))
            {
                var id = DeviceText.FirstToken(vlan);
                if (DeviceText.IsDigits(id))
                {
                    var rest = vlan[id.Length..].Trim();
                    if (rest.IsEmpty)
                    {
                        vlanId = Vlan(id).Id;
                        return Context.Vlan;
                    }

                    ReadMembership(id, rest); // "vlan 10 untagged 1-24"
                }

                return Context.None;
            }

            ReadGlobal(line);
            return Context.None;
        }

        public void Body(Context context, ReadOnlySpan<char> line, int end)
        {
            if (context == Context.Vlan)
            {
                if (DeviceText.TryValueAfter(line, "name ", out var vlanName))
                {
                    var entry = vlans[vlanId!];
                    vlans[vlanId!] = (Unquote(vlanName), entry.Untagged, entry.Tagged);
                }
                else
                {
                    ReadMembership(vlanId, line);
                }

                return;
            }

            blockEnd = end;
            if (description.Length == 0 && DeviceText.TryValueAfter(line, "name ", out var portName))
            {
                description = Unquote(portName);
            }
            else if (DeviceText.TryValueAfter(line, "untagged vlan ", out var u))
            {
                AddVlans(u, untagged: true);
            }
            else if (DeviceText.TryValueAfter(line, "tagged vlan ", out var g))
            {
                AddVlans(g, untagged: false);
            }
            else if (line.Equals("aaa port-access authenticator", StringComparison.OrdinalIgnoreCase))
            {
                dot1x.Add(port!);
            }
            else if (line.Equals("aaa port-access mac-based", StringComparison.OrdinalIgnoreCase))
            {
                macAuth.Add(port!);
            }
        }

        public void Close(Context context, ReadOnlySpan<char> text)
        {
            if (context == Context.Interface && port is not null)
            {
                Interfaces.Add(new ProcurveInterfaceConfig(port, description, DeviceText.ToLfString(text[blockStart..blockEnd])));
                port = null;
            }

            vlanId = null;
        }

        public ProcurveConfig ToConfig()
        {
            var list = new List<ProcurveConfigVlan>(vlanOrder.Count);
            foreach (var id in vlanOrder)
            {
                var (name, untagged, tagged) = vlans[id];
                list.Add(new ProcurveConfigVlan(id, name, untagged, tagged));
            }

            return new ProcurveConfig(
                Hostname, Location, Model, Version, AuthDefaultVlan, string.Join('\n', authLines), Interfaces, list, dot1x, macAuth);
        }

        private void ReadGlobal(ReadOnlySpan<char> line)
        {
            if (Hostname.Length == 0 && DeviceText.TryValueAfter(line, "hostname ", out var host))
            {
                Hostname = Unquote(host);
            }
            else if (Location.Length == 0 && DeviceText.TryValueAfter(line, "snmp-server location ", out var where))
            {
                Location = Unquote(where);
            }
            else if (line.StartsWith(';'))
            {
                ReadHeader(line);
            }
            else if (line.StartsWith("aaa port-access", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("aaa authentication port-access", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("aaa authentication mac-based", StringComparison.OrdinalIgnoreCase))
            {
                authLines.Add(line.ToString());
                ReadPortAccess(line);
            }
        }

        // "aaa port-access authenticator 1-24" enables 802.1X on the ports; with more words it sets an option
        // ("aaa port-access authenticator 1 auth-vid 20"), which may carry the default VLAN.
        private void ReadPortAccess(ReadOnlySpan<char> line)
        {
            var authVid = line.IndexOf(" auth-vid ", StringComparison.OrdinalIgnoreCase);
            if (authVid > 0 && AuthDefaultVlan.Length == 0)
            {
                var number = DeviceText.FirstToken(line[(authVid + " auth-vid ".Length)..]);
                AuthDefaultVlan = DeviceText.IsDigits(number) ? number.ToString() : "";
            }

            if (DeviceText.TryValueAfter(line, "aaa port-access authenticator ", out var d) && ProcurvePorts.IsList(d))
            {
                ProcurvePorts.AddList(d, dot1x);
            }
            else if (DeviceText.TryValueAfter(line, "aaa port-access mac-based ", out var m) && ProcurvePorts.IsList(m))
            {
                ProcurvePorts.AddList(m, macAuth);
            }
        }

        // "; J9772A Configuration Editor; Created on release #YA.16.10.0009"
        private void ReadHeader(ReadOnlySpan<char> line)
        {
            var editor = line.IndexOf(" Configuration Editor", StringComparison.OrdinalIgnoreCase);
            if (editor > 1 && Model.Length == 0)
            {
                Model = line[1..editor].Trim().ToString();
            }

            var release = line.IndexOf("release #", StringComparison.OrdinalIgnoreCase);
            if (release > 0 && Version.Length == 0)
            {
                Version = DeviceText.FirstToken(line[(release + "release #".Length)..]).ToString();
            }
        }

        private void ReadMembership(ReadOnlySpan<char> id, ReadOnlySpan<char> line)
        {
            var entry = Vlan(id);
            if (DeviceText.TryValueAfter(line, "untagged ", out var u) && ProcurvePorts.IsList(u))
            {
                ProcurvePorts.AddList(u, entry.Untagged);
            }
            else if (DeviceText.TryValueAfter(line, "tagged ", out var g) && ProcurvePorts.IsList(g))
            {
                ProcurvePorts.AddList(g, entry.Tagged);
            }
        }

        // "untagged vlan 10" / "tagged vlan 20,30-32" inside an interface: the port joins those VLANs.
        private void AddVlans(ReadOnlySpan<char> list, bool untagged)
        {
            foreach (var range in list.Split(','))
            {
                var item = list[range].Trim();
                var dash = item.IndexOf('-');
                if (dash > 0 && int.TryParse(item[..dash], out var from) && int.TryParse(item[(dash + 1)..], out var to))
                {
                    for (var id = from; id <= Math.Min(to, from + ProcurvePorts.MaxRange); id++)
                    {
                        Join(id.ToString(System.Globalization.CultureInfo.InvariantCulture), untagged);
                    }
                }
                else if (DeviceText.IsDigits(item))
                {
                    Join(item.ToString(), untagged);
                }
            }
        }

        private void Join(string id, bool untagged)
        {
            var entry = Vlan(id);
            (untagged ? entry.Untagged : entry.Tagged).Add(port!);
        }

        private (string Id, List<string> Untagged, List<string> Tagged) Vlan(ReadOnlySpan<char> id)
        {
            var key = id.ToString();
            if (!vlans.TryGetValue(key, out var entry))
            {
                entry = ("", [], []);
                vlans[key] = entry;
                vlanOrder.Add(key);
            }

            return (key, entry.Untagged, entry.Tagged);
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
    }
}
