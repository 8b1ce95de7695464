using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Storage;

public enum ChangeKind
{
    Insert,
    Update,
    Delete,
}

/// <summary>One port row to write. For inserts the provider fills <see cref="RowId"/> once the row exists.</summary>
public sealed class PortChange(ChangeKind kind, string port, InterfaceFacts? facts, UInt128 signature, long rowId)
{
    public ChangeKind Kind { get; } = kind;
    public string Port { get; } = port;

    /// <summary>The new values; null for a delete.</summary>
    public InterfaceFacts? Facts { get; } = facts;

    public UInt128 SignatureValue { get; } = signature;

    /// <summary>The signature as stored text.</summary>
    public string Signature => RowSignature.Format(SignatureValue);
    public long RowId { get; set; } = rowId;
}

/// <summary>The slice a host was parsed from, recorded with its rows so the skip rule can find it.</summary>
public sealed record IngestionStamp(string Hostname, string FileHash, long SourceLength);

/// <summary>Everything one host's write changes, computed by <see cref="HostDiff"/> from the facts and the site cache.</summary>
public sealed class HostChanges
{
    public required DeviceFacts Facts { get; init; }
    public required IngestionStamp Ingestion { get; init; }

    /// <summary>The store already records this slice (a forced re-ingest of the same input): its record is not rewritten.</summary>
    public bool IngestionUnchanged { get; init; }
    public required UInt128 DeviceSignatureValue { get; init; }

    /// <summary>The device signature as stored text.</summary>
    public string DeviceSignature => RowSignature.Format(DeviceSignatureValue);

    /// <summary>Null when the device row is unchanged; otherwise Insert or Update.</summary>
    public ChangeKind? Device { get; init; }

    public required UInt128 TablesSignatureValue { get; init; }

    /// <summary>The tables signature as stored text.</summary>
    public string TablesSignature => RowSignature.Format(TablesSignatureValue);
    public bool TablesChanged { get; init; }
    public List<PortChange> Ports { get; } = [];
    public int Unchanged { get; set; }

    public WriteCounts Counts
    {
        get
        {
            int inserted = 0, updated = 0, deleted = 0;
            foreach (var change in Ports)
            {
                switch (change.Kind)
                {
                    case ChangeKind.Insert: inserted++; break;
                    case ChangeKind.Update: updated++; break;
                    default: deleted++; break;
                }
            }

            return new WriteCounts(inserted, updated, deleted, Unchanged, Device is not null);
        }
    }

    /// <summary>Whether anything in the inventory (not just the ingestion record) is written.</summary>
    public bool WritesInventory => Device is not null || TablesChanged || Ports.Count > 0;
}
