using StateTrace.Engine.Gates;
using StateTrace.Engine.Tests.Support;
using static StateTrace.Engine.Tests.Gates.GateRuns;

namespace StateTrace.Engine.Tests.Gates;

public class GateSettingsTests
{
    [Fact]
    public void Load_FileOverridingAndDisabling_TheEvaluatorUsesIt()
    {
        using var temp = new TempDirectory();
        var path = temp.File("gates.json", """
            {
              // CI machines are slower than the reference machine.
              "gates": {
                "warm.improvement": { "threshold": 80, "minSamples": 5 },
                "parse.max": { "enabled": false },
                "fairness.streak": { "threshold": 2, },
              },
            }
            """);
        var summary = Verify(hosts: 6) with { WarmRunComparison = Comparison(hosts: 6) with { ImprovementPercent = 85 } };
        var telemetry = TelemetryFor(summary);

        var settings = GateSettings.Load(path);
        var verdicts = GateEvaluator.Evaluate(summary, telemetry, settings).ToDictionary(v => v.Name);

        settings.Overrides["warm.improvement"].Should().Be(new GateOverride(80, 5, null));
        verdicts["warm.improvement"].Verdict.Should().Be(GateStatus.Pass);
        verdicts["warm.improvement"].Threshold.Should().Be("≥ 80 %");
        verdicts["parse.max"].Verdict.Should().Be(GateStatus.NotApplicable);
        verdicts["parse.max"].Reason.Should().Be($"disabled in {path}");
        verdicts["fairness.streak"].Verdict.Should().Be(GateStatus.Fail, "the crafted telemetry has a streak of 3");
        verdicts["warm.cacheHit"].Verdict.Should().Be(GateStatus.InsufficientData, "gates not listed keep their defaults");
    }

    [Fact]
    public void Parse_DisabledGateOnARunKindItWouldNotApplyTo_SaysDisabled()
    {
        var settings = GateSettings.Parse("""{ "gates": { "queue.p95": { "enabled": false } } }""", "ci-gates.json");

        Gate("queue.p95", Verify(), settings: settings).Reason.Should().Be("disabled in ci-gates.json");
    }

    [Theory]
    [InlineData("""{ "gates": { "warm.improvment": { "threshold": 80 } } }""",
        "Gates file g.json: \"warm.improvment\" is not a gate; valid names: warm.improvement, warm.cacheHit, warm.rowsWritten, changed.exact, parse.p95, parse.max, write.p95, warm.writePath.p95, queue.p95, queue.p99, fairness.streak, completeness, siteCache.hydrate.p95, doubling.")]
    [InlineData("""{ "gates": { "parse.p95": { "threshold": "50" } } }""",
        "Gates file g.json: gates.parse.p95.threshold must be a number in milliseconds, not the string \"50\".")]
    [InlineData("""{ "gates": { "parse.p95": { "minSamples": -1 } } }""",
        "Gates file g.json: gates.parse.p95.minSamples must be 0 or more (got -1).")]
    [InlineData("""{ "gates": { "parse.p95": { "minSamples": 2.5 } } }""",
        "Gates file g.json: gates.parse.p95.minSamples must be a whole number, not the number 2.5.")]
    [InlineData("""{ "gates": { "parse.p95": { "threshold": -3 } } }""",
        "Gates file g.json: gates.parse.p95.threshold must be 0 or more (got -3).")]
    [InlineData("""{ "gates": { "parse.p95": { "enabled": "no" } } }""",
        "Gates file g.json: gates.parse.p95.enabled must be true or false, not the string \"no\".")]
    [InlineData("""{ "gates": { "parse.p95": { "max": 3 } } }""",
        "Gates file g.json: gates.parse.p95.max is not a setting; a gate takes threshold, minSamples and enabled.")]
    [InlineData("""{ "gates": { "completeness": { "threshold": 1 } } }""",
        "Gates file g.json: gates.completeness.threshold: completeness compares exactly and takes no threshold (only minSamples and enabled).")]
    [InlineData("""{ "gates": { "parse.p95": 50 } }""",
        "Gates file g.json: gates.parse.p95 must be an object such as { \"threshold\": …, \"minSamples\": …, \"enabled\": … }, not the number 50.")]
    [InlineData("""{ "gates": [] }""",
        "Gates file g.json: \"gates\" must be an object mapping gate names to settings, not an array.")]
    [InlineData("""{ "gate": {} }""",
        "Gates file g.json: unknown top-level key \"gate\"; the file holds one object, \"gates\".")]
    [InlineData("""[]""",
        "Gates file g.json: the top level must be an object like { \"gates\": { \"warm.improvement\": { \"threshold\": 80 } } }.")]
    public void Parse_BadGatesFile_ThrowsOneClearSentence(string json, string message)
    {
        var parse = () => GateSettings.Parse(json, "g.json");

        parse.Should().Throw<GateSettingsException>().Which.Message.Should().Be(message);
    }

    [Fact]
    public void Parse_NotJson_SaysSo()
    {
        var parse = () => GateSettings.Parse("""{ "gates": { "parse.p95": """, "g.json");

        parse.Should().Throw<GateSettingsException>().WithMessage("Gates file g.json is not valid JSON: *");
    }

    [Fact]
    public void Load_MissingFile_SaysItCannotBeRead()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "nope.json");

        var load = () => GateSettings.Load(path);

        load.Should().Throw<GateSettingsException>().WithMessage($"Gates file {path} cannot be read: *");
    }

    [Fact]
    public void Resolve_NoOverride_KeepsTheCatalogueDefaults()
    {
        var gate = GateCatalogue.Find("parse.p95")!;

        GateSettings.Default.Resolve(gate).Should().Be((50.0, 20, true));
        GateSettings.Parse("""{ "gates": { "parse.p95": { "minSamples": 0 } } }""", "g").Resolve(gate).Should().Be((50.0, 0, true));
    }
}
