namespace StateTrace.Engine.Storage;

/// <summary>What a store remembers of a host's last ingested slice (the skip rule compares hash and length).</summary>
public sealed record IngestionRecord(string Hostname, string FileHash, long SourceLength, DateTimeOffset LastIngestedUtc, string RunId);

/// <summary>Rows one host's write changed.</summary>
public readonly record struct WriteCounts(int Inserted, int Updated, int Deleted, int Unchanged, bool DeviceChanged)
{
    public int Rows => Inserted + Updated + Deleted;
}

/// <summary>The run a write belongs to, stamped on history rows.</summary>
public sealed record RunStamp(string RunId, DateTimeOffset RunDate);

/// <summary>Which store a snapshot or cache belongs to: refused when any part differs.</summary>
public sealed record StoreIdentity(string Kind, string StoreId, int SchemaVersion);

/// <summary>
/// One site's store. Every provider keeps the same schema and contract (one contract test suite runs against each):
/// a transaction holds the site lock, so the generation and ingestion records read inside it are current;
/// <see cref="ISiteTransaction.Apply"/> writes exactly the rows of a <see cref="HostChanges"/> plus their history,
/// and the ingestion record in the same transaction. Calls on one instance are not concurrent (one writer per site).
/// </summary>
internal interface ISiteStore : IDisposable
{
    string Site { get; }

    StoreIdentity Identity { get; }

    /// <summary>A read outside any transaction, for the cheap skip check before parsing.</summary>
    IngestionRecord? FindIngestion(string hostname);

    /// <summary>Takes the site lock (waiting for another process to finish its transaction) and begins one.</summary>
    ISiteTransaction Begin();
}

internal interface ISiteTransaction : IDisposable
{
    /// <summary>The site's write counter as read under the lock.</summary>
    long Generation { get; }

    IngestionRecord? FindIngestion(string hostname);

    /// <summary>Hydrates the site cache: every host's signatures and port row ids, in one query per table.</summary>
    SiteIndex LoadIndex();

    void Apply(HostChanges changes, RunStamp run);

    /// <summary>Commits; bumps the generation when inventory rows changed. Returns the generation after commit.</summary>
    long Commit(bool inventoryChanged);
}
