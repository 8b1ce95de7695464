namespace StateTrace.Engine.Maintenance;

/// <summary>What <c>statetrace maintain</c> does, per site. Defaults: back up, compact, audit indexes.</summary>
public sealed record MaintenanceOptions
{
    public required string Root { get; init; }

    /// <summary>Sites to maintain; empty means every site under Data/.</summary>
    public IReadOnlyList<string> Sites { get; init; } = [];

    public bool Backup { get; init; } = true;
    public bool Compact { get; init; } = true;

    /// <summary>Rebuild every index (REINDEX), not only re-create missing ones.</summary>
    public bool RebuildIndexes { get; init; }
}

/// <summary>One site's outcome. <see cref="Error"/> is set when the site was refused or failed.</summary>
public sealed record SiteMaintenance(
    string Site,
    string DatabasePath,
    long BytesBefore,
    long BytesAfter,
    string? BackupPath,
    IReadOnlyList<string> IndexesCreated,
    IReadOnlyDictionary<string, long> Rows,
    string? Error)
{
    /// <summary>Share saved by compaction (0.1 = 10 % smaller).</summary>
    public double Saved => BytesBefore == 0 ? 0 : 1 - ((double)BytesAfter / BytesBefore);
}
