using System.Data;
using System.Data.OleDb;
using System.Globalization;
using System.Runtime.Versioning;

namespace StateTrace.Engine.Storage.Access;

/// <summary>
/// Brings an original StateTrace .accdb (reference/original-system.md §3.3) forward to the shared schema, additively:
/// missing tables are created, missing columns added, nothing is dropped or renamed, so the original tool still
/// opens the file. Two widenings are needed and lose nothing: <c>VLAN</c> INTEGER → TEXT (the original stored
/// <c>trunk</c> as 0) and <c>Name</c> TEXT(128) → MEMO. A new file first gets the original layout, so new and old
/// files take one path. Each step checks the catalogue first, so a half-migrated file (a crash between two DDL
/// statements; Access DDL is not transactional) is finished on the next open.
/// </summary>
[SupportedOSPlatform("windows")]
internal static class AccessSchema
{
    private const string Short = "TEXT(255)";
    private const string Memo = "LONGTEXT";

    /// <summary>The original's tables, as it created them.</summary>
    private static readonly (string Table, string Sql)[] Original =
    [
        ("DeviceSummary", """
            CREATE TABLE DeviceSummary (Hostname TEXT(64) NOT NULL PRIMARY KEY, Make TEXT(64), Model TEXT(64), Uptime TEXT(64),
            Site TEXT(64), Building TEXT(64), Room TEXT(64), Ports INTEGER, AuthDefaultVLAN TEXT(32), AuthBlock LONGTEXT)
            """),
        ("Interfaces", """
            CREATE TABLE Interfaces (ID COUNTER PRIMARY KEY, Hostname TEXT(64), Port TEXT(64), [Name] TEXT(128), Status TEXT(32),
            VLAN INTEGER, Duplex TEXT(32), Speed TEXT(32), [Type] TEXT(32), LearnedMACs LONGTEXT, AuthState TEXT(32),
            AuthMode TEXT(32), AuthClientMAC TEXT(64), AuthTemplate TEXT(64), Config LONGTEXT, PortColor TEXT(32),
            ConfigStatus TEXT(32), ToolTip LONGTEXT)
            """),
        ("DeviceHistory", """
            CREATE TABLE DeviceHistory (ID COUNTER PRIMARY KEY, Hostname TEXT(64), RunDate DATETIME, Make TEXT(64), Model TEXT(64),
            Uptime TEXT(64), Site TEXT(64), Building TEXT(64), Room TEXT(64), Ports INTEGER, AuthDefaultVLAN TEXT(32), AuthBlock LONGTEXT)
            """),
        ("InterfaceHistory", """
            CREATE TABLE InterfaceHistory (ID COUNTER PRIMARY KEY, Hostname TEXT(64), RunDate DATETIME, Port TEXT(64), [Name] TEXT(128),
            Status TEXT(32), VLAN INTEGER, Duplex TEXT(32), Speed TEXT(32), [Type] TEXT(32), LearnedMACs LONGTEXT, AuthState TEXT(32),
            AuthMode TEXT(32), AuthClientMAC TEXT(64), AuthTemplate TEXT(64), Config LONGTEXT, PortColor TEXT(32),
            ConfigStatus TEXT(32), ToolTip LONGTEXT)
            """),
        ("SpanInfo", """
            CREATE TABLE SpanInfo (Hostname TEXT(64), Vlan TEXT(32), RootSwitch TEXT(64), RootPort TEXT(32), [Role] TEXT(32),
            Upstream TEXT(64), LastUpdated DATETIME)
            """),
        ("SpanHistory", """
            CREATE TABLE SpanHistory (ID COUNTER PRIMARY KEY, Hostname TEXT(64), RunDate DATETIME, Vlan TEXT(32), RootSwitch TEXT(64),
            RootPort TEXT(32), [Role] TEXT(32), Upstream TEXT(64))
            """),
    ];

    private static readonly (string Column, string Type)[] DeviceAdditions =
    [
        ("Platform", Short), ("Version", Short), ("Serial", Short), ("Location", Short), ("Floor", Short), ("Row", Short), ("Rack", Short),
    ];

