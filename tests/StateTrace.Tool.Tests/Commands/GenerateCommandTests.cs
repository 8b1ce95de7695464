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
        File.ReadAllText(Path.Combine(Out, "corpus.json")).Should().Contain("\"vendorMix\": \"cisco_ios=50,");
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

    [Fact]
    public async Task RunAsync_VendorMixOfOnePlatform_WritesOnlyThatPlatform()
    {
        var output = new StringWriter();

        await GenerateCommand.RunAsync(new GenerateArgs { Sites = 2, HostsPerSite = 5, PortsPerHost = 8, VendorMix = "cisco_ios=1", Out = Out }, output, CancellationToken.None);

        output.ToString().Should().Contain("Platforms: cisco_ios 10");
        Directory.EnumerateFiles(Out, "*.log", SearchOption.AllDirectories).SelectMany(File.ReadLines)
            .Should().Contain(l => l.EndsWith("#show version", StringComparison.Ordinal))
            .And.NotContain(l => l.StartsWith("SSH@", StringComparison.Ordinal) || l.Contains("@", StringComparison.Ordinal) && l.Contains("> show", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvokeAsync_VendorsAlias_IsTheVendorMix()
    {
        var code = await CommandLine.InvokeAsync(new RootCommand("test") { GenerateCommand.Create() },
            ["generate", "--vendors", "juniper_junos,paloalto_panos", "--sites", "1", "--hosts-per-site", "4", "--ports-per-host", "8", "--out", Out]);

        code.Should().Be((int)ExitCode.Ok);
        File.ReadAllText(Path.Combine(Out, "corpus.json")).Should().Contain("juniper_junos=50,paloalto_panos=50");
    }

    [Theory]
    [InlineData("cisco", "--vendor-mix: Unknown platform 'cisco'; the platforms are: cisco_ios, cisco_nxos, arista_eos, brocade_fastiron, aruba_aoscx, hp_procurve, juniper_junos, paloalto_panos.")]
    [InlineData("cisco_ios=x", "--vendor-mix: 'cisco_ios=x' does not give cisco_ios a share; write platform=weight with a weight of 0 or more, e.g. cisco_ios=50.")]
    [InlineData("cisco_ios=0", "--vendor-mix: The vendor mix gives no platform a share; name at least one, e.g. cisco_ios=1.")]
    public async Task RunAsync_BadVendorMix_ThrowsUsageExceptionNamingTheProblem(string mix, string message)
    {
        var run = () => GenerateCommand.RunAsync(new GenerateArgs { VendorMix = mix, Out = Out }, TextWriter.Null, CancellationToken.None);

        (await run.Should().ThrowAsync<UsageException>()).Which.Message.Should().Be(message);
        Directory.Exists(Out).Should().BeFalse();
    }

    [Fact]
    public async Task RunAsync_ChangedFrom_WritesTheNextDayAndItsChanges()
    {
        var baseCorpus = Path.Combine(root, "base");
        await GenerateCommand.RunAsync(new GenerateArgs { Sites = 2, HostsPerSite = 4, PortsPerHost = 12, Out = baseCorpus }, TextWriter.Null, CancellationToken.None);
        var output = new StringWriter();

        var code = await GenerateCommand.RunAsync(new GenerateArgs { ChangedFrom = baseCorpus, ChangeRate = "10%", Out = Out }, output, CancellationToken.None);

        code.Should().Be(ExitCode.Ok);
        output.ToString().Should().MatchRegex(@"Changed \d+ ports on \d+ of 8 hosts \(").And.Contain("Changes: " + Path.Combine(Out, "changes.json"));
        var changes = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "changes.json"))).RootElement;
        changes.GetProperty("changeRate").GetDouble().Should().Be(0.1);
        changes.GetProperty("portsChanged").GetInt32().Should().Be(changes.GetProperty("changes").GetArrayLength()).And.BeGreaterThan(0);
        Directory.EnumerateFiles(Out, "*.log", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Out, f))
            .Should().BeEquivalentTo(Directory.EnumerateFiles(baseCorpus, "*.log", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(baseCorpus, f)));
    }

    [Theory]
    [InlineData("1.5", "--change-rate: '1.5' is out of range*")]
    [InlineData("-0.1", "--change-rate: '-0.1' is out of range*")]
    [InlineData("150%", "--change-rate: '150%' is out of range*")]
    [InlineData("often", "--change-rate: 'often' is not a probability*")]
    [InlineData("", "--change-rate: '' is not a probability*")]
    public async Task RunAsync_BadChangeRate_ThrowsUsageException(string rate, string message)
    {
        var baseCorpus = Path.Combine(root, "base");
        await GenerateCommand.RunAsync(new GenerateArgs { Sites = 1, HostsPerSite = 1, PortsPerHost = 8, Out = baseCorpus }, TextWriter.Null, CancellationToken.None);

        var run = () => GenerateCommand.RunAsync(new GenerateArgs { ChangedFrom = baseCorpus, ChangeRate = rate, Out = Out }, TextWriter.Null, CancellationToken.None);

        await run.Should().ThrowAsync<UsageException>().WithMessage(message);
        Directory.Exists(Out).Should().BeFalse();
    }

    [Fact]
    public async Task RunAsync_ChangedFromWithCorpusOptions_ThrowsUsageException()
    {
        var run = () => GenerateCommand.RunAsync(new GenerateArgs { ChangedFrom = root, Seed = 7, Out = Out }, TextWriter.Null, CancellationToken.None);

        await run.Should().ThrowAsync<UsageException>().WithMessage("--seed cannot be combined with --changed-from*");
    }

    [Fact]
    public async Task RunAsync_ChangeRateWithoutChangedFrom_ThrowsUsageException()
    {
        var run = () => GenerateCommand.RunAsync(new GenerateArgs { ChangeRate = "0.1", Out = Out }, TextWriter.Null, CancellationToken.None);

        await run.Should().ThrowAsync<UsageException>().WithMessage("--change-rate needs --changed-from*");
    }

    [Fact]
    public async Task RunAsync_ChangedFromAFolderWithoutCorpus_ThrowsUsageException()
    {
        Directory.CreateDirectory(root);

        var run = () => GenerateCommand.RunAsync(new GenerateArgs { ChangedFrom = root, Out = Out }, TextWriter.Null, CancellationToken.None);

        (await run.Should().ThrowAsync<UsageException>()).Which.Message.Should().Be(
            $"'{root}' holds no corpus.json; give the folder of a corpus that statetrace generate wrote.");
    }

    [Theory]
    [InlineData("0.05", 0.05)]
    [InlineData(".5", 0.5)]
    [InlineData("2%", 0.02)]
    [InlineData(" 1 ", 1.0)]
    [InlineData("0", 0.0)]
    public void ParseRate_KnownForms_AreProbabilities(string text, double expected)
    {
        GenerateCommand.ParseRate(text).Should().BeApproximately(expected, 1e-12);
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
