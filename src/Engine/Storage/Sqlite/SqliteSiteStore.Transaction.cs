using System.Globalization;
using Microsoft.Data.Sqlite;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Storage.Sqlite;

internal sealed partial class SqliteSiteStore
{
    /// <summary>One write transaction: the site lock file, then <c>BEGIN IMMEDIATE</c>; disposing without commit rolls back.</summary>
    private sealed class Transaction : ISiteTransaction
    {
        private readonly SqliteSiteStore store;
        private readonly SiteLockFile siteLock;
        private readonly SqliteTransaction transaction;
        private bool done;

        public Transaction(SqliteSiteStore store, SiteLockFile siteLock, SqliteTransaction transaction)
        {
            this.store = store;
            this.siteLock = siteLock;
            this.transaction = transaction;
            var read = Bind(store.commands.ReadGeneration, store.Site);
            Generation = read.ExecuteScalar() is long generation ? generation : 0;
        }

        public long Generation { get; private set; }

        private Commands C => store.commands;

        public IngestionRecord? FindIngestion(string hostname) => store.ReadIngestion(transaction, hostname);

        public SiteIndex LoadIndex()
        {
            var index = new SiteIndex(store.Site, Generation);
            using (var devices = Bind(C.LoadDevices).ExecuteReader())
            {
                while (devices.Read())
                {
                    // A row signed by another signature version never matches, so it is rewritten once.
                    var current = devices.GetInt32(2) == RowSignature.Version;
                    index.Hosts[devices.GetString(0)] = new HostIndex
                    {
                        DeviceSignature = current ? devices.GetString(1) : "",
                        TablesSignature = current ? devices.GetString(3) : "",
                    };
                }
            }

            using var ports = Bind(C.LoadPorts).ExecuteReader();
            while (ports.Read())
            {
                if (!index.Hosts.TryGetValue(ports.GetString(0), out var host))
                {
                    host = new HostIndex();
                    index.Hosts[ports.GetString(0)] = host;
                }

                var signature = ports.GetInt32(4) == RowSignature.Version ? ports.GetString(3) : "";
                host.Ports[ports.GetString(1)] = new PortIndex(ports.GetInt64(2), signature);
            }

            return index;
        }

        public void Apply(HostChanges changes, RunStamp run)
        {
            var facts = changes.Facts;
            var runDate = run.RunDate.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
            try
            {
                if (changes.Device is ChangeKind kind)
                {
                    Bind(C.UpsertDevice, facts.Hostname, facts.Site, facts.Make, facts.Platform, facts.Model, facts.Version,
                        facts.Serial, facts.Uptime, facts.Location, facts.Building, facts.Floor, facts.Room, facts.Row, facts.Rack,
                        facts.InterfaceCount, facts.AuthDefaultVlan, facts.AuthBlock, changes.DeviceSignature, RowSignature.Version,
                        changes.TablesSignature, run.RunId, runDate).ExecuteNonQuery();
                    Bind(C.DeviceHistory, kind.ToString(), run.RunId, runDate, facts.Hostname).ExecuteNonQuery();
                }

                foreach (var change in changes.Ports)
                {
                    ApplyPort(facts.Hostname, change, run.RunId, runDate);
                }

                if (changes.TablesChanged)
                {
                    ReplaceTables(facts, run.RunId, runDate);
                }

                Bind(C.UpsertIngestion, changes.Ingestion.Hostname, store.Site, changes.Ingestion.FileHash,
                    changes.Ingestion.SourceLength, runDate, run.RunId).ExecuteNonQuery();
            }
            catch (SqliteException e)
            {
                throw new StoreException($"Writing host {facts.Hostname} to {store.Path} failed: {e.Message}", e);
            }
        }

        private void ApplyPort(string hostname, PortChange change, string runId, string runDate)
        {
            var kind = change.Kind.ToString();
            if (change.Kind == ChangeKind.Delete)
            {
                Bind(C.PortHistory, kind, runId, runDate, change.RowId).ExecuteNonQuery();
                Bind(C.DeletePort, change.RowId).ExecuteNonQuery();
                return;
            }

            var p = change.Facts!;
            if (change.Kind == ChangeKind.Insert)
            {
                change.RowId = (long)Bind(C.InsertPort, hostname, change.Port, p.PortSort, p.Name, p.Status, p.Vlan, p.Duplex, p.Speed,
                    p.Type, p.Description, p.InterfaceMac, p.LearnedMacs, p.AuthState, p.AuthMode, p.AuthClientMac, p.AuthVlan,
                    p.AuthTemplate, p.MissingAuthCmds, p.Config, p.PortColor, p.ConfigStatus, change.Signature, RowSignature.Version).ExecuteScalar()!;
            }
            else
            {
                Bind(C.UpdatePort, change.RowId, change.Port, p.PortSort, p.Name, p.Status, p.Vlan, p.Duplex, p.Speed,
                    p.Type, p.Description, p.InterfaceMac, p.LearnedMacs, p.AuthState, p.AuthMode, p.AuthClientMac, p.AuthVlan,
                    p.AuthTemplate, p.MissingAuthCmds, p.Config, p.PortColor, p.ConfigStatus, change.Signature, RowSignature.Version).ExecuteNonQuery();
            }

            Bind(C.PortHistory, kind, runId, runDate, change.RowId).ExecuteNonQuery();
        }

        private void ReplaceTables(DeviceFacts facts, string runId, string runDate)
        {
            var host = facts.Hostname;
            Bind(C.DeleteMacs, host).ExecuteNonQuery();
            Bind(C.DeleteNeighbors, host).ExecuteNonQuery();
            Bind(C.DeleteSpan, host).ExecuteNonQuery();
            foreach (var m in facts.MacEntries)
            {
                Bind(C.InsertMac, host, m.Vlan, m.Mac, m.Type, m.Port).ExecuteNonQuery();
            }

            foreach (var n in facts.Neighbors)
            {
                Bind(C.InsertNeighbor, host, n.Protocol, n.LocalPort, n.NeighborName, n.NeighborPort, n.Platform, n.MgmtAddress).ExecuteNonQuery();
            }

            foreach (var s in facts.SpanningTree)
            {
                Bind(C.InsertSpan, host, s.Vlan, s.RootSwitch, s.RootPort, s.Role, s.Upstream).ExecuteNonQuery();
                Bind(C.SpanHistory, host, runId, runDate, s.Vlan, s.RootSwitch, s.RootPort, s.Role, s.Upstream).ExecuteNonQuery();
            }
        }

        public long Commit(bool inventoryChanged)
        {
            try
            {
                if (inventoryChanged)
                {
                    Generation = (long)Bind(C.BumpGeneration, store.Site).ExecuteScalar()!;
                }

                transaction.Commit();
                done = true;
                return Generation;
            }
            catch (SqliteException e)
            {
                throw new StoreException($"Committing to {store.Path} failed: {e.Message}", e);
            }
        }

        private SqliteCommand Bind(SqliteCommand command, params ReadOnlySpan<object> values)
        {
            command.Transaction = transaction;
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] is string s ? RowSignature.Normalize(s) : values[i];
            }

            return command;
        }

        public void Dispose()
        {
            if (!done)
            {
                transaction.Rollback();
            }

            transaction.Dispose();
            siteLock.Dispose();
        }
    }
}
