using System.Runtime.CompilerServices;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Storage;

/// <summary>A host's row signatures: the device row, its tables, and each port in <see cref="DeviceFacts.Interfaces"/> order.</summary>
public sealed record HostSignatures(UInt128 Device, UInt128 Tables, UInt128[] Ports);

/// <summary>
/// The diff (design §3): each port normalised and signed once, compared with the cached signature of the stored row.
/// Identical input gives no change; a changed port is one update; a vanished port one delete.
/// </summary>
public static class HostDiff
{
    /// <summary>Stage 4, in the parse worker: every row's signature, computed once, so the site writer only compares.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static HostSignatures Sign(DeviceFacts facts)
    {
        var ports = new UInt128[facts.Interfaces.Count];
        for (var i = 0; i < ports.Length; i++)
        {
            ports[i] = RowSignature.Of(facts.Interfaces[i]);
        }

        return new HostSignatures(RowSignature.Of(facts), RowSignature.OfTables(facts), ports);
    }

    public static HostChanges Compute(DeviceFacts facts, IngestionStamp ingestion, HostIndex? existing, IngestionRecord? previous = null) =>
        Compute(facts, Sign(facts), ingestion, existing, previous);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static HostChanges Compute(DeviceFacts facts, HostSignatures signatures, IngestionStamp ingestion, HostIndex? existing, IngestionRecord? previous = null)
    {
        var deviceSignature = signatures.Device;
        var tablesSignature = signatures.Tables;
        var changes = new HostChanges
        {
            Facts = facts,
            Ingestion = ingestion,
            IngestionUnchanged = previous is not null && previous.FileHash == ingestion.FileHash && previous.SourceLength == ingestion.SourceLength,
            DeviceSignatureValue = deviceSignature,
            Device = existing is null ? ChangeKind.Insert : existing.Device == deviceSignature ? null : ChangeKind.Update,
            TablesSignatureValue = tablesSignature,
            TablesChanged = existing is null ? tablesSignature != RowSignature.EmptyTables : existing.Tables != tablesSignature,
        };

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < facts.Interfaces.Count; i++)
        {
            var port = facts.Interfaces[i];
            var name = RowSignature.Normalize(port.Port);
            if (name.Length == 0 || !seen.Add(name))
            {
                // A port printed twice (two tables disagreeing) keeps its first reading; the parser reports it.
                continue;
            }

            var signature = signatures.Ports[i];
            if (existing is not null && existing.Ports.TryGetValue(name, out var row))
            {
                if (row.Signature == signature)
                {
                    changes.Unchanged++;
                }
                else
                {
                    changes.Ports.Add(new PortChange(ChangeKind.Update, name, port, signature, row.RowId));
                }
            }
            else
            {
                changes.Ports.Add(new PortChange(ChangeKind.Insert, name, port, signature, 0));
            }
        }

        if (existing is not null)
        {
            foreach (var (name, row) in existing.Ports)
            {
                if (!seen.Contains(name))
                {
                    changes.Ports.Add(new PortChange(ChangeKind.Delete, name, null, row.Signature, row.RowId));
                }
            }
        }

        return changes;
    }

    /// <summary>The cache entry a host has once its changes are committed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Commit(HostChanges changes, SiteIndex cache)
    {
        if (!cache.Hosts.TryGetValue(changes.Facts.Hostname, out var host))
        {
            host = new HostIndex();
            cache.Hosts[changes.Facts.Hostname] = host;
        }

        host.Device = changes.DeviceSignatureValue;
        host.Tables = changes.TablesSignatureValue;
        foreach (var change in changes.Ports)
        {
            if (change.Kind == ChangeKind.Delete)
            {
                host.Ports.Remove(change.Port);
            }
            else
            {
                host.Ports[cache.Intern(change.Port)] = new PortIndex(change.RowId, change.SignatureValue);
            }
        }
    }
}
