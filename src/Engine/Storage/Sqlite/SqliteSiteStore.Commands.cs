using Microsoft.Data.Sqlite;

namespace StateTrace.Engine.Storage.Sqlite;

internal sealed partial class SqliteSiteStore
{
    /// <summary>
    /// Every statement the store runs, prepared once per connection. Reads use Microsoft.Data.Sqlite commands; the
    /// write path uses <see cref="RawStatement"/>s bound by position.
    /// </summary>
    private sealed class Commands : IDisposable
    {
        private readonly List<IDisposable> all = [];

        public Commands(SqliteConnection connection)
        {
            SqliteCommand Query(string sql, params string[] parameters)
            {
                var command = connection.CreateCommand();
                command.CommandText = sql;
                foreach (var name in parameters)
                {
                    command.Parameters.Add(new SqliteParameter("$" + name, null));
                }

                all.Add(command);
                return command;
            }

            RawStatement Write(string sql)
            {
                var statement = new RawStatement(connection, sql);
                all.Add(statement);
                return statement;
            }

            static string Params(IEnumerable<string> columns) => string.Join(", ", columns.Select(_ => "?"));
            var device = string.Join(", ", DeviceColumns);
            var ports = string.Join(", ", PortColumns);

            FindIngestion = Query("SELECT FileHash, SourceLength, LastIngestedUtc, RunId FROM IngestionHistory WHERE Hostname = $Hostname", "Hostname");
            ReadGeneration = Query("SELECT Generation FROM SiteGeneration WHERE Site = $Site", "Site");
            LoadDevices = Query("SELECT Hostname, Signature, SignatureVersion, TablesSignature FROM DeviceSummary");
            LoadPorts = Query("SELECT Hostname, Port, ID, Signature, SignatureVersion FROM Interfaces");

            // Parameters below are positional (?), bound in the order the columns are listed.
            UpsertIngestion = Write(
                "INSERT INTO IngestionHistory (Hostname, Site, FileHash, SourceLength, LastIngestedUtc, RunId) VALUES (?, ?, ?, ?, ?, ?) " +
                "ON CONFLICT (Hostname) DO UPDATE SET Site = excluded.Site, FileHash = excluded.FileHash, " +
                "SourceLength = excluded.SourceLength, LastIngestedUtc = excluded.LastIngestedUtc, RunId = excluded.RunId");
            BumpGeneration = Write(
                "INSERT INTO SiteGeneration (Site, Generation) VALUES (?, 1) " +
                "ON CONFLICT (Site) DO UPDATE SET Generation = Generation + 1 RETURNING Generation");
            UpsertDevice = Write(
                $"INSERT INTO DeviceSummary (Hostname, {device}, Signature, SignatureVersion, TablesSignature, RunId, RunDate) " +
                $"VALUES (?, {Params(DeviceColumns)}, ?, ?, ?, ?, ?) " +
                $"ON CONFLICT (Hostname) DO UPDATE SET {string.Join(", ", DeviceColumns.Select(c => $"{c} = excluded.{c}"))}, " +
                "Signature = excluded.Signature, SignatureVersion = excluded.SignatureVersion, TablesSignature = excluded.TablesSignature, " +
                "RunId = excluded.RunId, RunDate = excluded.RunDate");
            UpdateTablesSignature = Write("UPDATE DeviceSummary SET TablesSignature = ? WHERE Hostname = ?");
            DeviceHistory = Write(
                $"INSERT INTO DeviceHistory (Hostname, ChangeKind, RunId, RunDate, {device}) " +
                $"SELECT Hostname, ?1, ?2, ?3, {device} FROM DeviceSummary WHERE Hostname = ?4");
            InsertPort = Write(
                $"INSERT INTO Interfaces (Hostname, Port, {ports}, SignatureVersion) VALUES (?, ?, {Params(PortColumns)}, ?) RETURNING ID");
            UpdatePort = Write(
                $"UPDATE Interfaces SET Port = ?2, {string.Join(", ", PortColumns.Select((c, i) => $"{c} = ?{i + 3}"))}, " +
                $"SignatureVersion = ?{PortColumns.Length + 3} WHERE ID = ?1");
            PortHistory = Write(
                $"INSERT INTO InterfaceHistory (Hostname, Port, ChangeKind, RunId, RunDate, {ports}) " +
                $"SELECT Hostname, Port, ?1, ?2, ?3, {ports} FROM Interfaces WHERE ID = ?4");
            HostInsertHistory = Write(
                $"INSERT INTO InterfaceHistory (Hostname, Port, ChangeKind, RunId, RunDate, {ports}) " +
                $"SELECT Hostname, Port, 'Insert', ?1, ?2, {ports} FROM Interfaces WHERE Hostname = ?3 AND ID >= ?4");
            DeletePort = Write("DELETE FROM Interfaces WHERE ID = ?");
            DeleteMacs = Write("DELETE FROM MacEntries WHERE Hostname = ?");
            DeleteNeighbors = Write("DELETE FROM Neighbors WHERE Hostname = ?");
            DeleteSpan = Write("DELETE FROM SpanInfo WHERE Hostname = ?");
            Macs = Add(new SqliteRowInserter(connection, "MacEntries", "Hostname", "Vlan", "Mac", "Type", "Port"));
            Neighbors = Add(new SqliteRowInserter(connection, "Neighbors", "Hostname", "Protocol", "LocalPort", "NeighborName", "NeighborPort", "Platform", "MgmtAddress"));
            Span = Add(new SqliteRowInserter(connection, "SpanInfo", "Hostname", "Vlan", "RootSwitch", "RootPort", "Role", "Upstream"));
            SpanHistory = Add(new SqliteRowInserter(connection, "SpanHistory", "Hostname", "RunId", "RunDate", "Vlan", "RootSwitch", "RootPort", "Role", "Upstream"));
        }

        public SqliteCommand FindIngestion { get; }
        public SqliteCommand ReadGeneration { get; }
        public SqliteCommand LoadDevices { get; }
        public SqliteCommand LoadPorts { get; }
        public RawStatement UpsertIngestion { get; }
        public RawStatement BumpGeneration { get; }
        public RawStatement UpsertDevice { get; }
        public RawStatement DeviceHistory { get; }
        public RawStatement UpdateTablesSignature { get; }
        public RawStatement InsertPort { get; }
        public RawStatement UpdatePort { get; }
        public RawStatement PortHistory { get; }
        public RawStatement HostInsertHistory { get; }
        public RawStatement DeletePort { get; }
        public RawStatement DeleteMacs { get; }
        public RawStatement DeleteNeighbors { get; }
        public RawStatement DeleteSpan { get; }
        public SqliteRowInserter Macs { get; }
        public SqliteRowInserter Neighbors { get; }
        public SqliteRowInserter Span { get; }
        public SqliteRowInserter SpanHistory { get; }

        private T Add<T>(T disposable)
            where T : IDisposable
        {
            all.Add(disposable);
            return disposable;
        }

        public void Dispose()
        {
            foreach (var item in all)
            {
                item.Dispose();
            }
        }
    }
}
