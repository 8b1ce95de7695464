namespace StateTrace.Engine.Parsing.PaloAlto;

/// <summary>One interface of the PAN-OS running configuration: a port (<c>ethernet1/1</c>, <c>ae1</c>) or a unit (<c>ethernet1/1.10</c>, <c>tunnel.1</c>).</summary>
/// <param name="Comment">The interface's <c>comment</c>: the only description PAN-OS has.</param>
/// <param name="Config">The interface's configuration as captured: its brace block, or its <c>set network interface</c> lines, LF-joined.</param>
public sealed record PanosInterfaceConfig(string Interface, string Comment, string Config);

/// <summary>
/// Reads the interfaces of <c>show config running</c> in either form: the brace hierarchy
/// (<c>network { interface { ethernet { ethernet1/1 { layer3 { … } comment "Uplink to core"; } } } }</c>, anywhere
/// under <c>config</c>, <c>devices</c> or a template) or <c>set</c> lines
/// (<c>set network interface ethernet ethernet1/1 comment "Uplink to core"</c>). Units
/// (<c>layer3 { units { ethernet1/1.10 { … } } }</c>) are interfaces of their own. Everything else in the
/// configuration is skipped; a quoted value may hold braces and semicolons.
/// </summary>
internal static class ConfigRunning
{
    private const int MaxDepth = 64;
    private const int MaxTokens = 32;

    public static List<PanosInterfaceConfig> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var state = new State();
        var sawText = false;
        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            sawText = true;
            if (line.StartsWith("set ", StringComparison.Ordinal))
            {
                state.SetLine(line);
                continue;
            }

