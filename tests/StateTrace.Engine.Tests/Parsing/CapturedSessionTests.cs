using System.Runtime.InteropServices;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Cisco;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Parsing;

public class CapturedSessionTests
{
    private const string Status = """
        Port      Name               Status       Vlan       Duplex  Speed Type
        Gi1/0/1   Desk 1             connected    20         a-full a-1000 10/100/1000BaseTX
        Gi1/0/2                      notconnect   20           auto   auto 10/100/1000BaseTX
        Gi1/0/3                      notconnect   20           auto   auto 10/100/1000BaseTX
        """;

    private static string Block(CapturedSession session, params string[] names) =>
        session.Find(names)?.Text.ToString() ?? throw new InvalidOperationException("no block " + names[0]);

    [Fact]
    public void Find_AbbreviatedCommands_FoundByCanonicalName()
    {
        var session = new CapturedSession("SW1", """
            SW1#sh int status
            status output
            SW1#show run
            run output
            SW1#sh mac add
            mac output
            SW1#sh ver
            version output
            SW1#sh int br
            brief output
            SW1#sh lldp nei det
            lldp output
            SW1#sh span
            span output
            SW1#sh vlan br
            vlan output
            SW1#
            """);

        Block(session, "show interfaces status").Should().Be("status output");
        Block(session, "show running-config").Should().Be("run output");
        Block(session, "show mac address-table").Should().Be("mac output");
        Block(session, "show version").Should().Be("version output");
        Block(session, "show interfaces brief").Should().Be("brief output");
        Block(session, "show lldp neighbors detail").Should().Be("lldp output");
        Block(session, "show spanning-tree").Should().Be("span output");
        Block(session, "show vlan brief").Should().Be("vlan output");
        session.Find("show interfaces status")!.Command.Should().Be("sh int status");
    }

    [Fact]
    public void Find_NameThatIsNotCanonical_IsCanonicalisedFirst()
    {
        var session = new CapturedSession("SW1", "SW1#show version\nversion output\nSW1#");

        session.Find("sh ver")!.Canonical.Should().Be("show version");
        session.Find("show clock").Should().BeNull();
    }

    [Fact]
    public void Find_DoShowFromConfigMode_FindsTheBlock()
    {
        var session = new CapturedSession("SW1", """
            SW1#conf t
            Enter configuration commands, one per line.  End with CNTL/Z.
            SW1(config)#do sh run
            hostname SW1
            SW1(config)#end
            """);

        Block(session, "show running-config").Should().Be("hostname SW1");
    }

    [Fact]
    public void Carve_RepeatedCommand_LastCaptureWins()
    {
        var session = new CapturedSession("SW1", "SW1#show version\nfirst\nSW1#sh ver\nsecond\nSW1#");

        Block(session, "show version").Should().Be("second");
        session.Find("show version")!.FirstLine.Should().Be(4);
    }

    [Fact]
    public void Carve_FilteredAfterUnfiltered_KeepsTheUnfilteredBlock()
    {
        var session = new CapturedSession("SW1", "SW1#show run\nhostname SW1\ninterface Gi1/0/1\nSW1#show run | include hostname\nhostname SW1\nSW1#");

        var block = session.Find("show running-config")!;

        block.Text.ToString().Should().Be("hostname SW1\ninterface Gi1/0/1");
        block.IsFiltered.Should().BeFalse();
    }

    [Fact]
    public void Carve_FilteredOnly_KeepsTheFilteredBlockAndSaysSo()
    {
        var session = new CapturedSession("SW1", "SW1#show run | section interface\ninterface Gi1/0/1\nSW1#");

        var block = session.Find("show running-config")!;

        block.Text.ToString().Should().Be("interface Gi1/0/1");
        block.IsFiltered.Should().BeTrue();
        block.Filter.Should().Be("section interface");
    }

    [Fact]
    public void Carve_UnfilteredAfterFiltered_Replaces()
    {
        var session = new CapturedSession("SW1", "SW1#show run | i host\nhostname SW1\nSW1#show run\nfull config\nSW1#");

        Block(session, "show running-config").Should().Be("full config");
    }

