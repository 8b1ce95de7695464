using System.Text;
using StateTrace.Engine.Input;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Parsing;

/// <summary>
/// Builds session logs the way a terminal records them (prompt and command, output with CRLF turned to LF, a closing
/// prompt) and splits them back into sessions per host, for every vendor's parser tests. Each vendor passes its own
/// prompt; the layout around it is the same everywhere.
/// </summary>
internal static class SessionLog
{
    /// <summary>One command: the prompt and command on a line, then the output without its trailing newlines.</summary>
    public static string Block(string prompt, string command, string output) =>
        prompt + command + "\n" + Normalized(output) + "\n";

    /// <summary>One host's commands after <paramref name="prompt"/>, then the bare prompt; an empty output adds no line.</summary>
    public static string Session(string prompt, params (string Command, string Output)[] blocks)
    {
        var text = new StringBuilder();
        foreach (var (command, output) in blocks)
        {
            text.Append(prompt).Append(command).Append('\n');
            if (output.Length > 0)
            {
                text.Append(Normalized(output)).Append('\n');
            }
        }

        return text.Append(prompt).Append('\n').ToString();
    }

    /// <summary>
    /// Several hosts' commands in order, each host's run closed by its bare prompt. When <paramref name="keepLine"/> is
    /// given, output lines it refuses are left out.
    /// </summary>
    public static string Log(Func<string, string> promptOf, (string Host, string Command, string Output)[] blocks, Func<string, bool>? keepLine = null)
    {
        var text = new StringBuilder();
        for (var i = 0; i < blocks.Length; i++)
        {
            var (host, command, output) = blocks[i];
            text.Append(promptOf(host)).Append(command).Append('\n');
            if (keepLine is null)
            {
                text.Append(Normalized(output)).Append('\n');
            }
            else
            {
                foreach (var line in Normalized(output).Split('\n'))
                {
                    if (keepLine(line))
                    {
                        text.Append(line).Append('\n');
                    }
                }
            }

            if (i + 1 == blocks.Length || blocks[i + 1].Host != host)
            {
                text.Append(promptOf(host)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Two sessions command by command, alternating hosts, as when two sessions are logged into one file. A command
    /// starts at a line beginning with one of <paramref name="promptStarts"/>.
    /// </summary>
    public static string Interleave(string first, string second, params string[] promptStarts)
    {
        var a = Commands(first, promptStarts);
        var b = Commands(second, promptStarts);
        var text = new StringBuilder();
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            text.Append(i < a.Count ? a[i] : "").Append(i < b.Count ? b[i] : "");
        }

        return text.ToString();
    }

    /// <summary>The sessions the splitter finds in a log file without its own temp directory.</summary>
    public static OrderedDictionary<string, CapturedSession> Split(string log)
    {
        using var temp = new TempDirectory();
        return Split(temp, temp.File("session.log", log));
    }

    /// <summary>The sessions the splitter finds in <paramref name="file"/>, by hostname in the order they complete.</summary>
    public static OrderedDictionary<string, CapturedSession> Split(TempDirectory temp, string file)
    {
        using var splitter = new LogSplitter(Path.Combine(temp.Path, "spool"));
        splitter.SplitFile(file);
        var sessions = new OrderedDictionary<string, CapturedSession>(StringComparer.Ordinal);
        foreach (var slice in splitter.Complete())
        {
            sessions[slice.Hostname] = CapturedSession.FromSlice(slice);
        }

        return sessions;
    }

    private static string Normalized(string output) => output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');

    private static List<string> Commands(string session, string[] promptStarts)
    {
        var blocks = new List<string>();
        var current = new StringBuilder();
        foreach (var line in session.Split('\n'))
        {
            if (StartsWithAny(line, promptStarts) && current.Length > 0)
            {
                blocks.Add(current.ToString());
                current.Clear();
            }

            current.Append(line).Append('\n');
        }

        blocks.Add(current.ToString());
        return blocks;
    }

    private static bool StartsWithAny(string line, string[] starts)
    {
        foreach (var start in starts)
        {
            if (line.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
