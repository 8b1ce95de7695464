using StateTrace.Engine.Pipeline;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Storage;

public class CacheSnapshotTests
{
    private static string Sample(string site) => Directory.GetFiles(Path.Combine(RepoPaths.Samples, site)).First(f => !f.EndsWith(".md", StringComparison.Ordinal));

    [Fact]
    public async Task Import_SnapshotOfTheSameStore_GivesAWarmRunOnlyCacheHitsAndNoRows()
    {
        using var temp = new TempDirectory();
        var snapshot = Path.Combine(temp.Path, "cache.bin");
        await IngestPipeline.RunAsync(new IngestOptions { Root = temp.Path, Inputs = [RepoPaths.Samples], ExportSnapshot = snapshot });

        var warm = await IngestPipeline.RunAsync(new IngestOptions { Root = temp.Path, Inputs = [RepoPaths.Samples], Force = true, ImportSnapshot = snapshot, Pass = "warm" });

        warm.Diagnostics.Should().BeEmpty();
        var pass = warm.Summary.Passes[0];
        pass.HostsParsed.Should().BeGreaterThan(0);
        pass.RowsWritten.Should().Be(0);
        pass.CacheHitRatio.Should().Be(1.0);
        var telemetry = await File.ReadAllLinesAsync(Path.Combine(warm.RunDirectory, "telemetry.ndjson"));
        telemetry.Where(l => l.Contains("\"EventName\":\"InterfaceSyncTiming\"", StringComparison.Ordinal))
            .Should().HaveCount(pass.HostsParsed).And.OnlyContain(l => l.Contains("\"SiteCacheExistingRowSource\":\"CacheHit\"", StringComparison.Ordinal));
        telemetry.Should().Contain(l => l.Contains("\"Reason\":\"SnapshotImport\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_AfterTheSiteChanged_IsRefusedWithTheGenerations()
    {
        using var temp = new TempDirectory();
        var snapshot = Path.Combine(temp.Path, "cache.bin");
        await IngestPipeline.RunAsync(new IngestOptions { Root = temp.Path, Inputs = [Sample("LAB")], ExportSnapshot = snapshot });
        var changed = Path.Combine(temp.Path, "changed.log");
        await File.WriteAllTextAsync(changed, (await File.ReadAllTextAsync(Sample("LAB"))).Replace("notconnect", "connected   ", StringComparison.Ordinal));
        await IngestPipeline.RunAsync(new IngestOptions { Root = temp.Path, Inputs = [changed] });

        var caches = new SiteCaches();
        using var stores = new SiteStores(Path.Combine(temp.Path, "Data"), new StoreOptions());
        var refusals = CacheSnapshot.Import(snapshot, caches, stores.Current);

        refusals.Should().ContainSingle().Which.Reason.Should().MatchRegex(@"site changed since the snapshot \(generation \d+, now \d+\)");
        caches.Get("LAB").Should().BeNull();
    }

    [Fact]
    public async Task Import_SnapshotFromAnotherStore_IsRefusedNamingBothStores()
    {
        using var temp = new TempDirectory();
        var snapshot = Path.Combine(temp.Path, "cache.bin");
        await IngestPipeline.RunAsync(new IngestOptions { Root = Path.Combine(temp.Path, "a"), Inputs = [Sample("LAB")], ExportSnapshot = snapshot });
        await IngestPipeline.RunAsync(new IngestOptions { Root = Path.Combine(temp.Path, "b"), Inputs = [Sample("LAB")] });

        using var stores = new SiteStores(Path.Combine(temp.Path, "b", "Data"), new StoreOptions());
        var refusals = CacheSnapshot.Import(snapshot, new SiteCaches(), stores.Current);

        refusals.Should().ContainSingle().Which.Reason.Should().StartWith("the snapshot was taken from another store");
    }

    [Fact]
    public void Import_TruncatedOrForeignFile_SaysWhat()
    {
        using var temp = new TempDirectory();
        var foreign = temp.File("x.bin", "hello");
        var caches = new SiteCaches();
        using var stores = new SiteStores(Path.Combine(temp.Path, "Data"), new StoreOptions());
        var index = new SiteIndex("LAB", 3);
        index.Hosts["LAB-1"] = new HostIndex();
        caches.Set(index);
        caches.Identities["LAB"] = new StoreIdentity("sqlite", "x", 2);
        var good = Path.Combine(temp.Path, "good.bin");
        CacheSnapshot.Export(caches, good);
        var truncated = temp.Bytes("cut.bin", File.ReadAllBytes(good)[..^3]);

        var readForeign = () => CacheSnapshot.Import(foreign, new SiteCaches(), stores.Current);
        var readTruncated = () => CacheSnapshot.Import(truncated, new SiteCaches(), stores.Current);

        readForeign.Should().Throw<InvalidDataException>();
        readTruncated.Should().Throw<InvalidDataException>().WithMessage("*truncated*");
    }
}
