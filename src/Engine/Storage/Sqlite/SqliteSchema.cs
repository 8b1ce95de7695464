using Microsoft.Data.Sqlite;

namespace StateTrace.Engine.Storage.Sqlite;

/// <summary>Forward-only migrations; <c>SchemaVersion</c> records each one applied.</summary>
internal static class SqliteSchema
{
    private static readonly (int Version, string Name, string Sql)[] Migrations =
    [
        (1, "Initial", """
            CREATE TABLE DeviceSummary (
                Hostname TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
                Site TEXT NOT NULL, Make TEXT NOT NULL, Platform TEXT NOT NULL, Model TEXT NOT NULL,
                Version TEXT NOT NULL, Serial TEXT NOT NULL, Uptime TEXT NOT NULL, Location TEXT NOT NULL,
                Building TEXT NOT NULL, Floor TEXT NOT NULL, Room TEXT NOT NULL, Row TEXT NOT NULL, Rack TEXT NOT NULL,
                Ports INTEGER NOT NULL, AuthDefaultVLAN TEXT NOT NULL, AuthBlock TEXT NOT NULL,
                Signature TEXT NOT NULL, SignatureVersion INTEGER NOT NULL, RunId TEXT NOT NULL, RunDate TEXT NOT NULL);
            CREATE INDEX IX_DeviceSummary_Site ON DeviceSummary (Site);
            CREATE TABLE Interfaces (
                ID INTEGER PRIMARY KEY,
                Hostname TEXT NOT NULL COLLATE NOCASE, Port TEXT NOT NULL COLLATE NOCASE, PortSort TEXT NOT NULL,
                Name TEXT NOT NULL, Status TEXT NOT NULL, VLAN TEXT NOT NULL, Duplex TEXT NOT NULL, Speed TEXT NOT NULL,
                Type TEXT NOT NULL, Description TEXT NOT NULL, InterfaceMAC TEXT NOT NULL, LearnedMACs TEXT NOT NULL,
                AuthState TEXT NOT NULL, AuthMode TEXT NOT NULL, AuthClientMAC TEXT NOT NULL, AuthVLAN TEXT NOT NULL,
                AuthTemplate TEXT NOT NULL, MissingAuthCmds TEXT NOT NULL, Config TEXT NOT NULL, PortColor TEXT NOT NULL,
                ConfigStatus TEXT NOT NULL, Signature TEXT NOT NULL, SignatureVersion INTEGER NOT NULL);
            CREATE INDEX IX_Interfaces_Hostname ON Interfaces (Hostname);
            CREATE UNIQUE INDEX IX_Interfaces_HostnamePort ON Interfaces (Hostname, Port);
            CREATE TABLE IngestionHistory (
                Hostname TEXT NOT NULL PRIMARY KEY COLLATE NOCASE, Site TEXT NOT NULL, FileHash TEXT NOT NULL,
                SourceLength INTEGER NOT NULL, LastIngestedUtc TEXT NOT NULL, RunId TEXT NOT NULL);
            """),
        (2, "History, tables, generation, store identity", """
            ALTER TABLE DeviceSummary ADD COLUMN TablesSignature TEXT NOT NULL DEFAULT '';
            CREATE TABLE DeviceHistory (
                ID INTEGER PRIMARY KEY, Hostname TEXT NOT NULL COLLATE NOCASE, ChangeKind TEXT NOT NULL,
                RunId TEXT NOT NULL, RunDate TEXT NOT NULL,
                Site TEXT NOT NULL, Make TEXT NOT NULL, Platform TEXT NOT NULL, Model TEXT NOT NULL,
                Version TEXT NOT NULL, Serial TEXT NOT NULL, Uptime TEXT NOT NULL, Location TEXT NOT NULL,
                Building TEXT NOT NULL, Floor TEXT NOT NULL, Room TEXT NOT NULL, Row TEXT NOT NULL, Rack TEXT NOT NULL,
                Ports INTEGER NOT NULL, AuthDefaultVLAN TEXT NOT NULL, AuthBlock TEXT NOT NULL);
            CREATE INDEX IX_DeviceHistory_HostnameRunDate ON DeviceHistory (Hostname, RunDate);
            CREATE TABLE InterfaceHistory (
                ID INTEGER PRIMARY KEY, Hostname TEXT NOT NULL COLLATE NOCASE, Port TEXT NOT NULL COLLATE NOCASE,
                ChangeKind TEXT NOT NULL, RunId TEXT NOT NULL, RunDate TEXT NOT NULL,
                PortSort TEXT NOT NULL, Name TEXT NOT NULL, Status TEXT NOT NULL, VLAN TEXT NOT NULL, Duplex TEXT NOT NULL,
                Speed TEXT NOT NULL, Type TEXT NOT NULL, Description TEXT NOT NULL, InterfaceMAC TEXT NOT NULL,
                LearnedMACs TEXT NOT NULL, AuthState TEXT NOT NULL, AuthMode TEXT NOT NULL, AuthClientMAC TEXT NOT NULL,
                AuthVLAN TEXT NOT NULL, AuthTemplate TEXT NOT NULL, MissingAuthCmds TEXT NOT NULL, Config TEXT NOT NULL,
                PortColor TEXT NOT NULL, ConfigStatus TEXT NOT NULL, Signature TEXT NOT NULL);
            CREATE INDEX IX_InterfaceHistory_HostnameRunDate ON InterfaceHistory (Hostname, RunDate);
            CREATE TABLE MacEntries (
                Hostname TEXT NOT NULL COLLATE NOCASE, Vlan TEXT NOT NULL, Mac TEXT NOT NULL, Type TEXT NOT NULL, Port TEXT NOT NULL);
            CREATE INDEX IX_MacEntries_Hostname ON MacEntries (Hostname);
            CREATE TABLE Neighbors (
                Hostname TEXT NOT NULL COLLATE NOCASE, Protocol TEXT NOT NULL, LocalPort TEXT NOT NULL,
                NeighborName TEXT NOT NULL, NeighborPort TEXT NOT NULL, Platform TEXT NOT NULL, MgmtAddress TEXT NOT NULL);
            CREATE INDEX IX_Neighbors_Hostname ON Neighbors (Hostname);
            CREATE TABLE SpanInfo (
                Hostname TEXT NOT NULL COLLATE NOCASE, Vlan TEXT NOT NULL, RootSwitch TEXT NOT NULL, RootPort TEXT NOT NULL,
                Role TEXT NOT NULL, Upstream TEXT NOT NULL);
            CREATE INDEX IX_SpanInfo_Hostname ON SpanInfo (Hostname);
            CREATE TABLE SpanHistory (
                ID INTEGER PRIMARY KEY, Hostname TEXT NOT NULL COLLATE NOCASE, RunId TEXT NOT NULL, RunDate TEXT NOT NULL,
                Vlan TEXT NOT NULL, RootSwitch TEXT NOT NULL, RootPort TEXT NOT NULL, Role TEXT NOT NULL, Upstream TEXT NOT NULL);
            CREATE INDEX IX_SpanHistory_HostnameRunDate ON SpanHistory (Hostname, RunDate);
            CREATE TABLE SiteGeneration (Site TEXT NOT NULL PRIMARY KEY COLLATE NOCASE, Generation INTEGER NOT NULL);
            CREATE TABLE StoreInfo (StoreId TEXT NOT NULL);
            INSERT INTO StoreInfo (StoreId) VALUES (lower(hex(randomblob(16))));
            """),
    ];

