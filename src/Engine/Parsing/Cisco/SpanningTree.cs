namespace StateTrace.Engine.Parsing.Cisco;

/// <summary>One port row of a spanning-tree instance (<c>Gi0/3  Root FWD 4  128.4  P2p</c>).</summary>
public sealed record SpanningTreePortRow(
    string Vlan, string Interface, string Role, string Status, string Cost, string PortPriority, string PortId, string Type);

/// <summary>One instance of <c>show spanning-tree</c>: <c>VLAN0001</c> (PVST) or <c>MST0</c>.</summary>
/// <param name="Vlan">The instance number without leading zeros (<c>VLAN0001</c> → <c>1</c>).</param>
/// <param name="RootPort">The port towards the root (<c>GigabitEthernet0/3</c>); empty when this bridge is the root.</param>
public sealed record SpanningTreeInstance(
    string Instance, string Vlan, string RootAddress, string RootPort, IReadOnlyList<SpanningTreePortRow> Ports);

/// <summary>Reads <c>show spanning-tree</c>: per instance the root bridge address, the root port and the port table.</summary>
internal static class SpanningTree
{
    private const int MaxTokens = 12;

    public static List<SpanningTreeInstance> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var instances = new List<SpanningTreeInstance>();
        var pool = new StringPool();
        Open? open = null;
        var inRoot = false;
        var inTable = false;
        Span<Range> t = stackalloc Range[MaxTokens];

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.Trim();
            if (!DeviceText.IsIndented(raw) && TryInstance(line, out var name, out var number))
            {
                open?.AddTo(instances);
                open = new Open(name.ToString(), number.ToString());
                inRoot = false;
                inTable = false;
                continue;
            }

            if (open is null || DeviceText.IsPrompt(raw))
            {
                continue;
            }

            if (line.IsEmpty)
            {
                inTable = false;
            }
            else if (line.StartsWith("Root ID", StringComparison.Ordinal))
            {
                inRoot = true;
            }
            else if (line.StartsWith("Bridge ID", StringComparison.Ordinal))
            {
                inRoot = false;
            }
            else if (line.StartsWith("Interface", StringComparison.Ordinal) && line.Contains(" Role", StringComparison.Ordinal))
            {
                inTable = true;
            }
            else if (inRoot && open.RootAddress.Length == 0 && DeviceText.TryValueAfter(line, "Address ", out var address))
            {
                open.RootAddress = address.ToString();
            }
            else if (inRoot && DeviceText.TryValueAfter(line, "Port ", out var port))
            {
                // "Port        4 (GigabitEthernet0/3)"
                var lp = port.IndexOf('(');
                var rp = port.LastIndexOf(')');
                open.RootPort = (lp >= 0 && rp > lp ? port[(lp + 1)..rp] : port).Trim().ToString();
            }
            else if (inTable && !DeviceText.IsRule(line))
            {
                var count = DeviceText.Tokenize(line, t);
                if (count < 5)
                {
                    report?.Invoke(firstLine + cursor.Number - 1, "show spanning-tree: port row has too few columns; row skipped.");
                    continue;
                }

                var prio = line[t[4]];
                var dot = prio.IndexOf('.');
                open.Ports.Add(new SpanningTreePortRow(
                    open.Vlan,
                    line[t[0]].ToString(),
                    pool.Get(line[t[1]]),
                    pool.Get(line[t[2]]),
                    pool.Get(line[t[3]]),
                    pool.Get(dot >= 0 ? prio[..dot] : prio),
                    pool.Get(dot >= 0 ? prio[(dot + 1)..] : default),
                    pool.Get(count > 5 ? line[t[5].Start..].Trim() : default)));
            }
        }

        open?.AddTo(instances);
        return instances;
    }

    // "VLAN0001" or "MST0" (also "MST0    vlans mapped:   1-4094").
    private static bool TryInstance(ReadOnlySpan<char> line, out ReadOnlySpan<char> name, out ReadOnlySpan<char> number)
    {
        name = DeviceText.FirstToken(line);
        var prefix = name.StartsWith("VLAN", StringComparison.Ordinal) ? 4 : name.StartsWith("MST", StringComparison.Ordinal) ? 3 : 0;
        number = default;
        if (prefix == 0 || !DeviceText.IsDigits(name[prefix..]))
        {
            return false;
        }

        number = name[prefix..].TrimStart('0');
        if (number.IsEmpty)
        {
            number = "0";
        }

        return true;
    }

    private sealed class Open(string instance, string vlan)
    {
        public string Vlan { get; } = vlan;
        public string RootAddress { get; set; } = "";
        public string RootPort { get; set; } = "";
        public List<SpanningTreePortRow> Ports { get; } = [];

        public void AddTo(List<SpanningTreeInstance> instances) =>
            instances.Add(new SpanningTreeInstance(instance, Vlan, RootAddress, RootPort, Ports));
    }
}
