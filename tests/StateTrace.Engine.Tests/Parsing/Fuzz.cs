using System.Text;

namespace StateTrace.Engine.Tests.Parsing;

/// <summary>
/// Damaged input for every vendor's robustness tests (a parser never throws on input): captures whose lines are
/// replaced by separator noise, cut, doubled, dropped, stripped of their spaces, re-separated, joined or reversed, and
/// the lines that break naive parsers whatever the vendor (empty, control characters, very long, one delimiter
/// repeated). Each vendor adds the lines that tease its own grammar.
/// </summary>
internal static class Fuzz
{
    private static readonly string[] CommonLines =
    [
        "", "\r", "\n\n\r\r\n", "\0\0\0", "\u00ff\ufffd\u202e", new string(' ', 10_000), new string('-', 5000), new string(':', 3000),
        new string(',', 3000), new string('/', 3000), new string('[', 3000), new string('{', 3000), new string('|', 3000),
        "x " + new string('x', 70_000), string.Join(' ', Enumerable.Repeat("0000.0000.0000", 100)),
    ];

    // The separators the parsers split on, digits and a few letters, so noise half-parses.
    private const string Noise = ":,/-|[]{}();\"*+#>_ \t.0123456789abcdefxEt";

    /// <summary>The lines every parser must survive, then <paramref name="vendorLines"/>.</summary>
    public static string[] HostileLines(params string[] vendorLines) => [.. CommonLines, .. vendorLines];

    /// <summary>The capture with about one line in six damaged, the same way for the same <paramref name="random"/> state.</summary>
    public static string MutateLines(string raw, Random random)
    {
        var lines = raw.Split('\n');
        var output = new StringBuilder(raw.Length + 64);
        foreach (var line in lines)
        {
            switch (random.Next(24))
            {
                case 0:
                    AppendNoise(output, random, random.Next(80));
                    break;
                case 1:
                    output.Append(line.AsSpan(0, random.Next(line.Length + 1)));
                    break;
                case 2:
                    output.Append(line).Append('\n').Append(line);
                    break;
                case 3:
                    continue; // the line is dropped
                case 4:
                    output.Append(line.Replace(" ", "", StringComparison.Ordinal));
                    break;
                case 5:
                    output.Append(line.Replace(' ', "\t:-"[random.Next(3)]));
                    break;
                case 6:
                    output.Append(lines[random.Next(lines.Length)]).Append(' ').Append(line);
                    break;
                case 7:
                    var reversed = line.ToCharArray();
                    Array.Reverse(reversed);
                    output.Append(reversed);
                    break;
                default:
                    output.Append(line);
                    break;
            }

            output.Append('\n');
        }

        return output.ToString();
    }

    private static void AppendNoise(StringBuilder output, Random random, int length)
    {
        for (var i = 0; i < length; i++)
        {
            output.Append(Noise[random.Next(Noise.Length)]);
        }
    }
}
