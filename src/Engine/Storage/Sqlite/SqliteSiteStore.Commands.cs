using Microsoft.Data.Sqlite;

namespace StateTrace.Engine.Storage.Sqlite;

internal sealed partial class SqliteSiteStore
{
    /// <summary>Every statement the store runs, prepared once per connection and re-bound per row.</summary>
    private sealed class Commands : IDisposable
    {
        private readonly List<SqliteCommand> all = [];

        public Commands(SqliteConnection connection)
        {
            SqliteCommand Prepare(string sql, params string[] parameters)
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

            static string Params(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => "$" + c));
            var device = string.Join(", ", DeviceColumns);
            var ports = string.Join(", ", PortColumns);

            FindIngestion = Prepare("SELECT FileHash, SourceLength, LastIngestedUtc, RunId FROM IngestionHistory WHERE Hostname = $Hostname", "Hostname");
            UpsertIngestion = Prepare(
                "INSERT INTO IngestionHistory (Hostname, Site, FileHash, SourceLength, LastIngestedUtc, RunId) " +
                "VALUES ($Hostname, $Site, $FileHash, $SourceLength, $LastIngestedUtc, $RunId) " +
                "ON CONFLICT (Hostname) DO UPDATE SET Site = excluded.Site, FileHash = excluded.FileHash, " +
                "SourceLength = excluded.SourceLength, LastIngestedUtc = excluded.LastIngestedUtc, RunId = excluded.RunId",
                "Hostname", "Site", "FileHash", "SourceLength", "LastIngestedUtc", "RunId");
            ReadGeneration = Prepare("SELECT Generation FROM SiteGeneration WHERE Site = $Site", "Site");
            BumpGeneration = Prepare(
                "INSERT INTO SiteGeneration (Site, Generation) VALUES ($Site, 1) " +
                "ON CONFLICT (Site) DO UPDATE SET Generation = Generation + 1 RETURNING Generation", "Site");
            LoadDevices = Prepare("SELECT Hostname, Signature, SignatureVersion, TablesSignature FROM DeviceSummary");
            LoadPorts = Prepare("SELECT Hostname, Port, ID, Signature, SignatureVersion FROM Interfaces");
            UpsertDevice = Prepare(
                $"INSERT INTO DeviceSummary (Hostname, {device}, Signature, SignatureVersion, TablesSignature, RunId, RunDate) " +
                $"VALUES ($Hostname, {Params(DeviceColumns)}, $Signature, $SignatureVersion, $TablesSignature, $RunId, $RunDate) " +
                $"ON CONFLICT (Hostname) DO UPDATE SET {string.Join(", ", DeviceColumns.Select(c => $"{c} = excluded.{c}"))}, " +
                "Signature = excluded.Signature, SignatureVersion = excluded.SignatureVersion, TablesSignature = excluded.TablesSignature, " +
                "RunId = excluded.RunId, RunDate = excluded.RunDate",
                ["Hostname", .. DeviceColumns, "Signature", "SignatureVersion", "TablesSignature", "RunId", "RunDate"]);
            DeviceHistory = Prepare(
                $"INSERT INTO DeviceHistory (Hostname, ChangeKind, RunId, RunDate, {device}) " +
                $"SELECT Hostname, $ChangeKind, $RunId, $RunDate, {device} FROM DeviceSummary WHERE Hostname = $Hostname",
                "ChangeKind", "RunId", "RunDate", "Hostname");
            InsertPort = Prepare(
                $"INSERT INTO Interfaces (Hostname, Port, {ports}, SignatureVersion) VALUES ($Hostname, $Port, {Params(PortColumns)}, $SignatureVersion) RETURNING ID",
                ["Hostname", "Port", .. PortColumns, "SignatureVersion"]);
            UpdatePort = Prepare(
                $"UPDATE Interfaces SET Port = $Port, {string.Join(", ", PortColumns.Select(c => $"{c} = ${c}"))}, SignatureVersion = $SignatureVersion WHERE ID = $ID",
                ["ID", "Port", .. PortColumns, "SignatureVersion"]);
            PortHistory = Prepare(
                $"INSERT INTO InterfaceHistory (Hostname, Port, ChangeKind, RunId, RunDate, {ports}) " +
                $"SELECT Hostname, Port, $ChangeKind, $RunId, $RunDate, {ports} FROM Interfaces WHERE ID = $ID",
                "ChangeKind", "RunId", "RunDate", "ID");
            DeletePort = Prepare("DELETE FROM Interfaces WHERE ID = $ID", "ID");
            DeleteMacs = Prepare("DELETE FROM MacEntries WHERE Hostname = $Hostname", "Hostname");
            DeleteNeighbors = Prepare("DELETE FROM Neighbors WHERE Hostname = $Hostname", "Hostname");
            DeleteSpan = Prepare("DELETE FROM SpanInfo WHERE Hostname = $Hostname", "Hostname");
            InsertMac = Prepare("INSERT INTO MacEntries (Hostname, Vlan, Mac, Type, Port) VALUES ($Hostname, $Vlan, $Mac, $Type, $Port)",
                "Hostname", "Vlan", "Mac", "Type", "Port");
            InsertNeighbor = Prepare(
                "INSERT INTO Neighbors (Hostname, Protocol, LocalPort, NeighborName, NeighborPort, Platform, MgmtAddress) " +
                "VALUES ($Hostname, $Protocol, $LocalPort, $NeighborName, $NeighborPort, $Platform, $MgmtAddress)",
                "Hostname", "Protocol", "LocalPort", "NeighborName", "NeighborPort", "Platform", "MgmtAddress");
            InsertSpan = Prepare(
                "INSERT INTO SpanInfo (Hostname, Vlan, RootSwitch, RootPort, Role, Upstream) VALUES ($Hostname, $Vlan, $RootSwitch, $RootPort, $Role, $Upstream)",
                "Hostname", "Vlan", "RootSwitch", "RootPort", "Role", "Upstream");
            SpanHistory = Prepare(
                "INSERT INTO SpanHistory (Hostname, RunId, RunDate, Vlan, RootSwitch, RootPort, Role, Upstream) " +
                "VALUES ($Hostname, $RunId, $RunDate, $Vlan, $RootSwitch, $RootPort, $Role, $Upstream)",
                "Hostname", "RunId", "RunDate", "Vlan", "RootSwitch", "RootPort", "Role", "Upstream");
        }

        public SqliteCommand FindIngestion { get; }
        public SqliteCommand UpsertIngestion { get; }
        public SqliteCommand ReadGeneration { get; }
        public SqliteCommand BumpGeneration { get; }
        public SqliteCommand LoadDevices { get; }
        public SqliteCommand LoadPorts { get; }
        public SqliteCommand UpsertDevice { get; }
        public SqliteCommand DeviceHistory { get; }
        public SqliteCommand InsertPort { get; }
        public SqliteCommand UpdatePort { get; }
        public SqliteCommand PortHistory { get; }
        public SqliteCommand DeletePort { get; }
        public SqliteCommand DeleteMacs { get; }
        public SqliteCommand DeleteNeighbors { get; }
        public SqliteCommand DeleteSpan { get; }
        public SqliteCommand InsertMac { get; }
        public SqliteCommand InsertNeighbor { get; }
        public SqliteCommand InsertSpan { get; }
        public SqliteCommand SpanHistory { get; }

        public void Dispose()
        {
            foreach (var command in all)
            {
                command.Dispose();
            }
        }
    }
}
