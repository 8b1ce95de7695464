using System.Data.OleDb;
using System.Globalization;
using System.Runtime.Versioning;
using StateTrace.Engine.Sites;
using StateTrace.Engine.Storage.Sqlite;

namespace StateTrace.Engine.Storage.Access;

/// <summary>
/// The original's store (design §3): one Microsoft Access file per site, opened where the original kept it
/// (<c>Data/&lt;prefix&gt;/&lt;Site&gt;.accdb</c>, or the legacy <c>Data/&lt;Site&gt;.accdb</c> when that exists), migrated
/// forward additively, written with parameterised OleDb commands inside one OleDb transaction per batch. Two
/// processes on one site take turns through the same per-site lock file as SQLite. Windows only: every member but
/// <see cref="EnsureSupported"/> and <see cref="PathFor"/> says so, and callers elsewhere check first.
/// </summary>
internal sealed partial class AccessSiteStore : ISiteStore
{
    public const string NotSupportedMessage =
        "The Access store needs Windows with the Microsoft Access Database Engine (ACE OLE DB) installed; use --store sqlite or --store postgres here.";

    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(10);

    private readonly OleDbConnection connection;

    [SupportedOSPlatform("windows")]
    private AccessSiteStore(string site, string path, OleDbConnection connection)
    {
        Site = site;
        Path = path;
        this.connection = connection;
        using var id = new OleDbCommand("SELECT TOP 1 StoreId FROM StoreInfo", connection);
        Identity = new StoreIdentity("access", (string)id.ExecuteScalar()!, AccessSchema.CurrentVersion(connection));
    }

    public string Site { get; }

    public string Path { get; }

    public StoreIdentity Identity { get; }

    /// <summary>Stops at start-up, with one sentence, where the Access store cannot run. Callable on every platform.</summary>
    public static void EnsureSupported()
    {
        if (!OperatingSystem.IsWindows() || AccessDatabaseFile.Provider() is null)
        {
            throw new StoreException(NotSupportedMessage);
        }
    }

    /// <summary>The site's file: the legacy <c>Data/&lt;Site&gt;.accdb</c> if it exists, else <c>Data/&lt;prefix&gt;/&lt;Site&gt;.accdb</c>.</summary>
    public static string PathFor(string dataDirectory, string site)
    {
        var safe = SiteNames.ForPath(site);
        var legacy = System.IO.Path.Combine(dataDirectory, safe + ".accdb");
        if (File.Exists(legacy))
        {
            return legacy;
        }

        var prefix = SiteNames.ForPath(SiteNames.SiteOf(site));
        return System.IO.Path.Combine(dataDirectory, prefix, safe + ".accdb");
    }

    [SupportedOSPlatform("windows")]
    public static AccessSiteStore Open(string dataDirectory, string site)
    {
        EnsureSupported();
        var provider = AccessDatabaseFile.Provider()!;
        var path = PathFor(dataDirectory, site);
        OleDbConnection? connection = null;
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            using (SiteLockFile.Acquire(path, LockTimeout))
            {
                if (!File.Exists(path))
                {
                    AccessDatabaseFile.Create(provider, path);
                }

                connection = new OleDbConnection(AccessDatabaseFile.ConnectionString(provider, path));
                connection.Open();
                AccessSchema.Migrate(connection);
            }

            return new AccessSiteStore(site, path, connection);
        }
        catch (OleDbException e)
        {
            connection?.Dispose();
            throw new StoreException($"The Access store for site {site} at {path} could not be opened: {Reason(e)}.", e);
        }
        catch (StoreException)
        {
            connection?.Dispose();
            throw;
        }
    }

    [SupportedOSPlatform("windows")]
    public IngestionRecord? FindIngestion(string hostname)
    {
        try
        {
            return ReadIngestion(null, hostname);
        }
        catch (OleDbException e)
        {
            throw new StoreException($"Reading the ingestion record of {hostname} from {Path} failed: {Reason(e)}.", e);
        }
    }

    [SupportedOSPlatform("windows")]
    public ISiteTransaction Begin()
    {
        var siteLock = SiteLockFile.Acquire(Path, LockTimeout);
        try
        {
            return new Transaction(this, siteLock, connection.BeginTransaction());
        }
        catch (OleDbException e)
        {
            siteLock.Dispose();
            throw new StoreException($"Beginning a write on {Path} failed: {Reason(e)}.", e);
        }
    }

    [SupportedOSPlatform("windows")]
    private IngestionRecord? ReadIngestion(OleDbTransaction? transaction, string hostname)
    {
        using var find = Command(transaction, "SELECT Hostname, FileHash, SourceLength, LastIngestedUtc, RunId FROM IngestionHistory WHERE Hostname = ?",
            RowSignature.Normalize(hostname));
        using var reader = find.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new IngestionRecord(
            Text(reader, 0),
            Text(reader, 1),
            Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(Text(reader, 3), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            Text(reader, 4));
    }

    [SupportedOSPlatform("windows")]
    private OleDbCommand Command(OleDbTransaction? transaction, string sql, params ReadOnlySpan<object?> values)
    {
        var command = new OleDbCommand(sql, connection, transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(AccessParameters.Of(value is string s ? RowSignature.Normalize(s) : value));
        }

        return command;
    }

    [SupportedOSPlatform("windows")]
    private static string Text(OleDbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? "" : Convert.ToString(reader.GetValue(ordinal), CultureInfo.InvariantCulture) ?? "";

    [SupportedOSPlatform("windows")]
    private static string Reason(OleDbException e) => e.Message.Trim().TrimEnd('.');

    [SupportedOSPlatform("windows")]
    public void Dispose() => connection.Dispose();
}
