using System.Globalization;
using Microsoft.Data.Sqlite;
using StateTrace.Engine.Sites;

namespace StateTrace.Engine.Storage.Sqlite;

/// <summary>
/// The default store: one SQLite file per site (<c>Data/&lt;Site&gt;/&lt;Site&gt;.sqlite</c>), WAL, prepared commands
/// reused for every host, a per-site lock file and <c>BEGIN IMMEDIATE</c> with a busy timeout, so two processes on
/// one site take turns instead of failing.
/// </summary>
internal sealed partial class SqliteSiteStore : ISiteStore
{
    internal static readonly string[] DeviceColumns =
    [
        "Site", "Make", "Platform", "Model", "Version", "Serial", "Uptime", "Location", "Building", "Floor", "Room",
        "Row", "Rack", "Ports", "AuthDefaultVLAN", "AuthBlock",
    ];

    internal static readonly string[] PortColumns =
    [
        "PortSort", "Name", "Status", "VLAN", "Duplex", "Speed", "Type", "Description", "InterfaceMAC", "LearnedMACs",
        "AuthState", "AuthMode", "AuthClientMAC", "AuthVLAN", "AuthTemplate", "MissingAuthCmds", "Config", "PortColor",
        "ConfigStatus", "Signature",
    ];

    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(10);

    private readonly SqliteConnection connection;
    private readonly Commands commands;

    private SqliteSiteStore(string site, string path, SqliteConnection connection)
    {
        Site = site;
        Path = path;
        this.connection = connection;
        commands = new Commands(connection);
        using var id = connection.CreateCommand();
        id.CommandText = "SELECT StoreId FROM StoreInfo LIMIT 1";
        Identity = new StoreIdentity("sqlite", (string)id.ExecuteScalar()!, SqliteSchema.CurrentVersion(connection));
    }

    public string Site { get; }

    public string Path { get; }

    public StoreIdentity Identity { get; }

    /// <summary>Where a site's database lives under a data folder.</summary>
    public static string PathFor(string dataDirectory, string site)
    {
        var safe = SiteNames.ForPath(site);
        return System.IO.Path.Combine(dataDirectory, safe, safe + ".sqlite");
    }

    public static SqliteSiteStore Open(string dataDirectory, string site)
    {
        var path = PathFor(dataDirectory, site);
        SqliteConnection? connection = null;
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
                DefaultTimeout = 60,
            }.ToString());
            connection.Open();

            // Under the site lock, so two processes creating the same site's file never race on WAL or migrations.
            using (SiteLockFile.Acquire(path, LockTimeout))
            {
                using (var pragma = connection.CreateCommand())
                {
                    // WAL lets readers (reports, another process's skip checks) run while a host is written.
                    pragma.CommandText = "PRAGMA busy_timeout = 60000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
                    pragma.ExecuteNonQuery();
                }

                SqliteSchema.Migrate(connection);
            }

            return new SqliteSiteStore(site, path, connection);
        }
        catch (SqliteException e)
        {
            connection?.Dispose();
            throw new StoreException($"The SQLite store for site {site} at {path} could not be opened: {e.Message}", e);
        }
        catch (StoreException)
        {
            connection?.Dispose();
            throw;
        }
    }

    public IngestionRecord? FindIngestion(string hostname) => ReadIngestion(null, hostname);

    public ISiteTransaction Begin()
    {
        var siteLock = SiteLockFile.Acquire(Path, LockTimeout);
        try
        {
            return new Transaction(this, siteLock, connection.BeginTransaction(deferred: false));
        }
        catch (SqliteException e)
        {
            siteLock.Dispose();
            throw new StoreException($"Beginning a write on {Path} failed: {e.Message}", e);
        }
    }

    private IngestionRecord? ReadIngestion(SqliteTransaction? transaction, string hostname)
    {
        var find = commands.FindIngestion;
        find.Transaction = transaction;
        find.Parameters[0].Value = hostname;
        using var reader = find.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new IngestionRecord(
            hostname,
            reader.GetString(0),
            reader.GetInt64(1),
            DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            reader.GetString(3));
    }

    public void Dispose()
    {
        commands.Dispose();
        connection.Dispose();
    }
}
