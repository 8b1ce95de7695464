using System.Runtime.CompilerServices;
using System.Diagnostics;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Telemetry;

namespace StateTrace.Engine.Pipeline;

/// <summary>
/// The one writer of a site in this process. Each batch is one transaction under the site lock: the generation is
/// read there and the site cache trusted only if it matches (else re-hydrated), the skip rule is re-checked (another
/// process may have written the host meanwhile), then each host's diff is applied. The cache learns the new row ids
/// only after the commit; a failed batch drops the cache so nothing uncommitted is ever trusted.
/// </summary>
internal sealed class SiteWriter(ISiteStore store, SiteCaches caches, TelemetryWriter telemetry, RunStamp run, bool force)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<HostWriteResult> Write(IReadOnlyList<ParsedHost> batch)
    {
        var total = Stopwatch.StartNew();
        var results = new List<HostWriteResult>(batch.Count);
        var changes = new List<HostChanges>(batch.Count);
        var timings = new List<(ParsedHost Host, HostChanges Change, int Existing, TimeSpan Diff, TimeSpan Total)>(batch.Count);
        using var transaction = store.Begin();
        var lockWait = total.Elapsed;
        var (cache, source, hydrate) = Resolve(transaction);
        var apply = Stopwatch.StartNew();
        var inventoryChanged = false;
        var rows = 0;
        foreach (var host in batch)
        {
            var slice = host.Slice;
            var previous = transaction.FindIngestion(slice.Hostname);
            if (!force && previous is not null && previous.FileHash == slice.Hash && previous.SourceLength == slice.Length)
            {
                results.Add(new HostWriteResult(host, default, true, source, TimeSpan.Zero));
                continue;
            }

            var hostClock = Stopwatch.StartNew();
            var existing = cache.Hosts.GetValueOrDefault(host.Facts.Hostname);
            var change = HostDiff.Compute(host.Facts, host.Signatures, new IngestionStamp(slice.Hostname, slice.Hash, slice.Length), existing, previous);
            var diffTime = hostClock.Elapsed;
            transaction.Apply(change, run);
            hostClock.Stop();
            inventoryChanged |= change.WritesInventory;
            rows += change.Counts.Rows;
            changes.Add(change);
            timings.Add((host, change, existing?.Ports.Count ?? 0, diffTime, hostClock.Elapsed));
        }

        apply.Stop();
        var commit = Stopwatch.StartNew();
        var generation = transaction.Commit(inventoryChanged);
        commit.Stop();

        // A host's write path ends when its rows are durable: diff, its writes, and its share of the batch's commit.
        var commitShare = timings.Count == 0 ? TimeSpan.Zero : commit.Elapsed / timings.Count;
        foreach (var (host, change, existingCount, diffTime, hostTime) in timings)
        {
            var writePath = hostTime + commitShare;
            results.Add(new HostWriteResult(host, change.Counts, false, source, writePath));
            telemetry.Emit(new InterfaceSyncTiming(host.Facts.Hostname, store.Site, host.Facts.InterfaceCount, existingCount,
                change.Counts.Inserted, change.Counts.Updated, change.Counts.Deleted, change.Counts.Unchanged,
                Ms(host.SignatureTime), Ms(diffTime), Ms(hostTime - diffTime), Ms(writePath), Ms(hydrate), source, cache.Generation, batch.Count));
        }
        foreach (var change in changes)
        {
            HostDiff.Commit(change, cache);
        }

        cache.Generation = generation;
        caches.Set(cache);
        total.Stop();
        telemetry.Emit(new DatabaseWriteBreakdown(store.Site, batch.Count, rows, Ms(lockWait), Ms(hydrate), Ms(apply.Elapsed),
            Ms(commit.Elapsed), Ms(total.Elapsed)));
        return results;
    }

    /// <summary>The caller drops the cache when a batch fails: its in-memory state may be ahead of the store.</summary>
    public void Abandon() => caches.Invalidate(store.Site);

    private (SiteIndex Cache, string Source, TimeSpan Hydrate) Resolve(ISiteTransaction transaction)
    {
        var cached = caches.Get(store.Site);
        if (cached is not null && cached.Generation == transaction.Generation
            && caches.Identities.TryGetValue(store.Site, out var identity) && identity == store.Identity)
        {
            return (cached, "CacheHit", TimeSpan.Zero);
        }

        var clock = Stopwatch.StartNew();
        var index = transaction.LoadIndex();
        clock.Stop();
        var reason = cached is null ? "CacheInitial" : "CacheRefresh";
        caches.Identities[store.Site] = store.Identity;
        telemetry.Emit(new InterfaceSiteCacheMetrics(store.Site, reason, index.Hosts.Count, index.RowCount, Ms(clock.Elapsed), index.Generation));
        return (index, reason, clock.Elapsed);
    }

    private static double Ms(TimeSpan t) => Math.Round(t.TotalMilliseconds, 3);
}
