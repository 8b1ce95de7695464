using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Storage;

/// <summary>
/// The diff (design §3): each port normalised and signed once, compared with the cached signature of the stored row.
/// Identical input gives no change; a changed port is one update; a vanished port one delete.
/// </summary>
public static class HostDiff
{
    public static HostChanges Compute(DeviceFacts facts, IngestionStamp ingestion, HostIndex? existing)
    {
        var deviceSignature = RowSignature.Of(facts);
        var tablesSignature = RowSignature.OfTables(facts);
        var changes = new HostChanges
        {
            Facts = facts,
            Ingestion = ingestion,
            DeviceSignature = deviceSignature,
            Device = existing is null ? ChangeKind.Insert : existing.DeviceSignature == deviceSignature ? null : ChangeKind.Update,
            TablesSignature = tablesSignature,
            TablesChanged = existing is null ? tablesSignature != RowSignature.EmptyTables : existing.TablesSignature != tablesSignature,
        };

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var port in facts.Interfaces)
        {
            var name = RowSignature.Normalize(port.Port);
            if (name.Length == 0 || !seen.Add(name))
            {
                // A port printed twice (two tables disagreeing) keeps its first reading; the parser reports it.
                continue;
            }

            var signature = RowSignature.Of(port);
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
    public static void Commit(HostChanges changes, SiteIndex cache)
    {
        if (!cache.Hosts.TryGetValue(changes.Facts.Hostname, out var host))
        {
            host = new HostIndex();
            cache.Hosts[changes.Facts.Hostname] = host;
        }

        host.DeviceSignature = changes.DeviceSignature;
        host.TablesSignature = changes.TablesSignature;
        foreach (var change in changes.Ports)
        {
            if (change.Kind == ChangeKind.Delete)
            {
                host.Ports.Remove(change.Port);
            }
            else
            {
                host.Ports[change.Port] = new PortIndex(change.RowId, change.Signature);
            }
        }
    }
}
