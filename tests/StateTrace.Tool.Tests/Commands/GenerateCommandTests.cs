using System.CommandLine;
using StateTrace.Tool.Commands;

namespace StateTrace.Tool.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "statetrace-tests", Guid.NewGuid().ToString("N"));

    private string Out => Path.Combine(root, "corpus");

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task RunAsync_SmallCorpus_WritesItAndReturnsOk()
    {
        var output = new StringWriter();

        var code = await GenerateCommand.RunAsync(
            new GenerateArgs { Sites = 2, HostsPerSite = 3, PortsPerHost = 8, Out = Out }, output, CancellationToken.None);

        code.Should().Be(ExitCode.Ok);
        File.Exists(Path.Combine(Out, "corpus.json")).Should().BeTrue();
        Directory.EnumerateFiles(Path.Combine(Out, "WLLS"), "WLLS-capture-*.log").Should().ContainSingle();
        Directory.EnumerateFiles(Path.Combine(Out, "BOYO"), "BOYO-capture-*.log").Should().ContainSingle();
        output.ToString().Should().Contain("Wrote 6 hosts in 2 files").And.Contain("WLLS 3 hosts");
    }

    [Fact]
    public async Task RunAsync_Size_StopsOnceReached()
    {
        var output = new StringWriter();

        await GenerateCommand.RunAsync(new GenerateArgs { Sites = 2, Size = "256KB", PortsPerHost = 8, Out = Out }, output, CancellationToken.None);

        var bytes = Directory.EnumerateFiles(Out, "*.log", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        bytes.Should().BeInRange(256 * 1024, (256 + 64) * 1024);
    }

    [Theory]
    [InlineData("12XB")]
    [InlineData("lots")]
    [InlineData("GB")]
    [InlineData("-5MB")]
    [InlineData("0")]
    [InlineData("")]
    public async Task RunAsync_BadSize_ThrowsUsageException(string size)
    {
        var run = () => GenerateCommand.RunAsync(new GenerateArgs { Size = size, Out = Out }, TextWriter.Null, CancellationToken.None);

        await run.Should().ThrowAsync<UsageException>().WithMessage("--size*");
        Directory.Exists(Out).Should().BeFalse();
    }

    [Fact]
    public async Task RunAsync_ZeroSites_ThrowsUsageException()
    {
        var run = () => GenerateCommand.RunAsync(new GenerateArgs { Sites = 0, Out = Out }, TextWriter.Null, CancellationToken.None);

        (await run.Should().ThrowAsync<UsageException>()).Which.Message
            .Should().Be("The number of sites must be between 1 and 1000, not 0.");
    }

    [Fact]
    public async Task RunAsync_SizeAndHostsPerSite_ThrowsUsageException()
    {
        var run = () => GenerateCommand.RunAsync(new GenerateArgs { Size = "1MB", HostsPerSite = 2, Out = Out }, TextWriter.Null, CancellationToken.None);

        await run.Should().ThrowAsync<UsageException>().WithMessage("*not both*");
    }

    [Fact]
    public async Task InvokeAsync_BadSizeOnTheCommandLine_ExitsWithUsage()
    {
        var code = await CommandLine.InvokeAsync(new RootCommand("test") { GenerateCommand.Create() }, ["generate", "--size", "lots", "--out", Out]);

        code.Should().Be((int)ExitCode.Usage);
    }

    [Fact]
    public async Task InvokeAsync_MissingOut_ExitsWithUsage()
    {
        var code = await CommandLine.InvokeAsync(new RootCommand("test") { GenerateCommand.Create() }, ["generate", "--sites", "2"]);

        code.Should().Be((int)ExitCode.Usage);
    }

    [Theory]
    [InlineData("1GB", 1L << 30)]
    [InlineData("200MB", 200L << 20)]
    [InlineData("512KB", 512L << 10)]
    [InlineData("4096", 4096L)]
    [InlineData("4096B", 4096L)]
    [InlineData("1.5GiB", 3L << 29)]
    [InlineData(" 2 mb ", 2L << 20)]
    public void ParseSize_KnownForms_AreBinaryBytes(string text, long expected)
    {
        GenerateCommand.ParseSize(text).Should().Be(expected);
    }
}