            if (state.BraceLine(line, cursor.Start, cursor.Start + raw.Length) && report is not null && !state.ReportedStray)
            {
                state.ReportedStray = true;
                report(firstLine + cursor.Number - 1, "show config running: '}' without an open block (capture cut at the start?); ignored.");
            }
        }

        state.CloseAll(text.Length);
        if (sawText && state.Count == 0)
        {
            report?.Invoke(firstLine, "show config running: no network interface found (not the set or brace form?); nothing read.");
        }

        return state.Result(text);
    }

    /// <summary>
    /// A block under <c>network interface &lt;kind&gt;</c> names a port when it looks like one: <c>ethernet1/1</c>,
    /// <c>ae1</c>, a unit <c>loopback.1</c>; <c>ip</c>, <c>ipv6</c> and <c>units</c> under <c>loopback</c> do not.
    /// </summary>
    internal static bool IsPortName(ReadOnlySpan<char> name)
    {
        if (name.Contains('/') || name.Contains('.'))
        {
            return true;
        }

        return name.Length > 2 && name.StartsWith("ae", StringComparison.Ordinal) && DeviceText.IsDigits(name[2..]);
    }

    private enum Frame : byte
    {
        Other,
        Network,
        Interface,
        Kind,
        Port,
        PortInner,
        Units,
        Unit,
        UnitInner,
    }

    private sealed class Entry(string name)
    {
        public string Name { get; } = name;
        public string Comment { get; set; } = "";
        public int BlockStart { get; set; } = -1;
        public int BlockEnd { get; set; } = -1;
        public bool InBlock { get; set; }
        public List<string>? SetLines { get; set; }
    }

    private sealed class State
    {
        private readonly Dictionary<string, Entry> byName = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> lookup;
        private readonly List<Entry> order = [];
        private readonly Frame[] frames = new Frame[MaxDepth];
        private readonly Entry?[] owners = new Entry?[MaxDepth];
        private int depth;
        private int overflow;

        public State()
        {
            lookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public bool ReportedStray { get; set; }

        public int Count => order.Count;

        /// <summary>Reads one line of the brace form; true when it closed a block that was never opened.</summary>
        public bool BraceLine(ReadOnlySpan<char> line, int lineStart, int lineEnd)
        {
            var stray = false;
            var p = 0;
            while (p < line.Length)
            {
                while (p < line.Length && DeviceText.IsBlank(line[p]))
                {
                    p++;
                }

                if (p == line.Length)
                {
                    break;
                }

                if (line[p] == '}')
                {
                    stray |= !Close(lineEnd);
                    p++;
                    continue;
                }

                var start = p;
                var quoted = false;
                for (; p < line.Length; p++)
                {
                    var c = line[p];
                    if (c == '"' && (p == 0 || line[p - 1] != '\\'))
                    {
                        quoted = !quoted;
                    }
                    else if (!quoted && c is ';' or '{' or '}')
                    {
                        break;
                    }
                }

                if (p == line.Length)
                {
                    break; // a value that goes on over lines (a certificate), a prompt, "[edit]"
                }

                var statement = line[start..p].Trim();
                if (line[p] == '{')
                {
                    Open(statement, lineStart);
                    p++;
                }
                else
                {
                    Leaf(statement);
                    p += line[p] == ';' ? 1 : 0;
                }
            }

            return stray;
        }

        // "set network interface ethernet ethernet1/1 layer3 units ethernet1/1.10 comment "Guest"", after any prefix
        // ("set template T config devices localhost.localdomain network interface …").
        public void SetLine(ReadOnlySpan<char> line)
        {
            var at = line.IndexOf(" network interface ", StringComparison.Ordinal);
            if (at < 0)
            {
                return;
            }

            var rest = line[(at + " network interface ".Length)..];
            Span<Range> t = stackalloc Range[MaxTokens];
            var count = DeviceText.Tokenize(rest, t);
            if (count < 2)
            {
                return;
            }

            var k = 1;
            Entry? port = null;
            if (IsPortName(rest[t[1]]))
            {
                port = Get(rest[t[1]]);
                k = 2;
            }

            Entry? unit = null;
            for (var u = k; u + 1 < count; u++)
            {
                if (rest[t[u]].SequenceEqual("units"))
                {
                    unit = Get(rest[t[u + 1]]);
                    k = u + 2;
                    break;
                }
            }

            var owner = unit ?? port;
            if (owner is null)
            {
                return; // "set network interface loopback ip 10.0.0.1": the main loopback has no row of its own
            }

            var text = line.ToString();
            if (port is not null)
            {
                (port.SetLines ??= []).Add(text);
            }

            if (unit is not null)
            {
                (unit.SetLines ??= []).Add(text);
            }

            if (k < count && rest[t[k]].SequenceEqual("comment") && k + 1 < count)
            {
                owner.Comment = Unquote(rest[t[k + 1].Start..].Trim()).ToString();
            }
        }

        public void CloseAll(int end)
        {
            while (depth > 0)
            {
                Close(end);
            }
        }

        public List<PanosInterfaceConfig> Result(ReadOnlySpan<char> text)
        {
            var rows = new List<PanosInterfaceConfig>(order.Count);
            foreach (var entry in order)
            {
                var config = entry.BlockEnd > entry.BlockStart && entry.BlockStart >= 0
                    ? DeviceText.ToLfString(text[entry.BlockStart..entry.BlockEnd])
                    : entry.SetLines is null ? "" : string.Join('\n', entry.SetLines);
                rows.Add(new PanosInterfaceConfig(entry.Name, entry.Comment, config));
            }

            return rows;
        }

        private void Open(ReadOnlySpan<char> statement, int lineStart)
        {
            if (depth == MaxDepth)
            {
                overflow++;
                return;
            }

            var name = Unquote(statement);
            var parent = depth == 0 ? Frame.Other : frames[depth - 1];
            var owner = depth == 0 ? null : owners[depth - 1];
            var frame = parent switch
            {
                Frame.Other when name.SequenceEqual("network") => Frame.Network,
                Frame.Network when name.SequenceEqual("interface") => Frame.Interface,
                Frame.Interface => Frame.Kind,
                Frame.Kind when name.SequenceEqual("units") => Frame.Units,
                Frame.Kind when IsPortName(name) => Frame.Port,
                Frame.Port or Frame.PortInner when name.SequenceEqual("units") => Frame.Units,
                Frame.Port or Frame.PortInner => Frame.PortInner,
                Frame.Units => Frame.Unit,
                Frame.Unit or Frame.UnitInner => Frame.UnitInner,
                _ => Frame.Other,
            };

            if (frame is Frame.Port or Frame.Unit)
            {
                // A port configured twice (a template and the local configuration) keeps its first block.
                owner = Get(name);
                if (owner.BlockStart < 0)
                {
                    owner.BlockStart = lineStart;
                    owner.InBlock = true;
                }
            }

            frames[depth] = frame;
            owners[depth] = owner;
            depth++;
        }

        private bool Close(int lineEnd)
        {
            if (overflow > 0)
            {
                overflow--;
                return true;
            }

            if (depth == 0)
            {
                return false;
            }

            depth--;
            if (frames[depth] is Frame.Port or Frame.Unit && owners[depth] is { InBlock: true } entry)
            {
                entry.BlockEnd = lineEnd;
                entry.InBlock = false;
            }

            owners[depth] = null;
            return true;
        }

        // "comment "Uplink to core"" or "comment Uplink", directly in a port's or unit's block.
        private void Leaf(ReadOnlySpan<char> statement)
        {
            if (depth == 0 || frames[depth - 1] is not (Frame.Port or Frame.Unit) || owners[depth - 1] is not { } owner)
            {
                return;
            }

            if (statement.StartsWith("comment", StringComparison.Ordinal) && statement.Length > 7 && DeviceText.IsBlank(statement[7]))
            {
                owner.Comment = Unquote(statement[8..].Trim()).ToString();
            }
        }

        private Entry Get(ReadOnlySpan<char> name)
        {
            if (!lookup.TryGetValue(name, out var entry))
            {
                entry = new Entry(name.ToString());
                byName[entry.Name] = entry;
                order.Add(entry);
            }

            return entry;
        }
    }

    private static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
}
