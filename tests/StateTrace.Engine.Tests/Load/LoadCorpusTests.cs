using StateTrace.Engine.Load;

namespace StateTrace.Engine.Tests.Load;

public class LoadCorpusTests
{
    [Fact]
    public void Order_EqualWeights_InterleavesTheSitesKeepingEachSitesOrder()
    {
        var slices = ReplayTests.Bundles(3, "WLLS").Concat(ReplayTests.Bundles(3, "BOYO")).ToList();

        var ordered = LoadCorpus.Order(slices, _ => 1);

        ordered.Select(s => s.Hostname).Should().Equal(
            "WLLS-A01-AS-01", "BOYO-A01-AS-01", "WLLS-A01-AS-02", "BOYO-A01-AS-02", "WLLS-A01-AS-03", "BOYO-A01-AS-03");
    }

    [Fact]
    public void Order_HeavySite_SendsItsShareEvenlySpread()
    {
        var slices = ReplayTests.Bundles(30, "WLLS").Concat(ReplayTests.Bundles(10, "BOYO")).Concat(ReplayTests.Bundles(10, "HQ01")).ToList();

        var ordered = LoadCorpus.Order(slices, site => site == "WLLS" ? 3 : 1);

        var first = ordered.Take(25).ToList();
        first.Count(s => s.Site == "WLLS").Should().Be(15, "WLLS weighs 3 of 5");
        first.Count(s => s.Site == "BOYO").Should().Be(5);
        var gaps = ordered.Select((s, i) => (s.Site, i)).Where(x => x.Site == "BOYO").Select(x => x.i).ToList();
        gaps.Zip(gaps.Skip(1), (a, b) => b - a).Should().OnlyContain(g => g == 5, "a light site's bundles are spread evenly, never bunched");
        ordered.Should().HaveCount(50);
    }

    [Fact]
    public void Order_SiteRunsOut_TheOthersGoOnAndWeightZeroIsLeftOut()
    {
        var slices = ReplayTests.Bundles(1, "WLLS").Concat(ReplayTests.Bundles(4, "BOYO")).Concat(ReplayTests.Bundles(4, "HQ01")).ToList();

        var ordered = LoadCorpus.Order(slices, site => site == "HQ01" ? 0 : 1);

        ordered.Select(s => s.Site).Should().Equal("WLLS", "BOYO", "BOYO", "BOYO", "BOYO");
    }
}
