using System.Reflection;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Tests.Support;
using Xunit.Sdk;

namespace StateTrace.Engine.Tests.Parsing;

/// <summary>
/// What every vendor's command table must survive, written once: each platform capture read with its command echoed
/// and a prompt after it, every name canonical and dispatched, an unrelated command refused, and every capture of
/// every vendor under every command whole, truncated and mutated, then the hostile lines, without throwing. A vendor's
/// <c>&lt;Vendor&gt;CommandsTests</c> inherits this with its parser and capture folders and keeps only its own cases.
/// </summary>
public abstract class CommandsRobustnessTests
{
    private protected abstract IReadOnlyList<string> Names { get; }

    /// <summary>The platform's capture folders under tests/fixtures, each with the command that produced it.</summary>
    private protected abstract (string Folder, string Command)[] CaptureFolders { get; }

    /// <summary>Seeds the truncations and mutations, so a failure replays.</summary>
    private protected abstract int Seed { get; }

    /// <summary>The prompt a session shows after the output, as the vendor prints it.</summary>
    private protected abstract string Prompt { get; }

    /// <summary>A command this vendor does not read, with plausible output.</summary>
    private protected abstract (string Command, string Output) Unread { get; }

    /// <summary>The lines that tease this vendor's grammar, added to <see cref="Fuzz.HostileLines"/>.</summary>
    private protected abstract string[] VendorHostileLines { get; }

    /// <summary>Samples beyond the fixture captures that the fuzzing starts from too.</summary>
    private protected virtual string[] ExtraCaptures => [];

    private protected abstract IReadOnlyList<object>? Parse(string command, ReadOnlySpan<char> text, long firstLine, ParseReport? report);

    /// <summary>The output as a session records it: the echoed command, the output, then the prompt.</summary>
    private protected virtual string Echoed(string command, string output) => command + "\n" + output.TrimEnd() + "\n" + Prompt + "\n";

    /// <summary>Each capture under <see cref="CaptureFolders"/> (relative to tests/fixtures), with its command.</summary>
    internal List<(string Fixture, string Command)> FixturesWithCommand()
    {
        var fixtures = new List<(string Fixture, string Command)>();
        foreach (var (folder, command) in CaptureFolders)
        {
            foreach (var file in NtcOracle.Files(folder))
            {
                fixtures.Add((file, command));
            }
        }

        return fixtures;
    }

    [Theory]
    [PlatformCaptures]
    public void Parse_EchoedCommandAndTrailingPrompt_SameRecordsNoReports(string fixture, string command)
    {
        var raw = NtcOracle.ReadRaw(fixture);
        var plain = new ReportCollector();
        var wrapped = new ReportCollector();

        var expected = Parse(command, raw, 1, plain.Report);
        var actual = Parse(command, Echoed(command, raw), 1, wrapped.Report);

        expected.Should().NotBeNull().And.NotBeEmpty();
        plain.Items.Should().BeEmpty();
        actual.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        wrapped.Items.Should().BeEmpty();
    }

    [Fact]
    public void Names_EveryName_IsCanonicalAndParsed()
    {
        foreach (var name in Names)
        {
            CommandNames.Canonical(name).Should().Be(name);
            Parse(name, "", 1, null).Should().NotBeNull(name);
        }
    }

    [Fact]
    public void Parse_UnknownCommand_ReturnsNull()
    {
        var (command, output) = Unread;

        Parse(command, output, 1, null).Should().BeNull();
    }

    [Fact]
    public void Parse_AnyCaptureUnderAnyCommandWholeTruncatedAndMutated_NeverThrows()
    {
        var random = new Random(Seed);
        var files = Directory.GetFiles(RepoPaths.Fixtures, "*.raw", SearchOption.AllDirectories);
        files.Should().NotBeEmpty();
        var captures = new List<string>(files.Length + ExtraCaptures.Length);
        foreach (var file in files)
        {
            captures.Add(File.ReadAllText(file));
        }

        captures.AddRange(ExtraCaptures);
        var parsed = 0;
        foreach (var raw in captures)
        {
            foreach (var command in Names)
            {
                Parse(command, raw, 1, static (_, _) => { }).Should().NotBeNull();
                for (var round = 0; round < 4; round++)
                {
                    var end = random.Next(raw.Length + 1);
                    var start = random.Next(end + 1);
                    Parse(command, raw.AsSpan(start, end - start), 1, static (_, _) => { });
                    Parse(command, Fuzz.MutateLines(raw, random), 1, static (_, _) => { });
                }

                parsed++;
            }
        }

        parsed.Should().Be(captures.Count * Names.Count);
    }

    [Fact]
    public void Parse_HostileLines_NeverThrow()
    {
        foreach (var line in Fuzz.HostileLines(VendorHostileLines))
        {
            foreach (var command in Names)
            {
                var act = () => Parse(command, line, 1, static (_, _) => { });

                act.Should().NotThrow($"{command} on '{line[..Math.Min(line.Length, 40)]}'");
            }
        }
    }
}

/// <summary>
/// One row per capture of the test class's platform. xunit's <c>MemberData</c> resolves a member on the type that
/// declares the theory (the abstract base here), so the rows come from an instance of the class actually run.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PlatformCapturesAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        var tests = (CommandsRobustnessTests)Activator.CreateInstance(testMethod.ReflectedType!)!;
        foreach (var (fixture, command) in tests.FixturesWithCommand())
        {
            yield return [fixture, command];
        }
    }
}
