using System.Collections.Concurrent;

namespace StateTrace.Engine.Storage;

/// <summary>
/// The site caches of one process, kept across passes (the warm pass reuses the cold pass's) and exportable as a
/// snapshot for a warm pass in a new process. Each entry is valid only while its site's generation is unchanged.
/// </summary>
public sealed class SiteCaches
{
    private readonly ConcurrentDictionary<string, SiteIndex> sites = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The store the caches were filled from; a snapshot is refused by a store of another identity.</summary>
    internal ConcurrentDictionary<string, StoreIdentity> Identities { get; } = new(StringComparer.OrdinalIgnoreCase);

    public SiteIndex? Get(string site) => sites.TryGetValue(site, out var index) ? index : null;

    public void Set(SiteIndex index) => sites[index.Site] = index;

    public void Invalidate(string site) => sites.TryRemove(site, out _);

    public void Clear() => sites.Clear();

    public IReadOnlyCollection<SiteIndex> Sites => [.. sites.Values];
}
