using System.Security.Cryptography;
using System.Text;
using StateTrace.Engine.Input;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Input;

public class LogSplitterTests
{
    private static IReadOnlyList<HostSlice> Split(TempDirectory temp, SplitOptions? options, out IReadOnlyList<StateTrace.Engine.Diagnostics.Diagnostic> diagnostics, params string[] files)
    {
        using var splitter = new LogSplitter(Path.Combine(temp.Path, "spool"), options);
        foreach (var file in files)
        {
            splitter.SplitFile(file);
        }

        var slices = splitter.Complete();
        diagnostics = splitter.Diagnostics.ToList();
        return slices;
    }

    private static string Text(HostSlice slice) => File.ReadAllText(slice.SpoolPath);

    [Fact]
    public void Split_InterleavedHostsInOneFile_GivesEachHostItsOwnLinesInOrder()
    {
        using var temp = new TempDirectory();
        var file = temp.File("a.log", "A-1#show version\nv-a\nB-1#show version\nv-b\nA-1#show run\nrun-a\nB-1#show run\nrun-b\n");

        var slices = Split(temp, null, out var diagnostics, file);

        diagnostics.Should().BeEmpty();
        slices.Select(s => s.Hostname).Should().Equal("A-1", "B-1");
        Text(slices[0]).Should().Be("A-1#show version\nv-a\nA-1#show run\nrun-a\n");
        Text(slices[1]).Should().Be("B-1#show version\nv-b\nB-1#show run\nrun-b\n");
        slices[0].Site.Should().Be("A");
    }

    [Fact]
    public void Split_HostAcrossTwoFiles_MergesInInputOrderAndLocatesLines()
    {
        using var temp = new TempDirectory();
        var first = temp.File("1.log", "banner\nWLLS-X#show version\nver\n");
        var second = temp.File("2.log", "wlls-x#show run\nrun\n");

        var slices = Split(temp, null, out _, first, second);

        slices.Should().ContainSingle();
        Text(slices[0]).Should().Be("WLLS-X#show version\nver\nwlls-x#show run\nrun\n");
        slices[0].Locate(1).Should().Be((first, 2L));
        slices[0].Locate(4).Should().Be((second, 2L));
    }

