using System.Text;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Detection;
using StateTrace.Engine.Parsing.Templates;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Parsing;

/// <summary>
/// Random, truncated and mutated captures (seeded, so a failure replays) through carving, detection, every parser the
/// registry knows and every single-command parser: bad input is data, so no exception may escape.
/// </summary>
public class FuzzTests
{
    private const int Cases = 2000;

    private static readonly string[] Captures = LoadCaptures();

    private static readonly string[] Prompts =
    [
        "SW1#", "SW1>", "SW1(config)#", "SW1(config-if)#", "SSH@ICX7150#", "telnet@FCX#", "admin@mx1> ", "admin@pa1# ",
        "leaf1(config-if-Et1)#", "HP-2920(eth-A1)#", "CX6300# ", "ICX(config-if-e1000-1/1/1)#", "a@b@c>", "x#",
    ];

    private static readonly string[] Commands =
    [
        "show version", "sh ver", "show running-config", "sh run | include x", "show interfaces status", "sh int status | no-more",
        "show interface status", "show interfaces brief", "sh int br", "show mac address-table", "sh mac add", "show mac-address",
        "show cdp neighbors detail", "show lldp neighbors detail", "show spanning-tree", "sh span", "show vlan brief",
        "show authentication sessions", "show access-session", "show interfaces", "show system", "show system info",
        "show interfaces terse", "show ethernet-switching table", "show chassis hardware", "skip-page-display",
        "do show run", "run show version", "show lldp neighbor-info detail", "show lldp info remote-device detail", "",
    ];

    private static readonly string[] Debris =
    [
        " --More-- \b\b\b\b\b\b\b\b\b\b          \b\b\b\b\b\b\b\b\b\b", "<--- More --->", "---(more 42%)---\r        \r",
        "-- MORE --, next page: Space, next line: Enter, quit: Control-C", "Press any key to continue", "\u001b[24;1H\u001b[2K",
        "\u001b[K", "\u001b[1;32m", "\u001b[", "\u001b]0;title\a", "\u001b(B", "\b\b\b", "\u0000", "\uFFFD", "\ud800", "\udc00",
        "% Invalid input detected at '^' marker.", "\r", "\r\n", "\n\n\n", "|", "#", ">", "(", ")", ":", "%",
    ];

    private static string[] LoadCaptures()
    {
        var files = new List<string>();
        foreach (var tree in new[] { "ntc", "ntc-more" })
        {
            files.AddRange(Directory.GetFiles(Path.Combine(RepoPaths.Fixtures, tree), "*.raw", SearchOption.AllDirectories));
        }

        files.Sort(StringComparer.Ordinal);
        return [.. files.Select(File.ReadAllText)];
    }

    [Fact]
    public void Parse_RandomMutatedSessions_NeverThrow()
    {
        var failures = new List<string>();
        for (var i = 0; i < Cases; i++)
        {
            var random = new Random(i);
            var text = Mutate(random, Session(random));
            try
            {
                Exercise(text, random);
            }
            catch (Exception e)
            {
                failures.Add($"case {i} (new Random({i})): {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
                if (failures.Count >= 5)
                {
                    break;
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("#")]
    [InlineData("SW1#")]
    [InlineData("SW1#show version")]
    [InlineData("SW1#show version\n")]
    [InlineData("\u001b")]
    [InlineData("SW1#show version\n\u001b[")]
    [InlineData("SW1#show version\n\u001b[99999999999999999999D")]
    [InlineData("SW1#show version\n\u001b[99999C\u001b[99999Gx")]
    [InlineData("SW1#show version\n\b\b\b\b\b\b")]
    [InlineData("SW1#show version\n---(more")]
    [InlineData("SW1#show version\n--More--, next page")]
    [InlineData("\r\r\r\n\n\r")]
    public void Parse_PathologicalText_NeverThrows(string text)
    {
        var run = () => Exercise(text, new Random(1));

        run.Should().NotThrow();
    }

    [Fact]
    public void Parse_VeryLongLineFullOfDebris_NeverThrows()
    {
        var line = string.Concat(Enumerable.Repeat("ab\bc\u001b[2D --More-- ", 50_000));
        var run = () => Exercise("SW1#show interfaces status\n" + line + "\nSW1#", new Random(2));

        run.Should().NotThrow();
    }

    private static void Exercise(string text, Random random)
    {
        var session = new CapturedSession("host", text);
        var detection = VendorDetector.Detect(session);
        detection.Confidence.Should().BeInRange(0, 100);

        foreach (var platform in Platforms.All)
        {
            var parser = ParserRegistry.For(platform);
            if (parser is not null)
            {
                var facts = new DeviceFacts { Hostname = "host", Platform = platform };
                parser.Parse(session, facts);
                PortTemplates.Defaults.Apply(facts);
            }

            // Single-command parsers on one block's text, or on the whole text as a raw capture would be.
            var commands = CommandParsers.Commands(platform);
            if (commands.Count > 0)
            {
                var block = session.Blocks.Count > 0 ? session.Blocks.ElementAt(random.Next(session.Blocks.Count)).Text.ToString() : text;
                CommandParsers.Parse(platform, commands[random.Next(commands.Count)], block, 1, (_, _) => { });
            }
        }

        PagerDebris.Clean(text, out _);
    }

    private static string Session(Random random)
    {
        var builder = new StringBuilder();
        var blocks = random.Next(1, 6);
        for (var b = 0; b < blocks; b++)
        {
            builder.Append(Prompts[random.Next(Prompts.Length)]).Append(Commands[random.Next(Commands.Length)]).Append('\n');
            builder.Append(Captures[random.Next(Captures.Length)]).Append('\n');
        }

        builder.Append(Prompts[random.Next(Prompts.Length)]);
        return builder.ToString();
    }

    private static string Mutate(Random random, string text)
    {
        var chars = new StringBuilder(text);
        var mutations = random.Next(0, 8);
        for (var m = 0; m < mutations && chars.Length > 0; m++)
        {
            var at = random.Next(chars.Length);
            switch (random.Next(7))
            {
                case 0:
                    chars.Length = at;
                    break;
                case 1:
                    chars.Remove(at, Math.Min(chars.Length - at, random.Next(1, 200)));
                    break;
                case 2:
                    chars.Insert(at, Debris[random.Next(Debris.Length)]);
                    break;
                case 3:
                    chars.Insert(at, (char)random.Next(0, 0x3000));
                    break;
                case 4:
                    var length = Math.Min(chars.Length - at, random.Next(1, 400));
                    chars.Insert(at, chars.ToString(at, length));
                    break;
                case 5:
                    chars.Insert(at, "\n" + Prompts[random.Next(Prompts.Length)] + Commands[random.Next(Commands.Length)] + "\n");
                    break;
                default:
                    chars[at] = " \t\n\r:|-/.0123456789"[random.Next(19)];
                    break;
            }
        }

        return chars.ToString();
    }
}