    [Fact]
    public void Carve_NoMoreFilter_IsACompleteCaptureAndLastWins()
    {
        var session = new CapturedSession("sw", "admin@sw> show version\nold\nadmin@sw> show version | no-more\nnew\nadmin@sw> ");

        var block = session.Find("show version")!;

        block.Text.ToString().Should().Be("new");
        block.IsFiltered.Should().BeFalse();
        block.Filter.Should().Be("no-more");
    }

    [Theory]
    [InlineData("         ^\n% Invalid input detected at '^' marker.")]
    [InlineData("% Ambiguous command:  \"sh ver\"")]
    [InlineData("Invalid input -> show version")]
    [InlineData("syntax error, expecting <command>.")]
    [InlineData("")]
    public void Carve_ErrorOrEmptyAfterAGoodCapture_KeepsTheGoodOne(string refusal)
    {
        var session = new CapturedSession("SW1", $"SW1#show version\ngood\nSW1#show version\n{refusal}\nSW1#");

        Block(session, "show version").Should().Be("good");
    }

    [Fact]
    public void Carve_CleanOutput_IsASliceOfTheSessionTextWithNoCopy()
    {
        var text = "SW1#show interfaces status\n" + Status + "\nSW1#";
        var session = new CapturedSession("SW1", text);

        var block = session.Find("show interfaces status")!;

        MemoryMarshal.TryGetString(block.Text, out var owner, out var start, out _).Should().BeTrue();
        owner.Should().BeSameAs(text);
        start.Should().Be(text.IndexOf("Port", StringComparison.Ordinal));
        block.WasCleaned.Should().BeFalse();
    }

    [Fact]
    public void Carve_FirstLine_IsTheSliceLineOfTheFirstOutputLine()
    {
        var session = new CapturedSession("SW1", "SW1#terminal length 0\nSW1#\n\nSW1#show version\nline 5\nline 6\nSW1#show clock\nline 8");

        session.Find("show version")!.FirstLine.Should().Be(5);
        session.Find("show clock")!.FirstLine.Should().Be(8);
        session.Find("show clock")!.Text.ToString().Should().Be("line 8");
    }

    [Fact]
    public void Carve_CrLfAndLoneCrLineEnds_KeepOffsetsAndLineNumbers()
    {
        var session = new CapturedSession("SW1", "SW1#show version\r\nline 2\r\nline 3\r\nSW1#show clock\rline 5\rSW1#");

        session.Find("show version")!.Text.ToString().Should().Be("line 2\r\nline 3");
        session.Find("show clock")!.Text.ToString().Should().Be("line 5");
        session.Find("show clock")!.FirstLine.Should().Be(5);
    }

    [Fact]
    public void Carve_CiscoMorePromptWithBackspaces_IsRemovedAndTheTableStaysWhole()
    {
        var more = " --More-- " + new string('\b', 10) + new string(' ', 10) + new string('\b', 10);
        var lines = Status.Split('\n');
        var text = $"SW1#show interfaces status\n{lines[0]}\n{lines[1]}\n{more}{lines[2]}\n{lines[3]}\nSW1#";

        var block = new CapturedSession("SW1", text).Find("show interfaces status")!;

        block.Text.ToString().Should().Be(Status);
        block.WasCleaned.Should().BeTrue();
        block.FirstLine.Should().Be(2);
    }

    [Theory]
    [InlineData("<--- More --->")]
    [InlineData(" --More-- ")]
    [InlineData("-- MORE --, next page: Space, next line: Enter, quit: Control-C")]
    [InlineData("--More--, next page: Space, next line: Return key, quit: Control-c")]
    [InlineData("---(more)---")]
    [InlineData("---(more 45%)---")]
    [InlineData("Press any key to continue")]
    [InlineData("\u001b[7m --More-- \u001b[m")]
    public void Carve_PagerPromptOnItsOwnLine_IsDropped(string pager)
    {
        var lines = Status.Split('\n');
        var text = $"SW1#show interfaces status\n{lines[0]}\n{lines[1]}\n{pager}\n{lines[2]}\n{lines[3]}\nSW1#";

        Block(new CapturedSession("SW1", text), "show interfaces status").Should().Be(Status);
    }