    private static readonly (string Column, string Type)[] PortAdditions =
    [
        ("PortSort", Short), ("Description", Memo), ("InterfaceMAC", Short), ("AuthVLAN", Short), ("MissingAuthCmds", Memo), ("Signature", Short),
    ];

    public static int Latest => 2;

    public static void Migrate(OleDbConnection connection)
    {
        var catalog = new Catalog(connection);
        if (!catalog.HasTable("SchemaVersion"))
        {
            Execute(connection, "CREATE TABLE SchemaVersion (ID COUNTER PRIMARY KEY, Version INTEGER NOT NULL, MigrationName TEXT(128), AppliedAt DATETIME, AppliedBy TEXT(64))");
        }

        var current = CurrentVersion(connection);
        if (current > Latest)
        {
            throw new StoreException($"The Access database is at schema version {current}, newer than this StateTrace knows ({Latest}); use a newer StateTrace.");
        }

        if (current < 1)
        {
            foreach (var (table, sql) in Original)
            {
                if (!catalog.HasTable(table))
                {
                    Execute(connection, sql);
                }
            }

            catalog = new Catalog(connection);
            AddColumns(connection, catalog, "DeviceSummary",
                [.. DeviceAdditions, ("Signature", Short), ("SignatureVersion", "INTEGER"), ("RunId", Short), ("RunDate", "DATETIME")]);
            AddColumns(connection, catalog, "Interfaces", [.. PortAdditions, ("SignatureVersion", "INTEGER")]);
            Widen(connection, catalog, "Interfaces", "VLAN", Short);
            Widen(connection, catalog, "Interfaces", "Name", Memo);
            if (!catalog.HasTable("IngestionHistory"))
            {
                Execute(connection, """
                    CREATE TABLE IngestionHistory (Hostname TEXT(255) NOT NULL PRIMARY KEY, Site TEXT(64), FileHash TEXT(128),
                    SourceLength DOUBLE, LastIngestedUtc TEXT(40), RunId TEXT(255))
                    """);
            }

            Record(connection, 1, "Initial");
        }

        if (current < 2)
        {
            catalog = new Catalog(connection);
            AddColumns(connection, catalog, "DeviceSummary", [("TablesSignature", Short)]);
            AddColumns(connection, catalog, "DeviceHistory", [("ChangeKind", Short), ("RunId", Short), .. DeviceAdditions]);
            AddColumns(connection, catalog, "InterfaceHistory", [("ChangeKind", Short), ("RunId", Short), .. PortAdditions]);
            Widen(connection, catalog, "InterfaceHistory", "VLAN", Short);
            Widen(connection, catalog, "InterfaceHistory", "Name", Memo);
            AddColumns(connection, catalog, "SpanHistory", [("RunId", Short)]);
            CreateIfMissing(connection, catalog, "MacEntries",
                "CREATE TABLE MacEntries (Hostname TEXT(255), Vlan TEXT(255), Mac TEXT(255), [Type] TEXT(255), Port TEXT(255))");
            CreateIfMissing(connection, catalog, "Neighbors",
                "CREATE TABLE Neighbors (Hostname TEXT(255), Protocol TEXT(255), LocalPort TEXT(255), NeighborName TEXT(255), NeighborPort TEXT(255), Platform TEXT(255), MgmtAddress TEXT(255))");
            CreateIfMissing(connection, catalog, "SiteGeneration", "CREATE TABLE SiteGeneration (Site TEXT(64) NOT NULL PRIMARY KEY, Generation INTEGER NOT NULL)");
            if (!catalog.HasTable("StoreInfo"))
            {
                Execute(connection, "CREATE TABLE StoreInfo (StoreId TEXT(32) NOT NULL)");
                Execute(connection, "INSERT INTO StoreInfo (StoreId) VALUES (?)", Guid.NewGuid().ToString("N"));
            }

            Record(connection, 2, "History, tables, generation, store identity");
        }
    }

    public static int CurrentVersion(OleDbConnection connection)
    {
        using var command = new OleDbCommand("SELECT MAX(Version) FROM SchemaVersion", connection);
        return command.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : 0;
    }

