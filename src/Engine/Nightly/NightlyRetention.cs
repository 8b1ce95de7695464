namespace StateTrace.Engine.Nightly;

/// <summary>What retention keeps and deletes: index entries, and the run folders only the removed entries listed.</summary>
internal sealed record RetentionPlan(IReadOnlyList<NightlyEntry> Kept, IReadOnlyList<NightlyEntry> Removed, IReadOnlyList<string> FoldersToDelete);

/// <summary>
/// Keeps the newest N nightlies of the index (all machines together) and deletes the run folders of the others. Only
/// folders an index entry lists are ever deleted, and never one a kept entry (or the current nightly) lists too.
/// </summary>
internal static class NightlyRetention
{
    public const int DefaultRetention = 60;

    /// <param name="protectedRunIds">Run folders never to delete (the current nightly's), whatever their entry's age.</param>
    public static RetentionPlan Plan(IReadOnlyList<NightlyEntry> entries, int retention, IReadOnlyCollection<string> protectedRunIds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retention, 1);
        var protectedIds = new HashSet<string>(protectedRunIds, StringComparer.Ordinal);

        // Newest first by timestamp, later index position first among equal timestamps; protected entries always stay.
        var ranked = entries.Select((e, i) => (Entry: e, Position: i))
            .OrderByDescending(x => x.Entry.TimestampUtc).ThenByDescending(x => x.Position).ToList();
        var keep = new HashSet<int>();
        foreach (var (entry, position) in ranked)
        {
            if (keep.Count < retention || Lists(entry).Any(protectedIds.Contains))
            {
                keep.Add(position);
            }
        }

        var kept = entries.Where((_, i) => keep.Contains(i)).ToList();
        var removed = entries.Where((_, i) => !keep.Contains(i)).ToList();
        var stillListed = new HashSet<string>(kept.SelectMany(Lists), StringComparer.Ordinal);
        stillListed.UnionWith(protectedIds);

        // Oldest first, each folder once.
        var folders = removed.OrderBy(e => e.TimestampUtc).SelectMany(Lists)
            .Where(id => !stillListed.Contains(id) && IsPlainName(id)).Distinct(StringComparer.Ordinal).ToList();
        return new RetentionPlan(kept, removed, folders);
    }

    /// <summary>Deletes the plan's folders under <paramref name="runsFolder"/>; returns those deleted (a missing one is skipped).</summary>
    public static IReadOnlyList<string> Apply(string runsFolder, RetentionPlan plan)
    {
        var deleted = new List<string>();
        foreach (var id in plan.FoldersToDelete)
        {
            var info = new DirectoryInfo(Path.Combine(runsFolder, id));
            if (!info.Exists)
            {
                continue;
            }

            // A symbolic link is removed as a link: what it points to was never a run folder of this index.
            info.Delete(recursive: info.LinkTarget is null);
            deleted.Add(id);
        }

        return deleted;
    }

    private static IEnumerable<string> Lists(NightlyEntry entry) => entry.RunIds.Prepend(entry.RunId).Distinct(StringComparer.Ordinal);

    /// <summary>A run id is a folder name directly under runs/: no separators, no <c>..</c>, nothing rooted.</summary>
    private static bool IsPlainName(string id) =>
        id.Length > 0 && id is not ("." or "..") && id.IndexOfAny(['/', '\\', ':']) < 0 && id.IndexOfAny(Path.GetInvalidFileNameChars()) < 0;
}
