using StateTrace.Engine.Nightly;
using StateTrace.Engine.Tests.Support;
using static StateTrace.Engine.Tests.Nightly.NightlyHistory;

namespace StateTrace.Engine.Tests.Nightly;

public class NightlyRetentionTests
{
    /// <summary>Ten nightlies (days 1–10), each with its two run folders created under <paramref name="runs"/>.</summary>
    private static List<NightlyEntry> TenNightlies(string runs)
    {
        var entries = Enumerable.Range(1, 10).Select(d => Entry(d, 100) with { RunId = $"n{d:D2}", RunIds = [$"n{d:D2}", $"v{d:D2}"] }).ToList();
        foreach (var id in entries.SelectMany(e => e.RunIds))
        {
            Directory.CreateDirectory(Path.Combine(runs, id));
            File.WriteAllText(Path.Combine(runs, id, "summary.json"), "{}");
        }

        return entries;
    }

    [Fact]
    public void Plan_KeepsTheNewestN_AndDeletesTheOthersFoldersOldestFirst()
    {
        using var temp = new TempDirectory();
        var entries = TenNightlies(temp.Path);

        var plan = NightlyRetention.Plan(entries, 3, ["n10", "v10"]);

        plan.Kept.Select(e => e.RunId).Should().Equal("n08", "n09", "n10");
        plan.Removed.Should().HaveCount(7);
        plan.FoldersToDelete.Should().Equal("n01", "v01", "n02", "v02", "n03", "v03", "n04", "v04", "n05", "v05", "n06", "v06", "n07", "v07");
    }

    [Fact]
    public void Apply_DeletesOnlyFoldersTheRemovedEntriesList()
    {
        using var temp = new TempDirectory();
        var entries = TenNightlies(temp.Path);
        Directory.CreateDirectory(Path.Combine(temp.Path, "20250101-000000-adhoc"));
        File.WriteAllText(Path.Combine(temp.Path, "index.json"), "{}");

        var deleted = NightlyRetention.Apply(temp.Path, NightlyRetention.Plan(entries, 3, ["n10", "v10"]));

        deleted.Should().HaveCount(14);
        Directory.GetDirectories(temp.Path).Select(Path.GetFileName).Should().BeEquivalentTo("n08", "v08", "n09", "v09", "n10", "v10", "20250101-000000-adhoc");
        File.Exists(Path.Combine(temp.Path, "index.json")).Should().BeTrue();
    }

    [Fact]
    public void Plan_CurrentNightlyWithAnOldTimestamp_IsNeverPruned()
    {
        using var temp = new TempDirectory();
        var entries = TenNightlies(temp.Path);

        var plan = NightlyRetention.Plan(entries, 2, ["n01", "v01"]);

        plan.Kept.Select(e => e.RunId).Should().Equal("n01", "n09", "n10");
        plan.FoldersToDelete.Should().NotContain(["n01", "v01"]);
    }

    [Fact]
    public void Plan_FolderAlsoListedByAKeptEntry_IsKept()
    {
        var entries = new List<NightlyEntry>
        {
            Entry(1, 100) with { RunId = "n01", RunIds = ["n01", "shared"] },
            Entry(2, 100) with { RunId = "n02", RunIds = ["n02", "shared"] },
        };

        NightlyRetention.Plan(entries, 1, ["n02"]).FoldersToDelete.Should().Equal("n01");
    }

    [Fact]
    public void Apply_RunIdsThatAreNotPlainFolderNames_AreNeverFollowed()
    {
        using var temp = new TempDirectory();
        var runs = Path.Combine(temp.Path, "runs");
        Directory.CreateDirectory(Path.Combine(runs, "n02"));
        var outside = Path.Combine(temp.Path, "precious");
        Directory.CreateDirectory(outside);
        var entries = new List<NightlyEntry>
        {
            Entry(1, 100) with { RunId = "n01", RunIds = ["n01", "../precious", outside, "..", ""] },
            Entry(2, 100) with { RunId = "n02", RunIds = ["n02"] },
        };

        var plan = NightlyRetention.Plan(entries, 1, ["n02"]);
        var deleted = NightlyRetention.Apply(runs, plan);

        plan.FoldersToDelete.Should().Equal("n01");
        deleted.Should().BeEmpty("n01 has no folder");
        Directory.Exists(outside).Should().BeTrue();
        Directory.Exists(Path.Combine(runs, "n02")).Should().BeTrue();
    }

    [Fact]
    public void Plan_FewerEntriesThanRetention_RemovesNothing()
    {
        var plan = NightlyRetention.Plan(FiveGreen(), NightlyRetention.DefaultRetention, []);

        plan.Kept.Should().HaveCount(5);
        plan.Removed.Should().BeEmpty();
        plan.FoldersToDelete.Should().BeEmpty();
    }
}
