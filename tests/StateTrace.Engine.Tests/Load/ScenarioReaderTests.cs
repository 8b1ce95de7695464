using StateTrace.Engine.Load;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Load;

public class ScenarioReaderTests
{
    private const string File = "/work/loadtests/test.json";

    private static string Scenario(string simulations, string extra = "") => $$"""
        {
          "corpus": { "generate": { "sites": 3, "hostsPerSite": 4 } },
          "scenarios": [ { "name": "s", "loadSimulations": [ {{simulations}} ] {{extra}} } ]
        }
        """;

    private static Action Reading(string json) => () => ScenarioReader.Parse(json, File);

    [Fact]
    public void Parse_EverySimulationKindInBothForms_ReadsThem()
    {
        var file = ScenarioReader.Parse("""
            {
              // comments and trailing commas are allowed
              "description": "all of it",
              "corpus": { "generate": { "sites": 4, "size": "64MB", "seed": 7, "portsPerHost": 24, "vendors": "cisco_ios=3,arista_eos=1" } },
              "sites": { "*": 0.5, "WLLS": 4 },
              "store": { "kind": "sqlite", "maxInterfacesPerBatch": 2000, "keep": true },
              "scheduler": { "maxParallelism": 2, "maxConsecutiveSiteLaunches": 4 },
              "scenarios": [
                {
                  "name": "open",
                  "maxInFlight": 50,
                  "drainTimeout": "00:00:45",
                  "warmUp": false,
                  "loadSimulations": [
                    { "RampingInject": [20, "1s", "10s"] },
                    { "Inject": { "rate": 20, "interval": "1s", "during": "1m" } },
                    { "Pause": "500ms" },
                    { "inject": [5, "2s", "4s"] },
                  ],
                  "thresholds": [
                    { "gate": "queue.p95", "threshold": 250, "minSamples": 5 },
                    { "gate": "queue.p99", "enabled": false },
                    { "gate": "queue.p95", "threshold": 100, "sites": ["BOYO", "HQ01"] },
                  ],
                },
                { "name": "closed", "loadSimulations": [ { "KeepConstant": [4, "30s"] }, { "RampingConstant": { "copies": 0, "during": "5s" } } ] },
              ],
            }
            """, File);

        file.Corpus.Generate!.SizeBytes.Should().Be(64L << 20);
        file.Corpus.Generate.Vendors.Should().Be("cisco_ios=75,arista_eos=25");
        file.WeightOf("WLLS").Should().Be(4);
        file.WeightOf("BOYO").Should().Be(0.5);
        file.Store.Should().Be(new LoadStoreSpec("sqlite", 2000, Keep: true));
        file.Scheduler.MaxParallelism.Should().Be(2);
        var open = file.Scenarios[0];
        open.Simulations.Should().Equal(
            new RampingInject(20, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10)),
            new Inject(20, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1)),
            new Pause(TimeSpan.FromMilliseconds(500)),
            new Inject(5, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)));
        open.MaxInFlight.Should().Be(50);
        open.DrainTimeout.Should().Be(TimeSpan.FromSeconds(45));
        open.WarmUp.Should().BeFalse();
        open.Thresholds.Should().HaveCount(3);
        open.Thresholds[2].Label.Should().Be("queue.p95[BOYO,HQ01]");
        file.Scenarios[1].Simulations.Should().Equal(new KeepConstant(4, TimeSpan.FromSeconds(30)), new RampingConstant(0, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void Parse_RelativeCorpusFolder_IsResolvedAgainstTheScenarioFile()
    {
        var file = ScenarioReader.Parse("""{ "corpus": { "folder": "../samples" }, "scenarios": [ { "name": "s", "loadSimulations": [ { "Inject": [1, "1s", "1s"] } ] } ] }""", File);

        file.Corpus.Folder.Should().Be(Path.GetFullPath("/work/samples"));
    }

    [Theory]
    [InlineData("""{ "Injekt": [10, "1s", "5s"] }""", "$.scenarios[0].loadSimulations[0].Injekt", "\"Injekt\" is not a load simulation; the kinds are Inject, RampingInject, KeepConstant, RampingConstant, Pause")]
    [InlineData("""{ "Inject": [-1, "1s", "5s"] }""", "$.scenarios[0].loadSimulations[0].Inject[0]", "must be between 0 and")]
    [InlineData("""{ "Inject": [10, "10s", "5s"] }""", "$.scenarios[0].loadSimulations[0].Inject", "the interval (10s) must not be longer than during (5s)")]
    [InlineData("""{ "Inject": [10, "1s"] }""", "$.scenarios[0].loadSimulations[0].Inject", "takes 3 values [rate, interval, during], not 2")]
    [InlineData("""{ "Inject": [10, "1s", "5 seconds"] }""", "$.scenarios[0].loadSimulations[0].Inject[2]", "must be a duration such as")]
    [InlineData("""{ "KeepConstant": [0, "5s"] }""", "$.scenarios[0].loadSimulations[0].KeepConstant", "KeepConstant needs at least 1 copy")]
    [InlineData("""{ "Inject": [10, "1s", "5s"] }, { "KeepConstant": [2, "5s"] }""", "$.scenarios[0].loadSimulations[1]", "KeepConstant (closed model) cannot be mixed with Inject (open model)")]
    [InlineData("""{ "KeepConstant": [2, "5s"] }, { "Pause": "1s" }, { "RampingInject": [2, "1s", "5s"] }""", "$.scenarios[0].loadSimulations[2]", "RampingInject (open model) cannot be mixed with KeepConstant (closed model)")]
    [InlineData("""{ "Pause": "5s" }""", "$.scenarios[0].loadSimulations", "holds only pauses")]
    [InlineData("""{ "Inject": [10, "1s", "5s"], "Pause": "1s" }""", "$.scenarios[0].loadSimulations[0]", "exactly one simulation")]
    public void Parse_BadSimulation_NamesFilePathAndReason(string simulations, string path, string reason)
    {
        var error = Reading(Scenario(simulations)).Should().Throw<ScenarioException>().Which;

        error.File.Should().Be(File);
        error.JsonPath.Should().StartWith(path.Split('[')[0]);
        error.Message.Should().StartWith($"Scenario file {File}: ").And.Contain(reason);
    }

    [Fact]
    public void Parse_DurationOverTheBound_IsRefused()
    {
        Reading(Scenario("""{ "Inject": [1, "1s", "5h"] }, { "Inject": [1, "1s", "2h"] }"""))
            .Should().Throw<ScenarioException>().WithMessage("*$.scenarios[0].loadSimulations: lasts 7h in all; a scenario runs at most 6h*");
    }

    [Theory]
    [InlineData("""{ "gate": "queue.p42", "threshold": 1 }""", "$.scenarios[0].thresholds[0].gate: \"queue.p42\" is not a gate; the gates are warm.improvement,")]
    [InlineData("""{ "gate": "queue.p95", "threshold": -5 }""", "$.scenarios[0].thresholds[0].threshold: must be between 0 and")]
    [InlineData("""{ "gate": "completeness", "threshold": 3 }""", "$.scenarios[0].thresholds[0].threshold: completeness compares exactly and takes no threshold")]
    [InlineData("""{ "gate": "fairness.streak", "threshold": 3, "sites": ["WLLS"] }""", "$.scenarios[0].thresholds[0].sites: only the per-host latency gates")]
    [InlineData("""{ "gate": "queue.p95", "limit": 3 }""", "$.scenarios[0].thresholds[0].limit: is not a known key; this object takes gate, threshold, minSamples, enabled, sites")]
    [InlineData("""{ "threshold": 3 }""", "$.scenarios[0].thresholds[0]: \"gate\" is required")]
    public void Parse_BadThreshold_NamesFilePathAndReason(string threshold, string message)
    {
        Reading(Scenario("""{ "Inject": [1, "1s", "1s"] }""", $$""", "thresholds": [ {{threshold}} ]"""))
            .Should().Throw<ScenarioException>().WithMessage($"Scenario file {File}: {message}*");
    }

    [Theory]
    [InlineData("""{ "scenarios": [ { "name": "s", "loadSimulations": [ { "Inject": [1, "1s", "1s"] } ] } ] }""", "$: \"corpus\" is required")]
    [InlineData("""{ "corpus": { "folder": "x" } }""", "$: \"scenarios\" is required")]
    [InlineData("""{ "corpus": { "folder": "x", "generate": {} }, "scenarios": [] }""", "$.corpus: give \"folder\" or \"generate\", not both")]
    [InlineData("""{ "corpus": { "generate": { "size": "1GB", "hostsPerSite": 3 } }, "scenarios": [] }""", "$.corpus.generate: give \"size\" or \"hostsPerSite\", not both")]
    [InlineData("""{ "corpus": { "generate": { "size": "lots" } }, "scenarios": [] }""", "$.corpus.generate.size: must be a size such as")]
    [InlineData("""{ "corpus": { "generate": { "vendors": "cisco_ios=1,nokia=2" } }, "scenarios": [] }""", "$.corpus.generate.vendors: Unknown platform 'nokia'")]
    [InlineData("""{ "corpus": { "folder": "x" }, "store": { "kind": "postgres" }, "scenarios": [] }""", "$.store.kind: \"postgres\" is not supported by load replays yet")]
    [InlineData("""{ "corpus": { "folder": "x" }, "sites": { "WLLS": -1 }, "scenarios": [] }""", "$.sites.WLLS: must be between 0 and")]
    [InlineData("""{ "corpus": { "folder": "x" }, "senarios": [] }""", "$.senarios: is not a known key; this object takes description, corpus, sites, store, scheduler, scenarios")]
    [InlineData("""{ "corpus": { "folder": "x" }, "scenarios": [ { "name": "s", "loadSimulations": [ { "KeepConstant": [1, "1s"] } ], "doubling": { "sites": [5, 10] } } ] }""", "$.scenarios[0].doubling: needs \"corpus\": { \"generate\": … }")]
    [InlineData("""{ "corpus": { "generate": {} }, "scenarios": [ { "name": "s", "loadSimulations": [ { "KeepConstant": [1, "1s"] } ], "doubling": { "sites": [10, 5] } } ] }""", "$.scenarios[0].doubling.sites: must be two site counts, the second larger")]
    [InlineData("""{ "corpus": { "folder": "x" }, "scenarios": [ { "name": "s", "loadSimulations": [ { "Pause": "1s" }, { "KeepConstant": [1, "1s"] } ] }, { "name": "S", "loadSimulations": [ { "KeepConstant": [1, "1s"] } ] } ] }""", "$.scenarios[1].name: \"S\" names two scenarios")]
    [InlineData("""{ "corpus": { "folder": "x" }, "scenarios": [ { "loadSimulations": [ { "KeepConstant": [1, "1s"] } ] } ] }""", "$.scenarios[0]: \"name\" is required")]
    [InlineData("""[1, 2]""", "$: must be an object, not an array")]
    [InlineData("""{ "corpus": """, "$: is not valid JSON")]
    public void Parse_BadFile_NamesFilePathAndReason(string json, string message)
    {
        Reading(json).Should().Throw<ScenarioException>().WithMessage($"Scenario file {File}: {message}*");
    }

    [Fact]
    public void Load_MissingFile_SaysItCannotBeRead()
    {
        var act = () => ScenarioReader.Load("/nonexistent/scenario.json");

        act.Should().Throw<ScenarioException>().WithMessage("Scenario file /nonexistent/scenario.json: $: cannot be read*");
    }

    [Theory]
    [InlineData("smoke.json")]
    [InlineData("multi-site-1gb.json")]
    [InlineData("double-databases.json")]
    [InlineData("fairness.json")]
    [InlineData("steady-trickle.json")]
    public void Load_ShippedScenario_IsValidAndBounded(string name)
    {
        var file = ScenarioReader.Load(Path.Combine(RepoPaths.Root, "loadtests", name));

        file.Scenarios.Should().NotBeEmpty();
        file.Scenarios.Should().OnlyContain(s => s.Timeline().Duration <= TimeSpan.FromMinutes(15));
    }

    [Theory]
    [InlineData("30s", 30_000)]
    [InlineData("1.5s", 1_500)]
    [InlineData("250ms", 250)]
    [InlineData("2m", 120_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("00:01:30", 90_000)]
    [InlineData("00:00:00.5", 500)]
    public void TryParseDuration_NBomberAndK6Forms_Read(string text, double milliseconds)
    {
        ScenarioText.TryParseDuration(text, out var value).Should().BeTrue();
        value.TotalMilliseconds.Should().Be(milliseconds);
    }

    [Theory]
    [InlineData("30")]
    [InlineData("-5s")]
    [InlineData("5 parsecs")]
    [InlineData("-00:00:05")]
    public void TryParseDuration_Nonsense_IsRefused(string text) => ScenarioText.TryParseDuration(text, out _).Should().BeFalse();
}
