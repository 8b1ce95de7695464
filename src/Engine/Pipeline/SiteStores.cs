using System.Collections.Concurrent;
using StateTrace.Engine.Diagnostics;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Storage.Access;
using StateTrace.Engine.Storage.Postgres;
using StateTrace.Engine.Storage.Sqlite;
using StateTrace.Engine.Telemetry;

namespace StateTrace.Engine.Pipeline;

/// <summary>Opens each site's store once, on first use. The skip stage and then the site's one writer use it, never at once.</summary>
internal sealed class SiteStores(string dataDirectory, StoreOptions options) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<ISiteStore>> stores = new(StringComparer.OrdinalIgnoreCase);

    public ISiteStore Get(string site) =>
        stores.GetOrAdd(site, s => new Lazy<ISiteStore>(() => Open(s))).Value;

    /// <summary>The store's identity and generation now, as a snapshot import checks them.</summary>
    public (StoreIdentity Identity, long Generation)? Current(string site)
    {
        var store = Get(site);
        using var transaction = store.Begin();
        return (store.Identity, transaction.Generation);
    }

    /// <summary>Problems met while opening stores (an unreadable legacy history file).</summary>
    public ConcurrentQueue<Diagnostic> Diagnostics { get; } = new();

    private ISiteStore Open(string site)
    {
        ISiteStore store = options.Kind switch
        {
            "sqlite" => SqliteSiteStore.Open(dataDirectory, site),
            "postgres" => PostgresSiteStore.Open(options.ConnectionString
                ?? throw new StoreException("--store postgres needs a connection string (--connection)."), options.Schema, site),
            "access" => OpenAccess(site),
            _ => throw new StoreException($"The store kind '{options.Kind}' is not one of {string.Join(", ", StoreOptions.Kinds)}."),
        };
        var problems = new List<Diagnostic>();
        LegacyIngestionHistory.Import(dataDirectory, store, problems);
        foreach (var problem in problems)
        {
            Diagnostics.Enqueue(problem);
        }

        return store;
    }

    private ISiteStore OpenAccess(string site)
    {
        AccessSiteStore.EnsureSupported();
        return OperatingSystem.IsWindows()
            ? AccessSiteStore.Open(dataDirectory, site)
            : throw new StoreException("The Access store needs Windows.");
    }

    /// <summary>The size of every store opened in this run.</summary>
    public IReadOnlyList<DatabaseSize> Sizes(long warningBytes)
    {
        var sizes = new List<DatabaseSize>();
        foreach (var (site, store) in stores.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (store.IsValueCreated && store.Value is SqliteSiteStore sqlite)
            {
                var bytes = Maintenance.SqliteMaintenance.SizeOf(sqlite.Path);
                sizes.Add(new DatabaseSize(site, "sqlite", bytes, warningBytes, bytes > warningBytes));
            }
        }

        return sizes;
    }

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
