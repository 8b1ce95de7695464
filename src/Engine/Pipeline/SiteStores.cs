using System.Collections.Concurrent;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Storage.Sqlite;

namespace StateTrace.Engine.Pipeline;

/// <summary>Opens each site's store once, on first use, and serialises the calls made on it.</summary>
internal sealed class SiteStores(string dataDirectory) : IDisposable
{
    private readonly ConcurrentDictionary<string, Slot> slots = new(StringComparer.OrdinalIgnoreCase);

    public async Task<T> UseAsync<T>(string site, Func<ISiteStore, T> action, CancellationToken ct)
    {
        var slot = slots.GetOrAdd(site, s => new Slot(new Lazy<ISiteStore>(() => SqliteSiteStore.Open(dataDirectory, s))));
        await slot.Gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return action(slot.Store.Value);
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    public void Dispose()
    {
        foreach (var slot in slots.Values)
        {
            if (slot.Store.IsValueCreated)
            {
                slot.Store.Value.Dispose();
            }

            slot.Gate.Dispose();
        }
    }

    private sealed record Slot(Lazy<ISiteStore> Store)
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
    }
}
