using StateTrace.Engine.Gates;

namespace StateTrace.Engine.Tests.Gates;

public class GateCatalogueTests
{
    [Fact]
    public void Defaults_HoldEveryRowOfTheDesignTable_InItsOrder()
    {
        GateCatalogue.Names.Should().Equal(
            "warm.improvement", "warm.cacheHit", "warm.rowsWritten", "changed.exact", "parse.p95", "parse.max", "write.p95",
            "warm.writePath.p95", "queue.p95", "queue.p99", "fairness.streak", "completeness", "siteCache.hydrate.p95", "doubling");
    }

    [Theory]
    [InlineData("warm.improvement", "verify", 10, "≥ 90 %")]
    [InlineData("warm.cacheHit", "verify", 10, "≥ 100 %")]
    [InlineData("warm.rowsWritten", "verify", 0, "= 0 rows")]
    [InlineData("changed.exact", "verify", 0, "= expected")]
    [InlineData("parse.p95", "ingest verify load", 20, "≤ 50 ms")]
    [InlineData("parse.max", "ingest verify load", 20, "≤ 1000 ms")]
    [InlineData("write.p95", "ingest verify load", 20, "≤ 50 ms")]
    [InlineData("warm.writePath.p95", "verify", 10, "≤ 10 ms")]
    [InlineData("queue.p95", "load", 10, "≤ 120 ms")]
    [InlineData("queue.p99", "load", 10, "≤ 200 ms")]
    [InlineData("fairness.streak", "ingest verify load", 0, "≤ 8")]
    [InlineData("completeness", "ingest verify load", 0, "= hosts parsed")]
    [InlineData("siteCache.hydrate.p95", "ingest verify load", 1, "≤ 500 ms")]
    [InlineData("doubling", "nightly", 5, "≤ 5 %")]
    public void Defaults_Row_MatchesTheDesign(string name, string runKinds, int minSamples, string threshold)
    {
        var gate = GateCatalogue.Find(name)!;

        gate.RunKinds.Should().Equal(runKinds.Split(' '));
        gate.MinSamples.Should().Be(minSamples);
        GateEvaluator.ThresholdText(gate, gate.Threshold).Should().Be(threshold);
    }

    [Fact]
    public void WriteP95_MeasuresIngestColdAndLoadPassesOnly()
    {
        var gate = GateCatalogue.Find("write.p95")!;

        new[] { "ingest", "cold", "warm", "changed", "load" }.Where(gate.Measures).Should().Equal("ingest", "cold", "load");
    }

    [Fact]
    public void WarmWritePathP95_MeasuresTheWarmPassOnly()
    {
        var gate = GateCatalogue.Find("warm.writePath.p95")!;

        new[] { "ingest", "cold", "warm", "changed", "load" }.Where(gate.Measures).Should().Equal("warm");
    }
}