    private static void AddColumns(OleDbConnection connection, Catalog catalog, string table, (string Column, string Type)[] columns)
    {
        foreach (var (column, type) in columns)
        {
            if (!catalog.HasColumn(table, column))
            {
                Execute(connection, $"ALTER TABLE [{table}] ADD COLUMN [{column}] {type}");
            }
        }
    }

    /// <summary>Widens a column the original made too narrow for the shared schema's values, if it still is.</summary>
    private static void Widen(OleDbConnection connection, Catalog catalog, string table, string column, string type)
    {
        var (isText, isMemo) = catalog.Kind(table, column);
        if (type == Memo ? !isMemo : !isText)
        {
            Execute(connection, $"ALTER TABLE [{table}] ALTER COLUMN [{column}] {type}");
        }
    }

    private static void CreateIfMissing(OleDbConnection connection, Catalog catalog, string table, string sql)
    {
        if (!catalog.HasTable(table))
        {
            Execute(connection, sql);
        }
    }

    private static void Record(OleDbConnection connection, int version, string name) =>
        Execute(connection, "INSERT INTO SchemaVersion (Version, MigrationName, AppliedAt, AppliedBy) VALUES (?, ?, ?, ?)",
            version, name, DateTime.UtcNow, "StateTrace " + typeof(AccessSchema).Assembly.GetName().Version);

    private static void Execute(OleDbConnection connection, string sql, params object[] values)
    {
        using var command = new OleDbCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(AccessParameters.Of(value));
        }

        command.ExecuteNonQuery();
    }

    /// <summary>The tables and columns the file has, read once from the OLE DB schema rowsets.</summary>
    private sealed class Catalog
    {
        private readonly HashSet<string> tables = new(StringComparer.OrdinalIgnoreCase);
        // DBCOLUMNFLAGS_ISLONG: a MEMO column reports the same DATA_TYPE as TEXT, with this flag set.
        private const long IsLong = 0x80;

        private readonly Dictionary<(string, string), (OleDbType Type, long Flags)> columns = new(TupleComparer.Instance);

        public Catalog(OleDbConnection connection)
        {
            using (var rows = connection.GetOleDbSchemaTable(OleDbSchemaGuid.Tables, [null, null, null, "TABLE"]))
            {
                foreach (DataRow row in rows!.Rows)
                {
                    tables.Add((string)row["TABLE_NAME"]);
                }
            }

            using var all = connection.GetOleDbSchemaTable(OleDbSchemaGuid.Columns, [null, null, null, null]);
            foreach (DataRow row in all!.Rows)
            {
                var flags = row["COLUMN_FLAGS"] is DBNull ? 0 : Convert.ToInt64(row["COLUMN_FLAGS"], CultureInfo.InvariantCulture);
                columns[((string)row["TABLE_NAME"], (string)row["COLUMN_NAME"])] =
                    ((OleDbType)Convert.ToInt32(row["DATA_TYPE"], CultureInfo.InvariantCulture), flags);
            }
        }

        public bool HasTable(string table) => tables.Contains(table);

        public bool HasColumn(string table, string column) => columns.ContainsKey((table, column));

        /// <summary>Whether a column holds text, and whether that text is MEMO (long).</summary>
        public (bool Text, bool Memo) Kind(string table, string column)
        {
            if (!columns.TryGetValue((table, column), out var c))
            {
                return (false, false);
            }

            var text = c.Type is OleDbType.WChar or OleDbType.VarWChar or OleDbType.LongVarWChar;
            return (text, text && (c.Type == OleDbType.LongVarWChar || (c.Flags & IsLong) != 0));
        }
    }

    private sealed class TupleComparer : IEqualityComparer<(string, string)>
    {
        public static readonly TupleComparer Instance = new();

        public bool Equals((string, string) x, (string, string) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Item1, y.Item1) && StringComparer.OrdinalIgnoreCase.Equals(x.Item2, y.Item2);

        public int GetHashCode((string, string) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item1), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item2));
    }
}
