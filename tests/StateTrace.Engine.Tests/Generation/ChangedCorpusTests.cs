using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StateTrace.Engine.Generation;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Pipeline;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Generation;

/// <summary>
/// The "next day" corpus (<c>--changed-from</c>): the same hosts, exactly the listed ports changed, nothing else — so
/// an ingest of it over the base writes exactly as many rows as <c>changes.json</c> lists (gate changed.exact).
/// </summary>
public class ChangedCorpusTests
{
    private static GeneratorOptions Base(string output, VendorMix? mix = null) => new()
    {
        Sites = 5,
        HostsPerSite = 12,
        PortsPerHost = 24,
        OutputDirectory = output,
        Vendors = mix ?? VendorMix.Reference,
    };

    [Fact]
    public void GenerateChanged_ExactlyTheListedHostsDiffer_AndInThemOnlyTheListedPortsLines()
    {
        using var root = new TempDirectory();
        var baseCorpus = CorpusGenerator.Generate(Base(Path.Combine(root.Path, "base")));

        var changed = CorpusGenerator.GenerateChanged(new ChangeOptions { BaseDirectory = baseCorpus.OutputDirectory, ChangeRate = 0.05, OutputDirectory = Path.Combine(root.Path, "next") });

        changed.Changes.Should().NotBeEmpty();
        changed.Changes.Select(c => c.Platform).Distinct().Should().HaveCountGreaterThan(4, "changes fall on every kind of host");
        changed.Changes.Select(c => c.Field).Distinct().Should().BeEquivalentTo(["description", "vlan", "status"]);
        changed.Corpus.Hosts.Select(h => (h.Hostname, Path.GetRelativePath(changed.Corpus.OutputDirectory, h.File)))
            .Should().Equal(baseCorpus.Hosts.Select(h => (h.Hostname, Path.GetRelativePath(baseCorpus.OutputDirectory, h.File))), "the same hosts in the same files");

        var listed = changed.Changes.GroupBy(c => c.Hostname).ToDictionary(g => g.Key, g => g.ToList());
        var plans = Plans(baseCorpus);
        var problems = new List<string>();
        foreach (var (before, after) in baseCorpus.Hosts.Zip(changed.Corpus.Hosts))
        {
            after.Hostname.Should().Be(before.Hostname);
            var oldText = Text(before);
            var newText = Text(after);
            if (!listed.TryGetValue(before.Hostname, out var changes))
            {
                newText.Should().Be(oldText, $"{before.Hostname} has no changed port, so its bytes stay");
                continue;
            }

            newText.Should().NotBe(oldText, $"{before.Hostname} has {changes.Count} changed ports");
            var plan = plans[before.Hostname];
            var byPort = changes.ToDictionary(c => IndexOfPort(plan, c.Port), c => (c.OldValue, c.NewValue));
            byPort.Keys.Should().NotContain(-1, "every listed port is a port of the host");
            problems.AddRange(CaptureDiff.Check(plan, oldText, newText, byPort).Select(p => $"{before.Hostname} ({plan.Platform}): {p}"));
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void GenerateChanged_EachListedChange_ShowsInTheParsedRowAndNoOtherRowChanges()
    {
        using var root = new TempDirectory();
        var baseCorpus = CorpusGenerator.Generate(Base(Path.Combine(root.Path, "base")));
        var changed = CorpusGenerator.GenerateChanged(new ChangeOptions { BaseDirectory = baseCorpus.OutputDirectory, ChangeRate = 0.08, OutputDirectory = Path.Combine(root.Path, "next") });

        var listed = changed.Changes.ToLookup(c => c.Hostname);
        var parsedPlatforms = 0;
        foreach (var (before, after) in baseCorpus.Hosts.Zip(changed.Corpus.Hosts))
        {
            var parser = ParserRegistry.For(before.Platform);
            if (parser is null || !listed.Contains(before.Hostname))
            {
                continue;
            }

            parsedPlatforms++;
            var old = GeneratedHosts.Parse(parser, before.Hostname, Text(before), before.Platform);
            var now = GeneratedHosts.Parse(ParserRegistry.For(after.Platform)!, after.Hostname, Text(after), after.Platform);

            RowSignature.Of(now).Should().Be(RowSignature.Of(old), $"{before.Hostname}'s device row does not change");
            now.Interfaces.Select(i => i.Port).Should().Equal(old.Interfaces.Select(i => i.Port), before.Hostname);
            var differing = old.Interfaces.Zip(now.Interfaces).Where(p => RowSignature.Of(p.First) != RowSignature.Of(p.Second)).Select(p => p.First.Port);
            differing.Should().BeEquivalentTo(listed[before.Hostname].Select(c => c.Port), $"exactly the listed ports of {before.Hostname} ({before.Platform}) change their row");

            foreach (var change in listed[before.Hostname])
            {
                var row = now.Interfaces.Single(i => i.Port == change.Port);
                var value = change.Field switch { "vlan" => row.Vlan, "status" => row.Status, _ => row.Description };
                value.Trim().Should().Be(change.NewValue.Trim(), $"{before.Hostname} {change.Port} {change.Field}");
            }
        }

        parsedPlatforms.Should().BeGreaterThan(0, "Cisco IOS hosts at least have a parser");
    }

    [Fact]
    public async Task GenerateChanged_IngestedOverTheBase_WritesExactlyTheListedRows()
    {
        using var root = new TempDirectory();
        var baseCorpus = CorpusGenerator.Generate(Base(Path.Combine(root.Path, "base")) with { Sites = 3, HostsPerSite = 8 });
        var changed = CorpusGenerator.GenerateChanged(new ChangeOptions { BaseDirectory = baseCorpus.OutputDirectory, ChangeRate = 0.05, OutputDirectory = Path.Combine(root.Path, "next") });
        var store = Path.Combine(root.Path, "root");

        await IngestPipeline.RunAsync(new IngestOptions { Root = store, Inputs = [baseCorpus.OutputDirectory] });
        var next = await IngestPipeline.RunAsync(new IngestOptions { Root = store, Inputs = [changed.Corpus.OutputDirectory] });

        // Hosts whose platform has no parser yet are not stored either time; the rest must write their listed ports.
        var stored = baseCorpus.Hosts.Where(h => ParserRegistry.For(h.Platform) is not null).Select(h => h.Hostname).ToHashSet();
        var expected = changed.Changes.Count(c => stored.Contains(c.Hostname));
        expected.Should().BeGreaterThan(0, "some changed ports are on hosts with a parser");
        var pass = next.Summary.Passes.Single();
        pass.RowsWritten.Should().Be(expected, "changed.exact: an ingest of the next day writes one row per changed port");
        pass.HostsSkipped.Should().Be(stored.Count - changed.Changes.Where(c => stored.Contains(c.Hostname)).Select(c => c.Hostname).Distinct().Count(),
            "hosts without a change keep their bytes and are skipped");
    }

    [Fact]
    public void GenerateChanged_SameInputsTwice_WritesTheSameBytes()
    {
        using var root = new TempDirectory();
        var baseCorpus = CorpusGenerator.Generate(Base(Path.Combine(root.Path, "base")) with { Sites = 2, HostsPerSite = 6 });

        CorpusGenerator.GenerateChanged(new ChangeOptions { BaseDirectory = baseCorpus.OutputDirectory, ChangeRate = 0.1, OutputDirectory = Path.Combine(root.Path, "a") });
        CorpusGenerator.GenerateChanged(new ChangeOptions { BaseDirectory = baseCorpus.OutputDirectory, ChangeRate = 0.1, OutputDirectory = Path.Combine(root.Path, "b") });

        var a = HashTree(Path.Combine(root.Path, "a"));
        a.Keys.Should().Contain(["changes.json", "corpus.json"]);
        HashTree(Path.Combine(root.Path, "b")).Where(f => f.Key != "corpus.json" && f.Key != "changes.json").Should()
            .Equal(a.Where(f => f.Key != "corpus.json" && f.Key != "changes.json"));
        Manifest(Path.Combine(root.Path, "b")).Changes.Should().Equal(Manifest(Path.Combine(root.Path, "a")).Changes);
    }

    [Fact]
    public void GenerateChanged_HigherRate_ChangesASupersetOfPorts()
    {
        using var root = new TempDirectory();
        var baseCorpus = CorpusGenerator.Generate(Base(Path.Combine(root.Path, "base")) with { Sites = 2, HostsPerSite = 6 });

        var low = CorpusGenerator.GenerateChanged(new ChangeOptions { BaseDirectory = baseCorpus.OutputDirectory, ChangeRate = 0.05, OutputDirectory = Path.Combine(root.Path, "low") });
        var high = CorpusGenerator.GenerateChanged(new ChangeOptions { BaseDirectory = baseCorpus.OutputDirectory, ChangeRate = 0.2, OutputDirectory = Path.Combine(root.Path, "high") });

        high.Changes.Count.Should().BeGreaterThan(low.Changes.Count);
        high.Changes.Select(c => (c.Hostname, c.Port)).Should().Contain(low.Changes.Select(c => (c.Hostname, c.Port)));
    }

    [Fact]
    public void GenerateChanged_RateZero_WritesTheBaseCorpusAgainAndAnEmptyManifest()
    {
        using var root = new TempDirectory();
        var baseCorpus = CorpusGenerator.Generate(Base(Path.Combine(root.Path, "base")) with { Sites = 2, HostsPerSite = 6 });

        var changed = CorpusGenerator.GenerateChanged(new ChangeOptions { BaseDirectory = baseCorpus.OutputDirectory, ChangeRate = 0, OutputDirectory = Path.Combine(root.Path, "next") });

        changed.Changes.Should().BeEmpty();
        changed.HostsChanged.Should().Be(0);
        var manifest = Manifest(changed.Corpus.OutputDirectory);
        (manifest.PortsChanged, manifest.HostsChanged, manifest.TotalHosts).Should().Be((0, 0, 12));
        HashTree(changed.Corpus.OutputDirectory).Where(f => f.Key.EndsWith(".log", StringComparison.Ordinal))
            .Should().Equal(HashTree(baseCorpus.OutputDirectory).Where(f => f.Key.EndsWith(".log", StringComparison.Ordinal)));
    }

    [Fact]
    public void GenerateChanged_SizeTargetedBase_RebuildsItsUnevenSites()
    {
        using var root = new TempDirectory();
        var baseCorpus = CorpusGenerator.Generate(Base(Path.Combine(root.Path, "base")) with { Sites = 3, HostsPerSite = null, TargetBytes = 600_000 });

        var changed = CorpusGenerator.GenerateChanged(new ChangeOptions { BaseDirectory = baseCorpus.OutputDirectory, ChangeRate = 0, OutputDirectory = Path.Combine(root.Path, "next") });

        changed.Corpus.Hosts.Select(h => h.Hostname).Should().Equal(baseCorpus.Hosts.Select(h => h.Hostname));
        changed.Corpus.TotalBytes.Should().Be(baseCorpus.TotalBytes);
    }

    [Fact]
    public void GenerateChanged_Manifest_ListsEveryChangeWithTotals()
    {
        using var root = new TempDirectory();
        var baseCorpus = CorpusGenerator.Generate(Base(Path.Combine(root.Path, "base")) with { Sites = 2, HostsPerSite = 6 });

        var changed = CorpusGenerator.GenerateChanged(new ChangeOptions { BaseDirectory = baseCorpus.OutputDirectory, ChangeRate = 0.1, OutputDirectory = Path.Combine(root.Path, "next") });

        var manifest = Manifest(changed.Corpus.OutputDirectory);
        manifest.PortsChanged.Should().Be(changed.Changes.Count).And.Be(manifest.Changes.Count);
        manifest.HostsChanged.Should().Be(manifest.Changes.Select(c => c.Hostname).Distinct().Count());
        manifest.Fields.Values.Sum().Should().Be(manifest.PortsChanged);
        manifest.ChangeRate.Should().Be(0.1);
        manifest.Changes.Should().AllSatisfy(c =>
        {
            c.Site.Should().Be(c.Hostname[..4]);
            c.NewValue.Trim().Should().NotBe(c.OldValue.Trim());
        });
        var corpus = JsonDocument.Parse(File.ReadAllText(Path.Combine(changed.Corpus.OutputDirectory, "corpus.json"))).RootElement;
        corpus.GetProperty("changedFrom").GetProperty("changeRate").GetDouble().Should().Be(0.1);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void GenerateChanged_RateOutsideZeroToOne_IsRefused(double rate)
    {
        using var root = new TempDirectory();
        var baseCorpus = CorpusGenerator.Generate(Base(Path.Combine(root.Path, "base")) with { Sites = 1, HostsPerSite = 1 });

        var run = () => CorpusGenerator.GenerateChanged(new ChangeOptions { BaseDirectory = baseCorpus.OutputDirectory, ChangeRate = rate, OutputDirectory = Path.Combine(root.Path, "next") });

        run.Should().Throw<ArgumentException>().WithMessage("*between 0 and 1*");
        Directory.Exists(Path.Combine(root.Path, "next")).Should().BeFalse();
    }

    [Fact]
    public void GenerateChanged_BaseThatIsNoCorpus_OrIsTheOutput_OrIsItselfChanged_IsRefused()
    {
        using var root = new TempDirectory();
        var baseCorpus = CorpusGenerator.Generate(Base(Path.Combine(root.Path, "base")) with { Sites = 1, HostsPerSite = 1 });
        var next = CorpusGenerator.GenerateChanged(new ChangeOptions { BaseDirectory = baseCorpus.OutputDirectory, ChangeRate = 0.5, OutputDirectory = Path.Combine(root.Path, "next") });

        FluentActions.Invoking(() => CorpusGenerator.GenerateChanged(new ChangeOptions { BaseDirectory = root.Path, OutputDirectory = Path.Combine(root.Path, "x") }))
            .Should().Throw<ArgumentException>().WithMessage("*holds no corpus.json*");
        FluentActions.Invoking(() => CorpusGenerator.GenerateChanged(new ChangeOptions { BaseDirectory = baseCorpus.OutputDirectory, OutputDirectory = baseCorpus.OutputDirectory }))
            .Should().Throw<ArgumentException>().WithMessage("*another folder*");
        FluentActions.Invoking(() => CorpusGenerator.GenerateChanged(new ChangeOptions { BaseDirectory = next.Corpus.OutputDirectory, OutputDirectory = Path.Combine(root.Path, "y") }))
            .Should().Throw<ArgumentException>().WithMessage("*itself a changed corpus*");
    }

    [Fact]
    public void GenerateChanged_BaseFromAnOlderGenerator_IsRefused()
    {
        using var root = new TempDirectory();
        var folder = root.File("old/corpus.json", """{"generatorVersion":"1","profile":"reference","seed":1,"portsPerHost":48,"hostsPerFile":8,"totalBytes":1,"totalHosts":1,"sites":[{"site":"WLLS","hosts":1,"files":1,"bytes":1}]}""");

        var run = () => CorpusGenerator.GenerateChanged(new ChangeOptions { BaseDirectory = Path.GetDirectoryName(folder)!, OutputDirectory = Path.Combine(root.Path, "next") });

        run.Should().Throw<ArgumentException>().WithMessage("*generator version 1*");
    }

    private static Dictionary<string, HostPlan> Plans(GenerationResult corpus)
    {
        var manifest = JsonDocument.Parse(File.ReadAllText(corpus.ManifestPath)).RootElement;
        var mix = VendorMix.Parse(manifest.GetProperty("vendorMix").GetString()!);
        var sites = corpus.Sites.Count;
        var ports = manifest.GetProperty("portsPerHost").GetInt32();
        var plans = new Dictionary<string, HostPlan>();
        for (var position = 0; position < corpus.Hosts.Count; position++)
        {
            var plan = new HostPlan(manifest.GetProperty("seed").GetUInt64(), position % sites, position / sites, ports, mix);
            plans[plan.Hostname] = plan;
        }

        return plans;
    }

    private static int IndexOfPort(HostPlan plan, string port)
    {
        var writer = SessionWriters.For(plan);
        for (var i = 0; i < plan.Ports.Length; i++)
        {
            if (writer.View(plan, i, plan.Ports[i]).Port == port)
            {
                return i;
            }
        }

        return -1;
    }

    private static ChangeManifest Manifest(string folder) =>
        JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(folder, "changes.json")), GenerationJsonContext.Default.ChangeManifest)!;

    private static string Text(GeneratedHost host)
    {
        using var stream = File.OpenRead(host.File);
        stream.Position = host.Offset;
        var bytes = new byte[host.Length];
        stream.ReadExactly(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    private static Dictionary<string, string> HashTree(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f).Replace('\\', '/'),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
