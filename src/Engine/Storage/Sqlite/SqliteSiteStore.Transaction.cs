using System.Runtime.CompilerServices;
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
                host.Ports[index.Intern(ports.GetString(1))] = new PortIndex(ports.GetInt64(2), signature);
            }

            return index;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Apply(HostChanges changes, RunStamp run)
        {
            var facts = changes.Facts;
            var runDate = run.RunDate.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
            try
            {
                if (changes.Device is ChangeKind kind)
                {
                    C.UpsertDevice.Bind(facts.Hostname, facts.Site, facts.Make, facts.Platform, facts.Model, facts.Version,
                        facts.Serial, facts.Uptime, facts.Location, facts.Building, facts.Floor, facts.Room, facts.Row, facts.Rack,
                        facts.InterfaceCount, facts.AuthDefaultVlan, facts.AuthBlock, changes.DeviceSignature, RowSignature.Version,
                        changes.TablesSignature, run.RunId, runDate).Execute();
                    C.DeviceHistory.Bind(kind.ToString(), run.RunId, runDate, facts.Hostname).Execute();
                }

                long firstInsert = 0;
                foreach (var change in changes.Ports)
                {
                    ApplyPort(facts.Hostname, change, run.RunId, runDate);
                    if (change.Kind == ChangeKind.Insert && firstInsert == 0)
                    {
                        firstInsert = change.RowId;
                    }
                }

                if (firstInsert != 0)
                {
                    // One statement copies every row this host just inserted into the history: new rows have the
                    // highest ids, so (host, id >= first new id) selects exactly them.
                    C.HostInsertHistory.Bind(run.RunId, runDate, facts.Hostname, firstInsert).Execute();
                }

                if (changes.TablesChanged)
                {
                    ReplaceTables(facts, run.RunId, runDate);
                    if (changes.Device is null)
                    {
                        // The device row is unchanged, but its stored tables signature must follow the new tables.
                        C.UpdateTablesSignature.Bind(changes.TablesSignature, facts.Hostname).Execute();
                    }
                }

                if (changes.IngestionUnchanged)
                {
                    return;
                }

                C.UpsertIngestion.Bind(changes.Ingestion.Hostname, store.Site, changes.Ingestion.FileHash,
                    changes.Ingestion.SourceLength, runDate, run.RunId).Execute();
            }
            catch (SqliteException e)
            {
                throw new StoreException($"Writing host {facts.Hostname} to {store.Path} failed: {e.Message}", e);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ApplyPort(string hostname, PortChange change, string runId, string runDate)
        {
            var kind = change.Kind.ToString();
            if (change.Kind == ChangeKind.Delete)
            {
                C.PortHistory.Bind(kind, runId, runDate, change.RowId).Execute();
                C.DeletePort.Bind(change.RowId).Execute();
                return;
            }

            var p = change.Facts!;
            if (change.Kind == ChangeKind.Insert)
            {
                change.RowId = C.InsertPort.Bind(hostname, change.Port, p.PortSort, p.Name, p.Status, p.Vlan, p.Duplex, p.Speed,
                    p.Type, p.Description, p.InterfaceMac, p.LearnedMacs, p.AuthState, p.AuthMode, p.AuthClientMac, p.AuthVlan,
                    p.AuthTemplate, p.MissingAuthCmds, p.Config, p.PortColor, p.ConfigStatus, change.Signature, RowSignature.Version).ExecuteInt64();
                return;
            }
            else
            {
                C.UpdatePort.Bind(change.RowId, change.Port, p.PortSort, p.Name, p.Status, p.Vlan, p.Duplex, p.Speed,
                    p.Type, p.Description, p.InterfaceMac, p.LearnedMacs, p.AuthState, p.AuthMode, p.AuthClientMac, p.AuthVlan,
                    p.AuthTemplate, p.MissingAuthCmds, p.Config, p.PortColor, p.ConfigStatus, change.Signature, RowSignature.Version).Execute();
            }

            C.PortHistory.Bind(kind, runId, runDate, change.RowId).Execute();
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ReplaceTables(DeviceFacts facts, string runId, string runDate)
        {
            var host = facts.Hostname;
            C.DeleteMacs.Bind(host).Execute();
            C.DeleteNeighbors.Bind(host).Execute();
            C.DeleteSpan.Bind(host).Execute();
            foreach (var m in facts.MacEntries)
            {
                C.Macs.Add(host, m.Vlan, m.Mac, m.Type, m.Port);
            }

            foreach (var n in facts.Neighbors)
            {
                C.Neighbors.Add(host, n.Protocol, n.LocalPort, n.NeighborName, n.NeighborPort, n.Platform, n.MgmtAddress);
            }

            foreach (var s in facts.SpanningTree)
            {
                C.Span.Add(host, s.Vlan, s.RootSwitch, s.RootPort, s.Role, s.Upstream);
                C.SpanHistory.Add(host, runId, runDate, s.Vlan, s.RootSwitch, s.RootPort, s.Role, s.Upstream);
            }

            C.Macs.Flush();
            C.Neighbors.Flush();
            C.Span.Flush();
            C.SpanHistory.Flush();
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public long Commit(bool inventoryChanged)
        {
            try
            {
                if (inventoryChanged)
                {
                    Generation = C.BumpGeneration.Bind(store.Site).ExecuteInt64();
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
