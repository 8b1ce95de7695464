using StateTrace.Engine.Input;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Storage;

/// <summary>What a store remembers of a host's last ingested slice (the skip rule compares hash and length).</summary>
public sealed record IngestionRecord(string Hostname, string FileHash, long SourceLength, DateTimeOffset LastIngestedUtc, string RunId);

/// <summary>Rows one host's write changed.</summary>
public readonly record struct WriteCounts(int Inserted, int Updated, int Deleted, int Unchanged, bool DeviceChanged)
{
    public int Rows => Inserted + Updated + Deleted;
}

/// <summary>
/// One site's store. Every provider keeps the same schema and the same contract: a host is written in one
/// transaction together with its ingestion record, and only rows whose signature changed are written.
/// Calls on one instance are not concurrent (the pipeline gives each site one writer).
/// </summary>
internal interface ISiteStore : IDisposable
{
    string Site { get; }

    IngestionRecord? FindIngestion(string hostname);

    WriteCounts WriteHost(DeviceFacts facts, HostSlice slice, string runId, DateTimeOffset runDate);
}
