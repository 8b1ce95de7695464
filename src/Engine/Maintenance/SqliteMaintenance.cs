using System.Globalization;
using Microsoft.Data.Sqlite;
using StateTrace.Engine.Pipeline;
using StateTrace.Engine.Sites;
using StateTrace.Engine.Storage.Sqlite;

namespace StateTrace.Engine.Maintenance;

/// <summary>
/// Backup, compaction, index audit and a size report for the SQLite site files. A site whose lock file is held (an
/// ingest is writing it) is refused with that reason rather than waited for.
/// </summary>
public static class SqliteMaintenance
{
    private static readonly string[] Tables =
    [
        "DeviceSummary", "Interfaces", "DeviceHistory", "InterfaceHistory", "MacEntries", "Neighbors", "SpanInfo",
        "SpanHistory", "IngestionHistory",
    ];

    /// <summary>The sites that have a database under the root's Data folder.</summary>
    public static IReadOnlyList<string> Sites(string root)
    {
        var data = new RootLayout(root).Data;
        if (!Directory.Exists(data))
        {
            return [];
        }

        return [.. Directory.EnumerateDirectories(data)
            .Select(Path.GetFileName)
            .Where(name => name is not null && File.Exists(SqliteSiteStore.PathFor(data, name)))
            .Select(name => name!)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Bytes of a site's database and its WAL.</summary>
    public static long SizeOf(string databasePath) =>
        (File.Exists(databasePath) ? new FileInfo(databasePath).Length : 0)
        + (File.Exists(databasePath + "-wal") ? new FileInfo(databasePath + "-wal").Length : 0);

    public static SiteMaintenance Run(MaintenanceOptions options, string site, DateTimeOffset now)
    {
        var layout = new RootLayout(options.Root);
        var path = SqliteSiteStore.PathFor(layout.Data, site);
        if (!File.Exists(path))
        {
            return Failed(site, path, 0, $"no database at {path}");
        }

        var before = SizeOf(path);
        using var siteLock = SiteLockFile.TryAcquire(path);
        if (siteLock is null)
        {
            return Failed(site, path, before, "the site is being written by another process (its lock file is held); run maintain when the ingest has finished");
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            connection.Open();
            Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
            string? backup = null;
            if (options.Backup)
            {
                var folder = Path.Combine(layout.Data, "Backups", SiteNames.ForPath(site), now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
                Directory.CreateDirectory(folder);
                backup = Path.Combine(folder, Path.GetFileName(path));
                using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backup, Pooling = false }.ToString());
                target.Open();
                connection.BackupDatabase(target);
            }

            var created = AuditIndexes(connection, options.RebuildIndexes);
            if (options.Compact)
            {
                Execute(connection, "VACUUM");
                Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
            }

            var rows = new Dictionary<string, long>();
            foreach (var table in Tables)
            {
                using var count = connection.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM {table}";
                rows[table] = (long)count.ExecuteScalar()!;
            }

            connection.Close();
            return new SiteMaintenance(site, path, before, SizeOf(path), backup, created, rows, null);
        }
        catch (SqliteException e)
        {
            return Failed(site, path, before, e.Message);
        }
    }

    private static List<string> AuditIndexes(SqliteConnection connection, bool rebuild)
    {
        var present = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                present.Add(reader.GetString(0));
            }
        }

        var created = new List<string>();
        foreach (var (name, statement) in SqliteSchema.Indexes)
        {
            if (!present.Contains(name))
            {
                Execute(connection, statement);
                created.Add(name);
            }
        }

        if (rebuild)
        {
            Execute(connection, "REINDEX");
        }

        return created;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SiteMaintenance Failed(string site, string path, long bytes, string error) =>
        new(site, path, bytes, bytes, null, [], new Dictionary<string, long>(), error);
}
