using System.Net.Sockets;
using Npgsql;

namespace StateTrace.Engine.Storage.Postgres;

/// <summary>
/// The shared-server store (design §3): one database, one schema (<c>statetrace</c> by default) holding every site,
/// each row keyed by its site. A transaction gathers the hosts it is given and, at commit, binary-COPYs them into
/// temporary staging tables and applies them set-based in one server transaction. Workers split sites between them
/// through an advisory lock taken at each <see cref="Begin"/> and released when that transaction ends.
/// </summary>
internal sealed partial class PostgresSiteStore : ISiteStore
{
    public static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromMinutes(10);

    private readonly string connectionString;
    private readonly PostgresSiteLock siteLock;
    private readonly PostgresStatements statements;
    private readonly TimeSpan lockTimeout;

    /// <summary>The site as stored in every <c>site</c> column (encoded like any other text).</summary>
    private readonly string siteKey;
    private bool disposed;

    private PostgresSiteStore(string connectionString, string schema, string site, StoreIdentity identity, TimeSpan lockTimeout)
    {
        this.connectionString = connectionString;
        Schema = schema;
        Site = site;
        Identity = identity;
        this.lockTimeout = lockTimeout;
        siteLock = new PostgresSiteLock(connectionString, schema, site);
        statements = new PostgresStatements(schema);
        siteKey = PostgresText.Store(site);
    }

    public string Site { get; }

    public string Schema { get; }

    public StoreIdentity Identity { get; }

    /// <summary>The server process holding this store's site lock; 0 before the first <see cref="Begin"/>.</summary>
    internal int LockSessionPid => siteLock.HolderPid;

    /// <summary>
    /// Opens (creating and migrating the schema when needed) the store of one site. <paramref name="lockTimeout"/>
    /// bounds how long <see cref="Begin"/> waits for another worker to release the site (default 10 minutes).
    /// </summary>
    public static PostgresSiteStore Open(string connectionString, string schema, string site, TimeSpan? lockTimeout = null)
    {
        PostgresSchema.ThrowIfInvalidName(schema);
        string normalized;
        try
        {
            normalized = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "StateTrace" }.ConnectionString;
        }
        catch (ArgumentException e)
        {
            throw new StoreException($"The PostgreSQL connection string is not valid: {Trim(e.Message)}.", e);
        }

        using var connection = OpenConnection(normalized, $"schema {schema}");
        try
        {
            PostgresSchema.Migrate(connection, schema);
            using var id = new NpgsqlCommand($"SELECT storeid FROM {schema}.storeinfo LIMIT 1", connection);
            var identity = new StoreIdentity("postgres", (string)id.ExecuteScalar()!, PostgresSchema.CurrentVersion(connection, schema));
            return new PostgresSiteStore(normalized, schema, site, identity, lockTimeout ?? DefaultLockTimeout);
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"Preparing the PostgreSQL schema {schema} on {Server(normalized)} failed: {Reason(e)}.", e);
        }
    }

    public IngestionRecord? FindIngestion(string hostname)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        using var connection = OpenConnection(connectionString, $"site {Site}");
        try
        {
            return ReadIngestion(connection, null, hostname);
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"Reading the ingestion record of {hostname} from PostgreSQL schema {Schema} failed: {Reason(e)}.", e);
        }
    }

    public ISiteTransaction Begin()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        while (true)
        {
            siteLock.Acquire(lockTimeout);
            if (TryBegin() is { } transaction)
            {
                return transaction;
            }

            // The lock session ended under us (server restart, network drop): take the lock again, then re-read.
            siteLock.Reset();
        }
    }

    /// <summary>Begins a server transaction and reads the generation; null when the site lock turns out to be lost.</summary>
    private Transaction? TryBegin()
    {
        var connection = OpenConnection(connectionString, $"site {Site}");
        NpgsqlTransaction? transaction = null;
        try
        {
            transaction = connection.BeginTransaction();
            long generation;
            bool held;
            using (var read = new NpgsqlCommand(
                $"SELECT ({statements.ReadGeneration}), {LockHeldSql("$2", "$3", "$4")}",
                connection, transaction))
            {
                Bind(read, siteKey, PostgresSiteLock.SiteLockClass, siteLock.Key, siteLock.HolderPid);
                using var reader = read.ExecuteReader();
                reader.Read();
                generation = reader.IsDBNull(0) ? 0 : reader.GetInt64(0);
                held = reader.GetBoolean(1);
            }

            if (held)
            {
                return new Transaction(this, connection, transaction, generation);
            }

            transaction.Dispose();
            connection.Dispose();
            return null;
        }
        catch (NpgsqlException e)
        {
            transaction?.Dispose();
            connection.Dispose();
            throw new StoreException($"Beginning a write of site {Site} in PostgreSQL schema {Schema} failed: {Reason(e)}.", e);
        }
    }

    /// <summary>SQL true while the lock session (pid) still holds the site's advisory lock.</summary>
    private static string LockHeldSql(string lockClass, string key, string pid) =>
        $"EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = {lockClass}::int4::oid " +
        $"AND objid = {key}::int4::oid AND objsubid = 2 AND pid = {pid} AND granted)";

    private IngestionRecord? ReadIngestion(NpgsqlConnection connection, NpgsqlTransaction? transaction, string hostname)
    {
        using var find = new NpgsqlCommand(statements.FindIngestion, connection, transaction);
        Bind(find, siteKey, PostgresText.Store(hostname));
        using var reader = find.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new IngestionRecord(
            PostgresText.Decode(reader.GetString(0)),
            PostgresText.Decode(reader.GetString(1)),
            reader.GetInt64(2),
            reader.GetFieldValue<DateTimeOffset>(3),
            PostgresText.Decode(reader.GetString(4)));
    }

    private static void Bind(NpgsqlCommand command, params ReadOnlySpan<object> values)
    {
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
    }

    private static void Bind(NpgsqlBatchCommand command, params ReadOnlySpan<object> values)
    {
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
    }

    /// <summary>Opens a connection, turning an unreachable server or a refused login into one clear sentence.</summary>
    internal static NpgsqlConnection OpenConnection(string connectionString, string purpose)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException or InvalidOperationException)
        {
            connection.Dispose();
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            var message = e is PostgresException pg
                ? pg.SqlState switch
                {
                    "28P01" or "28000" => $"The PostgreSQL server at {Server(builder)} refused the login of user {builder.Username}: {Trim(pg.MessageText)}.",
                    "3D000" => $"The PostgreSQL database {builder.Database} does not exist on {Server(builder)}.",
                    _ => $"The PostgreSQL server at {Server(builder)} refused the connection for {purpose}: {Trim(pg.MessageText)}.",
                }
                : $"The PostgreSQL server at {Server(builder)} could not be reached for {purpose}: {Reason(e)}.";
            throw new StoreException(message, e);
        }
    }

    internal static string Reason(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null && inner is not PostgresException)
        {
            inner = inner.InnerException;
        }

        return Trim(inner is PostgresException pg ? pg.MessageText : inner.Message);
    }

    private static string Trim(string message) => message.Trim().TrimEnd('.');

    private static string Server(string connectionString) => Server(new NpgsqlConnectionStringBuilder(connectionString));

    private static string Server(NpgsqlConnectionStringBuilder builder) =>
        builder.Host is { Length: > 0 } host ? $"{host}:{builder.Port}" : $"localhost:{builder.Port}";

    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            siteLock.Dispose();
        }
    }
}
