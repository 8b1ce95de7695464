using System.Text.RegularExpressions;
using StateTrace.Engine.Generation;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Tests.Generation;

/// <summary>
/// Compares two captures of one host line by line and says which ports each difference belongs to, so a test can
/// check that a change run altered exactly the ports it lists. A port is named by how its platform prints it
/// (<c>Gi1/0/5</c> and <c>GigabitEthernet1/0/5</c>, <c>ge-0/0/4.0</c>, …), by a range that covers it
/// (<c>ethe 1/1/1 to 1/1/8</c>, <c>1/1/2-1/1/4</c>, <c>1-12</c>), or, for the lines of a port's own record that do
/// not name it (a description line under <c>interface …</c>, counters under a port's header), by the nearest line
/// above that names exactly one port.
/// </summary>
internal static partial class CaptureDiff
{
    /// <summary>Blocks whose output must not change at all: what a change run leaves alone (uptime included).</summary>
    private static readonly HashSet<string> DeviceBlocks =
    [
        "show version", "show version | no-more", "show system", "show system info", "show system uptime | no-more",
        "show chassis hardware | no-more", "show modules",
    ];

    /// <summary>Lines that total a table: they change with any row.</summary>
    [GeneratedRegex(@"(?i)total|count|current configuration|entries|number of")]
    private static partial Regex Summary();

    [GeneratedRegex(@"[A-Za-z0-9/._-]+")]
    private static partial Regex Token();

    /// <summary>
    /// The problems found comparing <paramref name="before"/> and <paramref name="after"/> of <paramref name="plan"/>,
    /// given the indexes of the ports that changed and the values they changed between; empty when every difference
    /// belongs to a changed port and every changed port shows a difference.
    /// </summary>
    public static List<string> Check(HostPlan plan, string before, string after, IReadOnlyDictionary<int, (string Old, string New)> changed)
    {
        var problems = new List<string>();
        var names = Spellings(plan);
        var numeric = plan.Platform == Platforms.HpProcurve && plan.Ports.Length <= 48;
        var oldBlocks = Blocks(before);
        var newBlocks = Blocks(after);
        if (!oldBlocks.Select(b => b.Command).SequenceEqual(newBlocks.Select(b => b.Command)))
        {
            problems.Add("the commands captured differ");
            return problems;
        }

        var attributed = new HashSet<int>();
        for (var b = 0; b < oldBlocks.Count; b++)
        {
            var command = oldBlocks[b].Command;
            var oldLines = oldBlocks[b].Lines;
            var newLines = newBlocks[b].Lines;
            if (DeviceBlocks.Contains(command))
            {
                if (!oldLines.SequenceEqual(newLines))
                {
                    problems.Add($"'{command}' changed, but a change run alters ports only");
                }

                continue;
            }

            var list = command.StartsWith("show vlan", StringComparison.Ordinal);
            foreach (var hunk in Hunks(oldLines, newLines))
            {
                var lines = hunk.Removed.Concat(hunk.Added).ToList();
                var mentioned = lines.SelectMany(l => Mentions(l, names)).ToHashSet();
                var hits = mentioned.Where(changed.ContainsKey).ToList();
                var valueHit = changed.Where(c => lines.Any(l => HoldsValue(l, c.Value.Old) || HoldsValue(l, c.Value.New))).Select(c => c.Key).ToList();
                if (hits.Count > 0 || valueHit.Count > 0)
                {
                    attributed.UnionWith(hits);
                    attributed.UnionWith(valueHit);
                    if (!list && !numeric)
                    {
                        // A line naming one port only is that port's line: it must be a changed one.
                        foreach (var line in lines)
                        {
                            var one = Mentions(line, names).Distinct().ToList();
                            if (one.Count == 1 && !changed.ContainsKey(one[0]))
                            {
                                problems.Add($"'{command}': the line of unchanged port {Name(plan, one[0])} differs: '{line.Trim()}'");
                            }
                        }
                    }

                    continue;
                }

                if (mentioned.Count > 0)
                {
                    problems.Add($"'{command}': lines of unchanged ports differ: '{lines[0].Trim()}'");
                    continue;
                }

                var context = Context(oldLines, hunk.OldStart, names);
                if (context is int port && changed.ContainsKey(port))
                {
                    attributed.Add(port);
                }
                else if (!lines.All(l => l.Trim().Length == 0 || Summary().IsMatch(l)))
                {
                    problems.Add($"'{command}': a difference belongs to no changed port: '{lines[0].Trim()}'"
                        + (context is int other ? $" (it is in the record of {Name(plan, other)})" : ""));
                }
            }
        }

        foreach (var port in changed.Keys.Where(p => !attributed.Contains(p)))
        {
            problems.Add($"port {Name(plan, port)} is listed as changed but none of its lines differ");
        }

        return problems;
    }

