using StateTrace.Engine.Nightly;
using StateTrace.Engine.Runs;
using StateTrace.Tool.Commands;

namespace StateTrace.Tool.Tests.Harness;

public sealed class NightlyCommandTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "statetrace-tests", Guid.NewGuid().ToString("N"));

    public NightlyCommandTests()
    {
        Directory.CreateDirectory(root);
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private string Runs => Path.Combine(root, "runs");

    private async Task<(ExitCode Code, string Output)> Nightly(NightlyArgs args)
    {
        var output = new StringWriter();
        var code = await NightlyCommand.RunAsync(args, output, CancellationToken.None);
        return (code, output.ToString());
    }

    [Fact]
    public async Task RunAsync_TwoNightlies_CachesTheCorpusIndexesAndKeepsTheNewestUnderRetention()
    {
        var args = new NightlyArgs { Root = root, Size = "512KB", Repeat = 1, Retention = 1, GatesFile = TimingFreeGates.Write(root) };

        var (firstCode, first) = await Nightly(args);
        var firstEntry = NightlyFiles.ReadIndex(Runs).Entries.Single();
        var (secondCode, second) = await Nightly(args);

        firstCode.Should().Be(ExitCode.Ok, first);
        secondCode.Should().Be(ExitCode.Ok, second);
        first.Should().Contain("corpus reference-seed1-512KB").And.Contain("generated");
        second.Should().Contain("cached").And.Contain("pruned 1 nightlies, 2 run folders deleted");

        var entry = NightlyFiles.ReadIndex(Runs).Entries.Should().ContainSingle().Subject;
        entry.Green.Should().BeTrue();
        entry.Corpus.Should().Be("reference-seed1-512KB");
        entry.Metrics.Keys.Should().BeEquivalentTo(NightlyMetrics.All.Where(m => m != NightlyMetrics.LoadQueueP95).Select(m => m.Name), "no load scenario ran, so only the verify metrics are measured");
        entry.Verdicts.Where(v => v.Key != NightlyMetrics.LoadQueueP95.Name).Select(v => v.Value).Should().OnlyContain(v => v == NightlyVerdict.InsufficientHistory);
        entry.Verdicts[NightlyMetrics.LoadQueueP95.Name].Should().Be(NightlyVerdict.NotMeasured);
        firstEntry.RunIds.Should().HaveCount(2).And.OnlyContain(id => !Directory.Exists(Path.Combine(Runs, id)));

        var nightlyRun = Path.Combine(Runs, entry.RunId);
        var verifyRun = Path.Combine(Runs, entry.RunIds[1]);
        RunSummaryFile.Read(nightlyRun).Should().Match<RunSummary>(s => s.RunKind == "nightly" && s.Settings["VerifyRun"] == entry.RunIds[1]);
        File.Exists(Path.Combine(nightlyRun, NightlyReport.FileName)).Should().BeTrue();
        File.Exists(Path.Combine(verifyRun, "gates.json")).Should().BeTrue();
        Directory.Exists(Path.Combine(verifyRun, "stores")).Should().BeFalse("the verify stores are dropped");
        File.Exists(Path.Combine(root, "reports", "out", $"history-{entry.MachineId}.html")).Should().BeTrue();
        second.Should().EndWith($"Nightly: {Path.Combine(nightlyRun, NightlyReport.FileName)}{Environment.NewLine}");
    }

    [Fact]
    public async Task RunAsync_IndexOfAnotherSchemaVersion_IsRefusedBeforeAnyWork()
    {
        Directory.CreateDirectory(Runs);
        File.WriteAllText(Path.Combine(Runs, "index.json"), """{ "SchemaVersion": 9, "Entries": [] }""");

        var run = () => NightlyCommand.RunAsync(new NightlyArgs { Root = root, Size = "512KB" }, TextWriter.Null, CancellationToken.None);

        (await run.Should().ThrowAsync<UsageException>()).WithMessage("*schema version 9*");
        Directory.Exists(Path.Combine(root, "corpora")).Should().BeFalse();
    }

    [Fact]
    public async Task RunAsync_BadGatesFile_IsRefusedBeforeAnyWork()
    {
        var gates = Path.Combine(root, "bad-gates.json");
        File.WriteAllText(gates, """{ "gates": { "no.such.gate": { "threshold": 1 } } }""");

        var run = () => NightlyCommand.RunAsync(new NightlyArgs { Root = root, Size = "512KB", GatesFile = gates }, TextWriter.Null, CancellationToken.None);

        (await run.Should().ThrowAsync<UsageException>()).WithMessage("*no.such.gate*");
        Directory.Exists(Path.Combine(root, "corpora")).Should().BeFalse();
    }

    [Theory]
    [InlineData("10%", 0.10)]
    [InlineData("12.5 %", 0.125)]
    [InlineData("0.05", 0.05)]
    public void ParseThreshold_PercentOrFraction(string text, double expected) =>
        NightlyCommand.ParseThreshold(text).Should().BeApproximately(expected, 1e-12);

    [Theory]
    [InlineData("10")]
    [InlineData("0")]
    [InlineData("100%")]
    [InlineData("-5%")]
    [InlineData("ten")]
    public void ParseThreshold_AmbiguousOrOutOfRange_IsAUsageError(string text)
    {
        var parse = () => NightlyCommand.ParseThreshold(text);

        parse.Should().Throw<UsageException>().WithMessage("--threshold:*");
    }
}
