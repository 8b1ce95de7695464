using System.Data.OleDb;
using System.Globalization;
using System.Runtime.Versioning;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Storage.Sqlite;

namespace StateTrace.Engine.Storage.Access;

internal sealed partial class AccessSiteStore
{
    private static readonly string[] DeviceColumns =
    [
        "Site", "Make", "Platform", "Model", "Version", "Serial", "Uptime", "Location", "Building", "Floor", "Room", "Row", "Rack",
        "Ports", "AuthDefaultVLAN", "AuthBlock",
    ];

    private static readonly string[] PortColumns =
    [
        "PortSort", "Name", "Status", "VLAN", "Duplex", "Speed", "Type", "Description", "InterfaceMAC", "LearnedMACs", "AuthState",
        "AuthMode", "AuthClientMAC", "AuthVLAN", "AuthTemplate", "MissingAuthCmds", "Config", "PortColor", "ConfigStatus", "Signature",
    ];

    // Access has reserved words among the column names (Name, Type, Version, Row, Role): every name is bracketed.
    private static string List(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"[{c}]"));

    private static string Marks(int count) => string.Join(", ", Enumerable.Repeat("?", count));

    private static readonly string UpdateDevice =
        $"UPDATE DeviceSummary SET {string.Join(", ", DeviceColumns.Select(c => $"[{c}] = ?"))}, Signature = ?, SignatureVersion = ?, TablesSignature = ?, RunId = ?, RunDate = ? WHERE Hostname = ?";

    private static readonly string InsertDevice =
        $"INSERT INTO DeviceSummary ({List(DeviceColumns)}, Signature, SignatureVersion, TablesSignature, RunId, RunDate, Hostname) VALUES ({Marks(DeviceColumns.Length + 6)})";

    private static readonly string DeviceHistory =
        $"INSERT INTO DeviceHistory (Hostname, ChangeKind, RunId, RunDate, {List(DeviceColumns)}) VALUES ({Marks(DeviceColumns.Length + 4)})";

    private static readonly string InsertPort =
        $"INSERT INTO Interfaces (Hostname, Port, {List(PortColumns)}, SignatureVersion) VALUES ({Marks(PortColumns.Length + 3)})";

    private static readonly string UpdatePort =
        $"UPDATE Interfaces SET Port = ?, {string.Join(", ", PortColumns.Select(c => $"[{c}] = ?"))}, SignatureVersion = ? WHERE ID = ?";

    private static readonly string ReadPort = $"SELECT Hostname, Port, {List(PortColumns)} FROM Interfaces WHERE ID = ?";

    private static readonly string PortHistory =
        $"INSERT INTO InterfaceHistory (Hostname, Port, ChangeKind, RunId, RunDate, {List(PortColumns)}) VALUES ({Marks(PortColumns.Length + 5)})";

    /// <summary>One write transaction: the site lock file, then an OleDb transaction; disposing without commit rolls back.</summary>
    [SupportedOSPlatform("windows")]
    private sealed class Transaction : ISiteTransaction
    {
        private readonly AccessSiteStore store;
        private readonly SiteLockFile siteLock;
        private readonly OleDbTransaction transaction;
        private bool done;

        public Transaction(AccessSiteStore store, SiteLockFile siteLock, OleDbTransaction transaction)
        {
            this.store = store;
            this.siteLock = siteLock;
            this.transaction = transaction;
            Generation = Scalar("SELECT Generation FROM SiteGeneration WHERE Site = ?", store.Site) is { } value and not DBNull
                ? Convert.ToInt64(value, CultureInfo.InvariantCulture)
                : 0;
        }

        public long Generation { get; private set; }

        public IngestionRecord? FindIngestion(string hostname) => Guard(() => store.ReadIngestion(transaction, hostname));

        public SiteIndex LoadIndex() => Guard(() =>
        {
            var index = new SiteIndex(store.Site, Generation);
            using (var devices = store.Command(transaction, "SELECT Hostname, Signature, SignatureVersion, TablesSignature FROM DeviceSummary"))
            using (var reader = devices.ExecuteReader())
            {
                while (reader.Read())
                {
                    // Rows the original wrote have no signature: they never match, so each is rewritten once.
                    var current = !reader.IsDBNull(2) && Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture) == RowSignature.Version;
                    index.Hosts[Text(reader, 0)] = new HostIndex
                    {
                        DeviceSignature = current ? Text(reader, 1) : "",
                        TablesSignature = current ? Text(reader, 3) : "",
                    };
                }
            }

            using var ports = store.Command(transaction, "SELECT Hostname, Port, ID, Signature, SignatureVersion FROM Interfaces");
            using var rows = ports.ExecuteReader();
            while (rows.Read())
            {
                var hostname = Text(rows, 0);
                if (!index.Hosts.TryGetValue(hostname, out var host))
                {
                    host = new HostIndex();
                    index.Hosts[hostname] = host;
                }

                var current = !rows.IsDBNull(4) && Convert.ToInt32(rows.GetValue(4), CultureInfo.InvariantCulture) == RowSignature.Version;
                host.Ports[index.Intern(RowSignature.Normalize(Text(rows, 1)))] = new PortIndex(Convert.ToInt64(rows.GetValue(2), CultureInfo.InvariantCulture), current ? Text(rows, 3) : "");
            }

            return index;
        });

        public void Apply(HostChanges changes, RunStamp run)
        {
            var facts = changes.Facts;
            var runDate = run.RunDate.UtcDateTime;
            Guard(() =>
            {
                if (changes.Device is ChangeKind kind)
                {
                    object?[] device =
                    [
                        facts.Site, facts.Make, facts.Platform, facts.Model, facts.Version, facts.Serial, facts.Uptime, facts.Location,
                        facts.Building, facts.Floor, facts.Room, facts.Row, facts.Rack, facts.InterfaceCount, facts.AuthDefaultVlan, facts.AuthBlock,
                    ];
                    object?[] stamp = [changes.DeviceSignature, RowSignature.Version, changes.TablesSignature, run.RunId, runDate, facts.Hostname];
                    if (Execute(UpdateDevice, [.. device, .. stamp]) == 0)
                    {
                        Execute(InsertDevice, [.. device, .. stamp]);
                    }

                    Execute(DeviceHistory, [facts.Hostname, kind.ToString(), run.RunId, runDate, .. device]);
                }
                else if (changes.TablesChanged)
                {
                    Execute("UPDATE DeviceSummary SET TablesSignature = ? WHERE Hostname = ?", changes.TablesSignature, facts.Hostname);
                }

                foreach (var change in changes.Ports)
                {
                    ApplyPort(facts.Hostname, change, run.RunId, runDate);
                }

                if (changes.TablesChanged)
                {
                    ReplaceTables(facts, run.RunId, runDate);
                }

                var ingestion = changes.Ingestion;
                object?[] record = [store.Site, ingestion.FileHash, ingestion.SourceLength, run.RunDate.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), run.RunId, ingestion.Hostname];
                if (Execute("UPDATE IngestionHistory SET Site = ?, FileHash = ?, SourceLength = ?, LastIngestedUtc = ?, RunId = ? WHERE Hostname = ?", record) == 0)
                {
                    Execute("INSERT INTO IngestionHistory (Site, FileHash, SourceLength, LastIngestedUtc, RunId, Hostname) VALUES (?, ?, ?, ?, ?, ?)", record);
                }

                return 0;
            });
        }

        private void ApplyPort(string hostname, PortChange change, string runId, DateTime runDate)
        {
            var kind = change.Kind.ToString();
            var id = checked((int)change.RowId);
            if (change.Kind == ChangeKind.Delete)
            {
                // The history row keeps the values the port had, read before the row goes.
                using (var read = store.Command(transaction, ReadPort, id))
                using (var reader = read.ExecuteReader())
                {
                    if (reader.Read())
                    {
                        var values = new object?[PortColumns.Length];
                        for (var i = 0; i < values.Length; i++)
                        {
                            values[i] = Text(reader, i + 2);
                        }

                        Execute(PortHistory, [Text(reader, 0), Text(reader, 1), kind, runId, runDate, .. values]);
                    }
                }

                Execute("DELETE FROM Interfaces WHERE ID = ?", id);
                return;
            }

            var p = change.Facts!;
            object?[] columns =
            [
                p.PortSort, p.Name, p.Status, p.Vlan, p.Duplex, p.Speed, p.Type, p.Description, p.InterfaceMac, p.LearnedMacs, p.AuthState,
                p.AuthMode, p.AuthClientMac, p.AuthVlan, p.AuthTemplate, p.MissingAuthCmds, p.Config, p.PortColor, p.ConfigStatus, change.Signature,
            ];
            if (change.Kind == ChangeKind.Insert)
            {
                Execute(InsertPort, [hostname, change.Port, .. columns, RowSignature.Version]);
                change.RowId = Convert.ToInt64(Scalar("SELECT @@IDENTITY"), CultureInfo.InvariantCulture);
            }
            else
            {
                Execute(UpdatePort, [change.Port, .. columns, RowSignature.Version, id]);
            }

            Execute(PortHistory, [hostname, change.Port, kind, runId, runDate, .. columns]);
        }

        private void ReplaceTables(DeviceFacts facts, string runId, DateTime runDate)
        {
            var host = facts.Hostname;
            Execute("DELETE FROM MacEntries WHERE Hostname = ?", host);
            Execute("DELETE FROM Neighbors WHERE Hostname = ?", host);
            Execute("DELETE FROM SpanInfo WHERE Hostname = ?", host);
            foreach (var m in facts.MacEntries)
            {
                Execute("INSERT INTO MacEntries (Hostname, Vlan, Mac, [Type], Port) VALUES (?, ?, ?, ?, ?)", host, m.Vlan, m.Mac, m.Type, m.Port);
            }

            foreach (var n in facts.Neighbors)
            {
                Execute("INSERT INTO Neighbors (Hostname, Protocol, LocalPort, NeighborName, NeighborPort, Platform, MgmtAddress) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    host, n.Protocol, n.LocalPort, n.NeighborName, n.NeighborPort, n.Platform, n.MgmtAddress);
            }

            foreach (var s in facts.SpanningTree)
            {
                Execute("INSERT INTO SpanInfo (Hostname, Vlan, RootSwitch, RootPort, [Role], Upstream, LastUpdated) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    host, s.Vlan, s.RootSwitch, s.RootPort, s.Role, s.Upstream, runDate);
                Execute("INSERT INTO SpanHistory (Hostname, RunId, RunDate, Vlan, RootSwitch, RootPort, [Role], Upstream) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    host, runId, runDate, s.Vlan, s.RootSwitch, s.RootPort, s.Role, s.Upstream);
            }
        }

        public long Commit(bool inventoryChanged)
        {
            Guard(() =>
            {
                if (inventoryChanged)
                {
                    if (Execute("UPDATE SiteGeneration SET Generation = Generation + 1 WHERE Site = ?", store.Site) == 0)
                    {
                        Execute("INSERT INTO SiteGeneration (Site, Generation) VALUES (?, 1)", store.Site);
                    }

                    Generation = Convert.ToInt64(Scalar("SELECT Generation FROM SiteGeneration WHERE Site = ?", store.Site), CultureInfo.InvariantCulture);
                }

                transaction.Commit();
                return 0;
            });
            done = true;
            return Generation;
        }

        private int Execute(string sql, params ReadOnlySpan<object?> values)
        {
            using var command = store.Command(transaction, sql, values);
            return command.ExecuteNonQuery();
        }

        private object? Scalar(string sql, params ReadOnlySpan<object?> values)
        {
            using var command = store.Command(transaction, sql, values);
            return command.ExecuteScalar();
        }

        private T Guard<T>(Func<T> action)
        {
            try
            {
                return action();
            }
            catch (OleDbException e)
            {
                throw new StoreException($"Writing site {store.Site} to {store.Path} failed: {Reason(e)}.", e);
            }
        }

        public void Dispose()
        {
            if (!done)
            {
                done = true;
                try
                {
                    transaction.Rollback();
                }
                catch (Exception e) when (e is OleDbException or InvalidOperationException)
                {
                    // The connection already lost the transaction; nothing of it was committed.
                }
            }

            transaction.Dispose();
            siteLock.Dispose();
        }
    }
}
