using System.Collections.Concurrent;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Storage.Sqlite;

namespace StateTrace.Engine.Pipeline;

/// <summary>Opens each site's store once, on first use. The skip stage and then the site's one writer use it, never at once.</summary>
internal sealed class SiteStores(string dataDirectory) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<ISiteStore>> stores = new(StringComparer.OrdinalIgnoreCase);

    public ISiteStore Get(string site) =>
        stores.GetOrAdd(site, s => new Lazy<ISiteStore>(() => SqliteSiteStore.Open(dataDirectory, s))).Value;

    public void Dispose()
    {
        foreach (var store in stores.Values)
        {
            if (store.IsValueCreated)
            {
                store.Value.Dispose();
            }
        }
    }
}