    [Fact]
    public void Carve_JunosPagerErasedWithSpaces_DropsTheBlankLineItLeaves()
    {
        var text = "admin@sw> show interfaces terse\nge-0/0/0 up up\n---(more)---\r            \rge-0/0/1 up down\nadmin@sw> ";

        Block(new CapturedSession("sw", text), "show interfaces terse").Should().Be("ge-0/0/0 up up\nge-0/0/1 up down");
    }

    [Fact]
    public void Carve_AnsiSequences_AreRemoved()
    {
        var text = "sw#show version\n\u001b[1mArista\u001b[0m vEOS\n\u001b[24;1H\u001b[2K\nSerial number: X1\u001b[K\nsw#";

        Block(new CapturedSession("sw", text), "show version").Should().Be("Arista vEOS\nSerial number: X1");
    }

    [Theory]
    [InlineData("Gi1/0/x\bx1", "Gi1/0/x1")]
    [InlineData("_\bG_\bi1/0/1", "Gi1/0/1")]
    [InlineData("abc\b\b\bxyz", "xyz")]
    [InlineData("erase me\u001b[8Dnew text", "new text")]
    public void Carve_BackspaceOverstrikes_ShowWhatTheTerminalShowed(string captured, string shown)
    {
        Block(new CapturedSession("sw", $"sw#show version\n{captured}\nsw#"), "show version").Should().Be(shown);
    }

    [Fact]
    public void Carve_DebrisBeforeTheFirstOutputLine_MovesFirstLinePastIt()
    {
        var block = new CapturedSession("SW1", "SW1#show version\n --More-- \nCisco IOS Software\nSW1#").Find("show version")!;

        block.Text.ToString().Should().Be("Cisco IOS Software");
        block.FirstLine.Should().Be(3);
    }

    [Fact]
    public void Carve_PromptPrintedAfterThePagerWasQuit_StillStartsABlock()
    {
        var more = " --More-- " + new string('\b', 10) + new string(' ', 10) + new string('\b', 10);
        var session = new CapturedSession("SW1", $"SW1#show version\nCisco IOS Software\n{more}SW1#show clock\n10:00:00 UTC\nSW1#");

        Block(session, "show version").Should().Be("Cisco IOS Software");
        Block(session, "show clock").Should().Be("10:00:00 UTC");
    }

    [Fact]
    public void Report_SliceLine_IsLocatedInTheInputFile()
    {
        var session = new CapturedSession("SW1", "SW1#show version\nx", line => ("capture.log", line + 100));

        var diagnostic = session.Report(2, "Something was odd.");

        diagnostic.File.Should().Be("capture.log");
        diagnostic.Line.Should().Be(102);
        diagnostic.Host.Should().Be("SW1");
    }

    [Fact]
    public void CiscoParser_StatusTableSplitByPagerDebris_ReadsEveryRowOnItsLine()
    {
        var raw = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "ntc/cisco_ios/show_interfaces_status/cisco_ios_show_interfaces_status.raw"));
        var lines = raw.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var more = " --More-- " + new string('\b', 10) + new string(' ', 10) + new string('\b', 10);
        var paged = string.Join('\n', lines.Select((line, i) => i > 0 && i % 5 == 0 ? more + line : line));
        var clean = new DeviceFacts();
        var dirty = new DeviceFacts();

        new CiscoIosParser().Parse(new CapturedSession("SW1", "SW1#show interfaces status\n" + string.Join('\n', lines) + "\nSW1#"), clean);
        new CiscoIosParser().Parse(new CapturedSession("SW1", "SW1#sh int status\n\u001b[K" + paged + "\nSW1#"), dirty);

        clean.Interfaces.Should().NotBeEmpty();
        dirty.Interfaces.Select(p => (p.Port, p.Status, p.Vlan, p.Speed))
            .Should().Equal(clean.Interfaces.Select(p => (p.Port, p.Status, p.Vlan, p.Speed)));
        dirty.Diagnostics.Should().BeEmpty();
    }
}