    private static string Name(HostPlan plan, int index) => SessionWriters.For(plan).View(plan, index, plan.Ports[index]).Port;

    private static bool HoldsValue(string line, string value) => value.Trim().Length >= 4 && line.Contains(value.Trim(), StringComparison.Ordinal);

    /// <summary>Every spelling of every port of the host, to its index.</summary>
    private static Dictionary<string, int> Spellings(HostPlan plan)
    {
        var writer = SessionWriters.For(plan);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Ports.Length; i++)
        {
            var port = writer.View(plan, i, plan.Ports[i]).Port;
            names[port] = i;
            switch (plan.Platform)
            {
                case Platforms.CiscoIos:
                    names["GigabitEthernet" + port[2..]] = i;
                    break;
                case Platforms.CiscoNxos:
                    names["Ethernet" + port[3..]] = i;
                    break;
                case Platforms.AristaEos:
                    names["Ethernet" + port[2..]] = i;
                    break;
                case Platforms.JuniperJunos:
                    names[port + ".0"] = i;
                    break;
            }
        }

        return names;
    }

    /// <summary>The ports a line names, directly or through a range.</summary>
    private static IEnumerable<int> Mentions(string line, Dictionary<string, int> names)
    {
        var tokens = Token().Matches(line).Select(m => m.Value).ToList();
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (names.TryGetValue(token, out var index))
            {
                // "A to B" (FastIron) covers A through B.
                if (t + 2 < tokens.Count && tokens[t + 1] == "to" && names.TryGetValue(tokens[t + 2], out var last))
                {
                    for (var i = index; i <= last; i++)
                    {
                        yield return i;
                    }

                    t += 2;
                    continue;
                }

                yield return index;
                continue;
            }

            // "A-B" (AOS-CX, AOS-Switch) covers A through B, when both ends are ports of the host.
            var dash = token.IndexOf('-', 1);
            while (dash > 0)
            {
                if (names.TryGetValue(token[..dash], out var first) && names.TryGetValue(token[(dash + 1)..], out var end))
                {
                    for (var i = first; i <= end; i++)
                    {
                        yield return i;
                    }

                    break;
                }

                dash = token.IndexOf('-', dash + 1);
            }
        }
    }

    /// <summary>The one port named by the nearest line above <paramref name="start"/> that names exactly one.</summary>
    private static int? Context(List<string> lines, int start, Dictionary<string, int> names)
    {
        for (var i = Math.Min(start, lines.Count) - 1; i >= 0; i--)
        {
            var ports = Mentions(lines[i], names).Distinct().ToList();
            if (ports.Count == 1)
            {
                return ports[0];
            }

            if (ports.Count > 1)
            {
                return null;
            }
        }

        return null;
    }

    private static List<(string Command, List<string> Lines)> Blocks(string text)
    {
        var blocks = new List<(string Command, List<string> Lines)> { ("", []) };
        foreach (var line in text.Split('\n'))
        {
            if (StateTrace.Engine.Input.PromptGrammar.TryParse(line, out _, out var command))
            {
                blocks.Add((line[command], []));
                continue;
            }

            blocks[^1].Lines.Add(line);
        }

        return blocks;
    }

    /// <summary>Runs of removed and added lines of a longest-common-subsequence alignment.</summary>
    private static List<(int OldStart, List<string> Removed, List<string> Added)> Hunks(List<string> a, List<string> b)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        var n = a.Count - prefix - suffix;
        var m = b.Count - prefix - suffix;
        var table = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                table[i, j] = a[prefix + i] == b[prefix + j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var hunks = new List<(int OldStart, List<string> Removed, List<string> Added)>();
        (int OldStart, List<string> Removed, List<string> Added)? open = null;
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[prefix + x] == b[prefix + y])
            {
                if (open is not null)
                {
                    hunks.Add(open.Value);
                    open = null;
                }

                x++;
                y++;
                continue;
            }

            open ??= (prefix + x, [], []);
            if (y < m && (x == n || table[x, y + 1] >= table[x + 1, y]))
            {
                open.Value.Added.Add(b[prefix + y++]);
            }
            else
            {
                open.Value.Removed.Add(a[prefix + x++]);
            }
        }

        if (open is not null)
        {
            hunks.Add(open.Value);
        }

        return hunks;
    }
}