    public static int Latest => Migrations[^1].Version;

    /// <summary>Every index the migrations create, by name, with the statement that creates it (for the index audit).</summary>
    public static IReadOnlyDictionary<string, string> Indexes { get; } = FindIndexes();

    private static Dictionary<string, string> FindIndexes()
    {
        var indexes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, _, sql) in Migrations)
        {
            foreach (var statement in sql.Split(';'))
            {
                var text = statement.Trim();
                if (!text.StartsWith("CREATE INDEX", StringComparison.Ordinal) && !text.StartsWith("CREATE UNIQUE INDEX", StringComparison.Ordinal))
                {
                    continue;
                }

                var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                indexes[words[words[1] == "UNIQUE" ? 3 : 2]] = text;
            }
        }

        return indexes;
    }

    public static void Migrate(SqliteConnection connection)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE IF NOT EXISTS SchemaVersion (
                    Version INTEGER NOT NULL PRIMARY KEY, MigrationName TEXT NOT NULL, AppliedAt TEXT NOT NULL, AppliedBy TEXT NOT NULL)
                """;
            create.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        var current = CurrentVersion(connection, transaction);
        if (current > Latest)
        {
            throw new StoreException($"The database is at schema version {current}, newer than this StateTrace knows ({Latest}); use a newer StateTrace.");
        }

        foreach (var (version, name, sql) in Migrations)
        {
            if (version <= current)
            {
                continue;
            }

            using var apply = connection.CreateCommand();
            apply.Transaction = transaction;
            apply.CommandText = sql;
            apply.ExecuteNonQuery();
            apply.CommandText = "INSERT INTO SchemaVersion (Version, MigrationName, AppliedAt, AppliedBy) VALUES ($v, $n, $t, $b)";
            apply.Parameters.AddWithValue("$v", version);
            apply.Parameters.AddWithValue("$n", name);
            apply.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            apply.Parameters.AddWithValue("$b", "StateTrace " + typeof(SqliteSchema).Assembly.GetName().Version);
            apply.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var query = connection.CreateCommand();
        query.Transaction = transaction;
        query.CommandText = "SELECT COALESCE(MAX(Version), 0) FROM SchemaVersion";
        return Convert.ToInt32(query.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