    [Fact]
    public void Split_Utf8BomCrLf_Utf16AndCrOnly_GiveTheSameSliceAndHash()
    {
        using var temp = new TempDirectory();
        const string body = "HQ-1#show version\nCisco IOS Software\n  café\n";
        var lf = temp.File("lf.log", body);
        var bomCrLf = temp.File("bom.log", body.Replace("\n", "\r\n"), new UTF8Encoding(true));
        var utf16 = temp.File("u16.log", body.Replace("\n", "\r\n"), Encoding.Unicode);
        var utf16Be = temp.File("u16be.log", body, Encoding.BigEndianUnicode);
        var cr = temp.File("cr.log", body.Replace("\n", "\r"));
        var noBomUtf16 = temp.Bytes("nobom.log", Encoding.Unicode.GetBytes(body));

        var hashes = new[] { lf, bomCrLf, utf16, utf16Be, cr, noBomUtf16 }.Select(f =>
        {
            using var t = new TempDirectory();
            var slice = Split(t, null, out var d, f).Single();
            d.Should().BeEmpty();
            Text(slice).Should().Be(body);
            return slice.Hash;
        }).ToList();

        hashes.Distinct().Should().ContainSingle();
        hashes[0].Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))));
    }

    [Fact]
    public void Split_FileWithoutPrompt_ReportsFileAndGivesNoHost()
    {
        using var temp = new TempDirectory();
        var file = temp.File("noprompt.txt", "just some notes\nnothing here\n");

        var slices = Split(temp, null, out var diagnostics, file);

        slices.Should().BeEmpty();
        diagnostics.Should().ContainSingle().Which.File.Should().Be(file);
        diagnostics[0].Reason.Should().Contain("No device prompt");
    }

    [Fact]
    public void Split_EmptyAndBinaryFiles_AreReportedAndSkipped()
    {
        using var temp = new TempDirectory();
        var empty = temp.Bytes("empty.log", []);
        var binary = temp.Bytes("blob.log", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x13, 0x00, 0xA0, 0x00, 0x00, 0x00, 0x41, 0x23]);
        var good = temp.File("good.log", "A-1#show version\nx\n");

        var slices = Split(temp, null, out var diagnostics, empty, binary, good);

        slices.Should().ContainSingle().Which.Hostname.Should().Be("A-1");
        diagnostics.Select(d => (d.File, d.Reason.Contains("empty") || d.Reason.Contains("binary"))).Should().Equal((empty, true), (binary, true));
    }

    [Fact]
    public void Split_SliceCap_TruncatesWithDiagnosticAndKeepsOtherHosts()
    {
        using var temp = new TempDirectory();
        var big = new StringBuilder("A-1#show run\n");
        for (var i = 0; i < 100; i++)
        {
            big.Append("line ").Append(i).Append('\n');
        }

        big.Append("B-1#show version\nok\n");
        var file = temp.File("big.log", big.ToString());

        var slices = Split(temp, new SplitOptions { SliceCapBytes = 200 }, out var diagnostics, file);

        slices[0].Truncated.Should().BeTrue();
        slices[0].Length.Should().BeLessThanOrEqualTo(200);
        new FileInfo(slices[0].SpoolPath).Length.Should().Be(slices[0].Length);
        Text(slices[1]).Should().Be("B-1#show version\nok\n");
        diagnostics.Should().ContainSingle().Which.Host.Should().Be("A-1");
        diagnostics[0].Line.Should().BeGreaterThan(1);
    }

    [Fact]
    public void Split_LineOverOneMillionChars_IsCutWithDiagnosticAndNextLineKept()
    {
        using var temp = new TempDirectory();
        var file = temp.File("long.log", "A-1#show run\n" + new string('x', 3 << 20) + "\r\nafter\n");

        var slices = Split(temp, null, out var diagnostics, file);

        var lines = Text(slices[0]).Split('\n');
        lines[1].Length.Should().Be(LineReader.MaxLineChars);
        lines[2].Should().Be("after");
        diagnostics.Should().ContainSingle().Which.Line.Should().Be(2);
    }

    [Fact]
    public void Split_HostileHostnames_StayInsideTheSpoolFolder()
    {
        using var temp = new TempDirectory();
        var file = temp.File("h.log", "../x#show version\none\na:b#show version\ntwo\n..#show version\nthree\n");

        var slices = Split(temp, null, out _, file);

        var spool = Path.GetFullPath(Path.Combine(temp.Path, "spool"));
        slices.Should().HaveCount(2); // ".." has no letter, so it is not a prompt
        slices.Should().OnlyContain(s => Path.GetDirectoryName(Path.GetFullPath(s.SpoolPath)) == spool);
        slices.Select(s => s.Hostname).Should().Equal("../x", "a:b");
    }

    [Fact]
    public void Split_ManyHostsWithFewOpenWriters_KeepsEveryLine()
    {
        using var temp = new TempDirectory();
        var text = new StringBuilder();
        for (var round = 0; round < 3; round++)
        {
            for (var h = 0; h < 20; h++)
            {
                text.Append("S-").Append(h).Append("#show x\n").Append("r").Append(round).Append('\n');
            }
        }

        var file = temp.File("many.log", text.ToString());

        var slices = Split(temp, new SplitOptions { MaxOpenWriters = 3 }, out _, file);

        slices.Should().HaveCount(20);
        Text(slices[7]).Should().Be("S-7#show x\nr0\nS-7#show x\nr1\nS-7#show x\nr2\n");
    }

    [Fact]
    public void Split_InvalidUtf8Line_IsDecodedWithReplacementLikeAnyReaderWould()
    {
        using var temp = new TempDirectory();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("A-1#show x\nok é\n"), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("\r\nA-1#show y\n")];
        var file = temp.Bytes("bad.log", bytes);

        var slice = Split(temp, null, out var diagnostics, file).Single();

        diagnostics.Should().BeEmpty();
        Text(slice).Should().Be("A-1#show x\nok é\n\uFFFD(\uFFFD\nA-1#show y\n");
        slice.Hash.Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text(slice)))));
    }

    [Fact]
    public void Split_PromptAfterMultibyteBanner_IsFoundOnTheByteFastPath()
    {
        using var temp = new TempDirectory();
        var file = temp.File("mb.log", "Willkommen → Zugang nur für Befugte #1\nSUED-1#show version\nÄnderung → neu\n");

        var slice = Split(temp, null, out _, file).Single();

        slice.Hostname.Should().Be("SUED-1");
        Text(slice).Should().Be("SUED-1#show version\nÄnderung → neu\n");
    }
}
