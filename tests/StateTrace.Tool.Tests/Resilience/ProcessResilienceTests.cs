using StateTrace.Engine.Generation;

namespace StateTrace.Tool.Tests.Resilience;

/// <summary>Real processes: killed mid-run, and two at once on the same data (design §7).</summary>
public sealed class ProcessResilienceTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "statetrace-tests", Guid.NewGuid().ToString("N"));
    private readonly string corpus;
    private readonly GenerationResult generated;

    public ProcessResilienceTests()
    {
        corpus = Path.Combine(folder, "corpus");
        generated = CorpusGenerator.Generate(new GeneratorOptions { Seed = 7, Sites = 3, HostsPerSite = 150, PortsPerHost = 48, OutputDirectory = corpus });
    }

    private Dictionary<string, List<string>> HostsBySite() => generated.Hosts
        .GroupBy(h => h.Site)
        .ToDictionary(g => g.Key, g => g.Select(h => h.Hostname).ToList());

    private static string Database(string root, string site) => Path.Combine(root, "Data", site, site + ".sqlite");

    [Fact]
    public async Task Ingest_KilledMidRunThenRerun_LeavesEverySiteConsistentWithNoDuplicates()
    {
        var root = Path.Combine(folder, "root");
        using (var first = ToolProcess.Start("ingest", corpus, "--root", root, "--parallelism", "1"))
        {
            // Kill once some hosts are committed but well before the end.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !first.HasExited && CommittedHosts(root) < 5)
            {
                await Task.Delay(20);
            }

            first.HasExited.Should().BeFalse("the run must still be going when it is killed");
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var committedBeforeRerun = CommittedHosts(root);
        committedBeforeRerun.Should().BeLessThan(generated.Hosts.Count);

        var (code, output) = await ToolProcess.RunAsync("ingest", corpus, "--root", root);

        code.Should().Be(0, output);
        foreach (var (site, hosts) in HostsBySite())
        {
            SiteAudit.AssertConsistent(Database(root, site), hosts);
        }
    }

    [Fact]
    public async Task Ingest_TwoProcessesOnTheSameData_EndAsOneProcessWouldWithEveryChangeWrittenOnce()
    {
        var shared = Path.Combine(folder, "shared");
        var single = Path.Combine(folder, "single");

        var a = ToolProcess.RunAsync("ingest", corpus, "--root", shared, "--parallelism", "1");
        var b = ToolProcess.RunAsync("ingest", corpus, "--root", shared, "--parallelism", "1");
        var results = await Task.WhenAll(a, b);
        var alone = await ToolProcess.RunAsync("ingest", corpus, "--root", single);

        results.Should().OnlyContain(r => r.Code == 0, string.Join("\n", results.Select(r => r.Output)));
        alone.Code.Should().Be(0, alone.Output);
        foreach (var (site, hosts) in HostsBySite())
        {
            SiteAudit.AssertConsistent(Database(shared, site), hosts);
            const string rows = "SELECT Hostname, Port, Signature FROM Interfaces ORDER BY Hostname, Port";
            SiteAudit.Query(Database(shared, site), rows).Should().BeEquivalentTo(SiteAudit.Query(Database(single, site), rows), o => o.WithStrictOrdering());
            SiteAudit.Query(Database(shared, site), "SELECT COUNT(*) FROM InterfaceHistory")[0][0]
                .Should().Be(SiteAudit.Query(Database(shared, site), "SELECT COUNT(*) FROM Interfaces")[0][0], "each row was inserted once, by one of the two");
        }
    }

    private int CommittedHosts(string root)
    {
        var total = 0;
        foreach (var site in HostsBySite().Keys)
        {
            var database = Database(root, site);
            if (File.Exists(database))
            {
                try
                {
                    total += int.Parse(SiteAudit.Query(database, "SELECT COUNT(*) FROM IngestionHistory")[0][0], System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (Microsoft.Data.Sqlite.SqliteException)
                {
                    // The file exists before its schema does; the next poll reads it.
                }
            }
        }

        return total;
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
