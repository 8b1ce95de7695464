using StateTrace.Engine.Generation;
using StateTrace.Engine.Nightly;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Nightly;

public class ReferenceCorporaTests
{
    private const long Size = 512 * 1024;

    [Theory]
    [InlineData(1L << 30, "1GB")]
    [InlineData(200L << 20, "200MB")]
    [InlineData(512L << 10, "512KB")]
    [InlineData(1000L, "1000B")]
    public void SizeLabel_WholeUnits_AreShort(long bytes, string label) => ReferenceCorpora.SizeLabel(bytes).Should().Be(label);

    [Fact]
    public void Ensure_SecondCall_UsesTheCachedCorpus()
    {
        using var temp = new TempDirectory();

        var first = ReferenceCorpora.Ensure(temp.Path, 1, Size);
        var stamp = File.GetLastWriteTimeUtc(Path.Combine(first.Directory, CorpusManifest.FileName));
        var second = ReferenceCorpora.Ensure(temp.Path, 1, Size);

        first.Generated.Should().BeTrue();
        first.Directory.Should().Be(Path.Combine(temp.Path, "corpora", "reference-seed1-512KB"));
        first.TotalBytes.Should().BeGreaterThanOrEqualTo(Size);
        second.Should().Be(first with { Generated = false });
        File.GetLastWriteTimeUtc(Path.Combine(first.Directory, CorpusManifest.FileName)).Should().Be(stamp);
    }

    [Fact]
    public void Ensure_OtherSeed_IsAnotherCorpus()
    {
        using var temp = new TempDirectory();

        var one = ReferenceCorpora.Ensure(temp.Path, 1, Size);
        var two = ReferenceCorpora.Ensure(temp.Path, 2, Size);

        two.Generated.Should().BeTrue();
        two.Directory.Should().NotBe(one.Directory);
        Directory.Exists(one.Directory).Should().BeTrue();
    }

    [Fact]
    public void Ensure_TruncatedCaptureFile_Regenerates()
    {
        using var temp = new TempDirectory();
        var first = ReferenceCorpora.Ensure(temp.Path, 1, Size);
        var capture = Directory.EnumerateFiles(first.Directory, "*.log", SearchOption.AllDirectories).First();
        var bytes = File.ReadAllBytes(capture);
        File.WriteAllBytes(capture, bytes[..(bytes.Length / 2)]);

        var again = ReferenceCorpora.Ensure(temp.Path, 1, Size);

        again.Generated.Should().BeTrue();
        File.ReadAllBytes(capture).Should().Equal(bytes);
    }

    [Fact]
    public void Ensure_ManifestOfAnotherSeed_Regenerates()
    {
        using var temp = new TempDirectory();
        var first = ReferenceCorpora.Ensure(temp.Path, 1, Size);
        var manifest = Path.Combine(first.Directory, CorpusManifest.FileName);
        var text = File.ReadAllText(manifest);
        text.Should().Contain("\"seed\": 1,");
        File.WriteAllText(manifest, text.Replace("\"seed\": 1,", "\"seed\": 7,", StringComparison.Ordinal));

        ReferenceCorpora.Ensure(temp.Path, 1, Size).Generated.Should().BeTrue();
    }
}
