using Npgsql;

namespace StateTrace.Engine.Storage.Postgres;

internal sealed partial class PostgresSiteStore
{
    /// <summary>
    /// One write transaction on a pooled connection. <see cref="Apply"/> only gathers; the gathered hosts are written
    /// at <see cref="Commit"/> (or earlier, when a host comes twice or the index is read, so order is kept). Ingestion
    /// records applied here are answered from memory. Disposing without commit rolls everything back.
    /// </summary>
    private sealed class Transaction : ISiteTransaction
    {
        private readonly PostgresSiteStore store;
        private readonly NpgsqlConnection connection;
        private readonly NpgsqlTransaction transaction;
        private readonly List<(HostChanges Changes, RunStamp Run)> pending = [];
        private readonly HashSet<string> pendingHosts = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> pendingIngestions = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, IngestionRecord> applied = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> stagingCreated = new(StringComparer.Ordinal);
        private bool done;

        public Transaction(PostgresSiteStore store, NpgsqlConnection connection, NpgsqlTransaction transaction, long generation)
        {
            this.store = store;
            this.connection = connection;
            this.transaction = transaction;
            Generation = generation;
        }

        public long Generation { get; private set; }

        public IngestionRecord? FindIngestion(string hostname)
        {
            if (applied.TryGetValue(hostname, out var record))
            {
                return record;
            }

            return Guard($"reading the ingestion record of {hostname}", () => store.ReadIngestion(connection, transaction, hostname));
        }

        public SiteIndex LoadIndex()
        {
            Flush(null);
            return Guard("loading the site index", () =>
            {
                var index = new SiteIndex(store.Site, Generation);
                using var batch = new NpgsqlBatch(connection, transaction);
                foreach (var sql in (ReadOnlySpan<string>)[store.statements.LoadDevices, store.statements.LoadPorts])
                {
                    var command = new NpgsqlBatchCommand(sql);
                    Bind(command, store.siteKey);
                    batch.BatchCommands.Add(command);
                }

                using var reader = batch.ExecuteReader();
                while (reader.Read())
                {
                    // A row signed by another signature version never matches, so it is rewritten once.
                    var current = reader.GetInt32(2) == RowSignature.Version;
                    index.Hosts[PostgresText.Decode(reader.GetString(0))] = new HostIndex
                    {
                        DeviceSignature = current ? reader.GetString(1) : "",
                        TablesSignature = current ? reader.GetString(3) : "",
                    };
                }

                reader.NextResult();
                while (reader.Read())
                {
                    var hostname = PostgresText.Decode(reader.GetString(0));
                    if (!index.Hosts.TryGetValue(hostname, out var host))
                    {
                        host = new HostIndex();
                        index.Hosts[hostname] = host;
                    }

                    var signature = reader.GetInt32(4) == RowSignature.Version ? reader.GetString(3) : "";
                    host.Ports[index.Intern(PostgresText.Decode(reader.GetString(1)))] = new PortIndex(reader.GetInt64(2), signature);
                }

                return index;
            });
        }

        public void Apply(HostChanges changes, RunStamp run)
        {
            ObjectDisposedException.ThrowIf(done, this);

            // One host once per staged set: a second write of it must see the first one's rows.
            if (pendingHosts.Contains(changes.Facts.Hostname) || pendingIngestions.Contains(changes.Ingestion.Hostname))
            {
                Flush(null);
            }

            pendingHosts.Add(changes.Facts.Hostname);
            pendingIngestions.Add(changes.Ingestion.Hostname);

            pending.Add((changes, run));
            var ingestion = changes.Ingestion;
            applied[ingestion.Hostname] = new IngestionRecord(
                RowSignature.Normalize(ingestion.Hostname), RowSignature.Normalize(ingestion.FileHash), ingestion.SourceLength,
                AsStored(run.RunDate), RowSignature.Normalize(run.RunId));
        }

        public long Commit(bool inventoryChanged)
        {
            ObjectDisposedException.ThrowIf(done, this);
            if (pending.Count == 0 && !inventoryChanged && stagingCreated.Count == 0)
            {
                // Nothing was written (every host skipped): nothing to guard, just end the transaction.
                Guard("committing", () =>
                {
                    transaction.Commit();
                    return 0;
                });
                done = true;
                return Generation;
            }

            var final = inventoryChanged
                ? $"WITH bump AS ({store.statements.BumpGeneration}) SELECT (SELECT generation FROM bump), {LockHeldSql("$2", "$3", "$4")}"
                : $"SELECT NULL::bigint, {LockHeldSql("$2", "$3", "$4")}";
            var check = new NpgsqlBatchCommand(final);
            Bind(check, store.siteKey, PostgresSiteLock.SiteLockClass, store.siteLock.Key, store.siteLock.HolderPid);
            var (generation, held) = Flush(check);
            if (!held)
            {
                throw new StoreException($"The lock of site {store.Site} in PostgreSQL schema {store.Schema} was lost before commit (its session ended); nothing was written.");
            }

            Guard("committing", () =>
            {
                transaction.Commit();
                return 0;
            });
            done = true;
            if (generation is long bumped)
            {
                Generation = bumped;
            }

            return Generation;
        }

        /// <summary>Writes the gathered hosts; runs <paramref name="final"/> last in the same round trip and returns its row.</summary>
        private (long? Generation, bool LockHeld) Flush(NpgsqlBatchCommand? final)
        {
            if (pending.Count == 0 && final is null)
            {
                return (null, true);
            }

            return Guard("writing " + pending.Count + " hosts", () =>
            {
                var staged = new PostgresStaging(store.statements, store.siteKey, pending);
                if (pending.Count > 0)
                {
                    staged.Prepare(connection, transaction, stagingCreated);
                    staged.Copy(connection);
                }

                using var batch = new NpgsqlBatch(connection, transaction);
                staged.AddStatements(batch);
                if (final is not null)
                {
                    batch.BatchCommands.Add(final);
                }

                (long? Generation, bool LockHeld) result = (null, true);
                using (var reader = batch.ExecuteReader())
                {
                    if (staged.Inserts.Count > 0)
                    {
                        while (reader.Read())
                        {
                            staged.Inserts[(reader.GetString(1), reader.GetString(2))].RowId = reader.GetInt64(0);
                        }

                        reader.NextResult();
                    }

                    if (final is not null && reader.Read())
                    {
                        result = (reader.IsDBNull(0) ? null : reader.GetInt64(0), reader.GetBoolean(1));
                    }
                }

                pending.Clear();
                pendingHosts.Clear();
                pendingIngestions.Clear();
                return result;
            });
        }

        /// <summary>timestamptz keeps microseconds: the in-memory record carries what a read would return.</summary>
        private static DateTimeOffset AsStored(DateTimeOffset value)
        {
            var utc = value.UtcTicks;
            return new DateTimeOffset(utc - (utc % 10), TimeSpan.Zero);
        }

        private T Guard<T>(string what, Func<T> action)
        {
            try
            {
                return action();
            }
            catch (NpgsqlException e)
            {
                throw new StoreException($"Writing site {store.Site} to PostgreSQL schema {store.Schema} failed while {what}: {Reason(e)}.", e);
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
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
                {
                    // A broken connection has rolled back already; the pool discards it on dispose.
                }
            }

            transaction.Dispose();
            connection.Dispose();
            store.siteLock.Release();
        }
    }
}
