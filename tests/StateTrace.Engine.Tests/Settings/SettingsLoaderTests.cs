using StateTrace.Engine.Settings;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Settings;

public class SettingsLoaderTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    private static string WithFile(TempDirectory temp, string json)
    {
        temp.File(Path.Combine("Data", SettingsLoader.FileName), json, new System.Text.UTF8Encoding(true));
        return temp.Path;
    }

    [Fact]
    public void Load_OriginalFileWithLegacyAlias_MapsTheOriginalKeys()
    {
        using var temp = new TempDirectory();
        var root = WithFile(temp, """
            { "Parser": { "MaxRunspaceCeiling": 6, "MaxWorkersPerSite": 2, "MaxActiveSites": 3, "MinRunspaceCount": 1,
                          "JobsPerThread": 4, "EnableAdaptiveThreads": false, "MaxConsecutiveSiteLaunches": 5,
                          "SkipSiteCacheUpdate": false },
              "DebugOnNextLaunch": true }
            """);

        var settings = SettingsLoader.Load(root, null, NoEnvironment);

        settings.Scheduler.Should().BeEquivalentTo(new
        {
            MaxParallelism = 6,
            MaxWorkersPerSite = 2,
            MaxActiveSites = 3,
            JobsPerThread = 4,
            AutoScaleConcurrency = false,
            MaxConsecutiveSiteLaunches = 5,
        });
        settings.Warnings.Should().ContainSingle(w => w.Contains("SkipSiteCacheUpdate", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_FileThenEnvironmentThenOptions_LaterSourcesWin()
    {
        using var temp = new TempDirectory();
        var root = WithFile(temp, """{ "ParserSettings": { "MaxWorkersPerSite": 1, "MaxActiveSites": 1, "JobsPerThread": 1 } }""");
        var environment = new Dictionary<string, string?>
        {
            ["STATETRACE_ParserSettings__MaxActiveSites"] = "2",
            ["STATETRACE_ParserSettings__JobsPerThread"] = "2",
            ["PATH"] = "/usr/bin",
        };
        var options = new Dictionary<string, string?> { ["ParserSettings:JobsPerThread"] = "3" };

        var settings = SettingsLoader.Load(root, options, environment);

        settings.Scheduler.MaxWorkersPerSite.Should().Be(1);
        settings.Scheduler.MaxActiveSites.Should().Be(2);
        settings.Scheduler.JobsPerThread.Should().Be(3);
        File.ReadAllText(Path.Combine(root, "Data", SettingsLoader.FileName)).Should().Contain("\"JobsPerThread\": 1", "options are never written back");
    }

    [Theory]
    [InlineData("""{ "ParserSettings": { "MaxWorkersPerSite": -1 } }""", "MaxWorkersPerSite must be at least 0 (got -1)")]
    [InlineData("""{ "ParserSettings": { "MaxActiveSites": "many" } }""", "MaxActiveSites must be a whole number (got 'many')")]
    [InlineData("""{ "ParserSettings": { "AutoScaleConcurrency": "yes" } }""", "AutoScaleConcurrency must be true or false")]
    [InlineData("""{ "ParserSettings": { "MaxInterfacesPerBatch": 0 } }""", "MaxInterfacesPerBatch must be at least 1")]
    [InlineData("""{ "Store": { "Kind": "oracle" } }""", "Store:Kind 'oracle' is not one of")]
    [InlineData("""{ "Store": { "Kind": "postgres" } }""", "no connection string")]
    [InlineData("""{ "Store": { "Schema": "x; drop" } }""", "must be a plain identifier")]
    [InlineData("""{ "ParserSettings": { "MaxWorkersPerSite": """, "not valid JSON")]
    public void Load_BadValue_SaysWhichKeyAndWhy(string json, string expected)
    {
        using var temp = new TempDirectory();
        var root = WithFile(temp, json);

        var load = () => SettingsLoader.Load(root, null, NoEnvironment);

        load.Should().Throw<SettingsException>().Which.Message.Should().Contain(expected);
    }

    [Fact]
    public void Load_NoFile_GivesTheDocumentedDefaults()
    {
        using var temp = new TempDirectory();

        var settings = SettingsLoader.Load(temp.Path, null, NoEnvironment);

        settings.Scheduler.Should().BeEquivalentTo(new { AutoScaleConcurrency = true, MaxParallelism = 0, MaxConsecutiveSiteLaunches = 8 });
        settings.MaxInterfacesPerBatch.Should().Be(1000);
        settings.Store.Kind.Should().Be("sqlite");
        settings.Warnings.Should().BeEmpty();
    }
}
