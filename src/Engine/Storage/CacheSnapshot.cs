using System.Text;

namespace StateTrace.Engine.Storage;

/// <summary>A site whose snapshot entry was not imported, and why.</summary>
public sealed record SnapshotRefusal(string Site, string Reason);

/// <summary>
/// Exports the site caches to a file and imports them into another process (the warm pass in a new process). Each
/// site's entry carries the store identity, schema and signature versions and the generation it was taken at, and is
/// refused with a reason when any of them differs from the store it is imported for.
/// </summary>
public static class CacheSnapshot
{
    private const string Magic = "STATETRACE-CACHE";
    private const int FormatVersion = 2;

    public static void Export(SiteCaches caches, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temp), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            var sites = caches.Sites.Where(s => caches.Identities.ContainsKey(s.Site)).ToList();
            writer.Write(sites.Count);
            foreach (var site in sites)
            {
                var identity = caches.Identities[site.Site];
                writer.Write(site.Site);
                writer.Write(identity.Kind);
                writer.Write(identity.StoreId);
                writer.Write(identity.SchemaVersion);
                writer.Write(RowSignature.Version);
                writer.Write(site.Generation);
                writer.Write(site.Hosts.Count);
                foreach (var (hostname, host) in site.Hosts)
                {
                    writer.Write(hostname);
                    Write(writer, host.Device);
                    Write(writer, host.Tables);
                    writer.Write(host.Ports.Count);
                    foreach (var (port, row) in host.Ports)
                    {
                        writer.Write(port);
                        writer.Write(row.RowId);
                        Write(writer, row.Signature);
                    }
                }
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Reads a snapshot and keeps the sites whose store still matches it. <paramref name="current"/> gives a site's
    /// store identity and current generation (null when the site has no store).
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a snapshot or is truncated.</exception>
    public static IReadOnlyList<SnapshotRefusal> Import(string path, SiteCaches caches, Func<string, (StoreIdentity Identity, long Generation)?> current)
    {
        var refusals = new List<SnapshotRefusal>();
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException($"{path} is not a StateTrace cache snapshot.");
            }

            var format = reader.ReadInt32();
            if (format != FormatVersion)
            {
                throw new InvalidDataException($"{path} has snapshot format {format}; this StateTrace reads format {FormatVersion}.");
            }

            var count = reader.ReadInt32();
            for (var s = 0; s < count; s++)
            {
                var site = reader.ReadString();
                var identity = new StoreIdentity(reader.ReadString(), reader.ReadString(), reader.ReadInt32());
                var signatureVersion = reader.ReadInt32();
                var index = new SiteIndex(site, reader.ReadInt64());
                var hosts = reader.ReadInt32();
                for (var h = 0; h < hosts; h++)
                {
                    var hostname = reader.ReadString();
                    var host = new HostIndex { Device = Read(reader), Tables = Read(reader) };
                    var ports = reader.ReadInt32();
                    for (var p = 0; p < ports; p++)
                    {
                        host.Ports[index.Intern(reader.ReadString())] = new PortIndex(reader.ReadInt64(), Read(reader));
                    }

                    index.Hosts[hostname] = host;
                }

                var reason = Refuse(identity, signatureVersion, index.Generation, current(site));
                if (reason is null)
                {
                    caches.Set(index);
                    caches.Identities[site] = identity;
                }
                else
                {
                    refusals.Add(new SnapshotRefusal(site, reason));
                }
            }
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{path} is truncated.", e);
        }

        return refusals;
    }

    private static void Write(BinaryWriter writer, UInt128 value)
    {
        writer.Write((ulong)(value >> 64));
        writer.Write((ulong)value);
    }

    private static UInt128 Read(BinaryReader reader) => new(reader.ReadUInt64(), reader.ReadUInt64());

    private static string? Refuse(StoreIdentity taken, int signatureVersion, long generation, (StoreIdentity Identity, long Generation)? now)
    {
        if (now is not { } store)
        {
            return "the site has no store here";
        }

        if (taken.Kind != store.Identity.Kind || taken.StoreId != store.Identity.StoreId)
        {
            return $"the snapshot was taken from another store ({taken.Kind} {taken.StoreId}, this is {store.Identity.Kind} {store.Identity.StoreId})";
        }

        if (taken.SchemaVersion != store.Identity.SchemaVersion)
        {
            return $"the snapshot has schema version {taken.SchemaVersion}, the store {store.Identity.SchemaVersion}";
        }

        if (signatureVersion != RowSignature.Version)
        {
            return $"the snapshot has signature version {signatureVersion}, this StateTrace {RowSignature.Version}";
        }

        return generation != store.Generation
            ? $"the site changed since the snapshot (generation {generation}, now {store.Generation})"
            : null;
    }
}
