using Npgsql;
using NpgsqlTypes;

namespace StateTrace.Engine.Storage.Postgres;

/// <summary>
/// One staged set of hosts: binary COPY of exactly the rows their <see cref="HostChanges"/> name into the temporary
/// tables, then the set-based statements that apply them (only those with rows to apply). Every string goes through
/// <see cref="PostgresText.Store"/>.
/// </summary>
internal sealed class PostgresStaging
{
    private readonly PostgresStatements statements;
    private readonly string site;
    private readonly List<(HostChanges Changes, RunStamp Run)> hosts;
    private readonly int devices;
    private readonly int ports;
    private readonly int deletes;
    private readonly int updates;
    private readonly int tablesHosts;
    private readonly int macs;
    private readonly int neighbors;
    private readonly int spans;

    public PostgresStaging(PostgresStatements statements, string site, List<(HostChanges Changes, RunStamp Run)> hosts)
    {
        this.statements = statements;
        this.site = site;
        this.hosts = hosts;
        foreach (var (changes, _) in hosts)
        {
            devices += changes.Device is null ? 0 : 1;
            ports += changes.Ports.Count;
            foreach (var change in changes.Ports)
            {
                deletes += change.Kind == ChangeKind.Delete ? 1 : 0;
                updates += change.Kind == ChangeKind.Update ? 1 : 0;
            }

            if (changes.TablesChanged)
            {
                tablesHosts++;
                macs += changes.Facts.MacEntries.Count;
                neighbors += changes.Facts.Neighbors.Count;
                spans += changes.Facts.SpanningTree.Count;
            }
        }
    }

    /// <summary>Staged inserts by their stored (hostname, port); the insert returns (id, hostname, port) for each.</summary>
    public Dictionary<(string Hostname, string Port), PortChange> Inserts { get; } = [];

    /// <summary>
    /// Creates the temporary tables this set needs, or empties those an earlier set of the same transaction created
    /// (<paramref name="created"/> remembers which), in one round trip.
    /// </summary>
    public void Prepare(NpgsqlConnection connection, NpgsqlTransaction transaction, HashSet<string> created)
    {
        var sql = new List<string>();
        foreach (var (table, rows) in (ReadOnlySpan<(string, int)>)[("st_host", hosts.Count), ("st_device", devices), ("st_port", ports),
            ("st_mac", macs), ("st_neighbor", neighbors), ("st_span", spans)])
        {
            if (rows > 0)
            {
                sql.Add(created.Add(table) ? PostgresStatements.CreateStaging[table] : "TRUNCATE pg_temp." + table);
            }
        }

        using var command = new NpgsqlCommand(string.Join(";\n", sql), connection, transaction);
        command.ExecuteNonQuery();
    }

    public void Copy(NpgsqlConnection connection)
    {
        CopyHosts(connection);
        if (devices > 0)
        {
            CopyDevices(connection);
        }

        if (ports > 0)
        {
            CopyPorts(connection);
        }

        if (macs > 0)
        {
            using var copy = connection.BeginBinaryImport(PostgresStatements.CopyMac);
            var seq = 0;
            foreach (var (changes, _) in ChangedTables())
            {
                foreach (var m in changes.Facts.MacEntries)
                {
                    copy.StartRow();
                    copy.Write(seq++, NpgsqlDbType.Integer);
                    Texts(copy, changes.Facts.Hostname, m.Vlan, m.Mac, m.Type, m.Port);
                }
            }

            copy.Complete();
        }

        if (neighbors > 0)
        {
            using var copy = connection.BeginBinaryImport(PostgresStatements.CopyNeighbor);
            var seq = 0;
            foreach (var (changes, _) in ChangedTables())
            {
                foreach (var n in changes.Facts.Neighbors)
                {
                    copy.StartRow();
                    copy.Write(seq++, NpgsqlDbType.Integer);
                    Texts(copy, changes.Facts.Hostname, n.Protocol, n.LocalPort, n.NeighborName, n.NeighborPort, n.Platform, n.MgmtAddress);
                }
            }

            copy.Complete();
        }

        if (spans > 0)
        {
            using var copy = connection.BeginBinaryImport(PostgresStatements.CopySpan);
            var seq = 0;
            foreach (var (changes, run) in ChangedTables())
            {
                foreach (var s in changes.Facts.SpanningTree)
                {
                    copy.StartRow();
                    copy.Write(seq++, NpgsqlDbType.Integer);
                    Texts(copy, changes.Facts.Hostname, s.Vlan, s.RootSwitch, s.RootPort, s.Role, s.Upstream, run.RunId);
                    copy.Write(run.RunDate.UtcDateTime, NpgsqlDbType.TimestampTz);
                }
            }

            copy.Complete();
        }
    }

    private void CopyHosts(NpgsqlConnection connection)
    {
        using var copy = connection.BeginBinaryImport(PostgresStatements.CopyHost);
        for (var seq = 0; seq < hosts.Count; seq++)
        {
            var (changes, run) = hosts[seq];
            copy.StartRow();
            copy.Write(seq, NpgsqlDbType.Integer);
            Texts(copy, changes.Facts.Hostname, changes.Ingestion.Hostname, changes.Ingestion.FileHash);
            copy.Write(changes.Ingestion.SourceLength, NpgsqlDbType.Bigint);
            copy.Write(changes.TablesChanged, NpgsqlDbType.Boolean);
            Texts(copy, changes.TablesSignature, run.RunId);
            copy.Write(run.RunDate.UtcDateTime, NpgsqlDbType.TimestampTz);
        }

        copy.Complete();
    }

    private void CopyDevices(NpgsqlConnection connection)
    {
        using var copy = connection.BeginBinaryImport(PostgresStatements.CopyDevice);
        var seq = 0;
        foreach (var (changes, run) in hosts)
        {
            if (changes.Device is not ChangeKind kind)
            {
                continue;
            }

            var d = changes.Facts;
            copy.StartRow();
            copy.Write(seq++, NpgsqlDbType.Integer);
            Texts(copy, kind.ToString(), d.Hostname, d.Make, d.Platform, d.Model, d.Version, d.Serial, d.Uptime, d.Location, d.Building,
                d.Floor, d.Room, d.Row, d.Rack);
            copy.Write(d.InterfaceCount, NpgsqlDbType.Integer);
            Texts(copy, d.AuthDefaultVlan, d.AuthBlock, changes.DeviceSignature, changes.TablesSignature, run.RunId);
            copy.Write(run.RunDate.UtcDateTime, NpgsqlDbType.TimestampTz);
        }

        copy.Complete();
    }

    private void CopyPorts(NpgsqlConnection connection)
    {
        using var copy = connection.BeginBinaryImport(PostgresStatements.CopyPort);
        var seq = 0;
        foreach (var (changes, run) in hosts)
        {
            var hostname = PostgresText.Store(changes.Facts.Hostname);
            foreach (var change in changes.Ports)
            {
                var port = PostgresText.Store(change.Port);
                copy.StartRow();
                copy.Write(seq++, NpgsqlDbType.Integer);
                Text(copy, change.Kind.ToString());
                copy.Write(change.RowId, NpgsqlDbType.Bigint);
                copy.Write(hostname, NpgsqlDbType.Text);
                copy.Write(port, NpgsqlDbType.Text);
                if (change.Kind == ChangeKind.Insert)
                {
                    Inserts.Add((hostname, port), change);
                }

                if (change.Facts is { } p)
                {
                    Texts(copy, p.PortSort, p.Name, p.Status, p.Vlan, p.Duplex, p.Speed, p.Type, p.Description, p.InterfaceMac,
                        p.LearnedMacs, p.AuthState, p.AuthMode, p.AuthClientMac, p.AuthVlan, p.AuthTemplate, p.MissingAuthCmds,
                        p.Config, p.PortColor, p.ConfigStatus, change.Signature);
                }
                else
                {
                    // A delete needs only its id; its history row copies the stored row.
                    for (var i = 0; i < PostgresStatements.PortColumns.Length; i++)
                    {
                        copy.WriteNull();
                    }
                }

                Text(copy, run.RunId);
                copy.Write(run.RunDate.UtcDateTime, NpgsqlDbType.TimestampTz);
            }
        }

        copy.Complete();
    }

    /// <summary>The hosts whose MAC, neighbour and spanning-tree rows are replaced, in staging order.</summary>
    private IEnumerable<(HostChanges Changes, RunStamp Run)> ChangedTables()
    {
        foreach (var host in hosts)
        {
            if (host.Changes.TablesChanged)
            {
                yield return host;
            }
        }
    }

    /// <summary>
    /// The statements for what was staged, in dependency order. Only the port insert returns rows, so its result set
    /// is the reader's first.
    /// </summary>
    public void AddStatements(NpgsqlBatch batch)
    {
        if (devices > 0)
        {
            Add(batch, statements.UpsertDevice);
            Add(batch, statements.DeviceHistory);
        }

        if (deletes > 0)
        {
            Add(batch, statements.DeletePorts);
        }

        if (updates > 0)
        {
            Add(batch, statements.UpdatePorts);
        }

        if (Inserts.Count > 0)
        {
            Add(batch, statements.InsertHistory);
            Add(batch, statements.InsertPorts);
        }

        if (tablesHosts > 0)
        {
            Add(batch, statements.TablesSignature);
            foreach (var delete in statements.ReplaceTables)
            {
                Add(batch, delete);
            }

            if (macs > 0)
            {
                Add(batch, statements.InsertMacs);
            }

            if (neighbors > 0)
            {
                Add(batch, statements.InsertNeighbors);
            }

            if (spans > 0)
            {
                Add(batch, statements.InsertSpans);
                Add(batch, statements.SpanHistory);
            }
        }

        Add(batch, statements.UpsertIngestion);
    }

    private void Add(NpgsqlBatch batch, string sql)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = site });
        if (sql.Contains("$2", StringComparison.Ordinal))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = RowSignature.Version });
        }

        batch.BatchCommands.Add(command);
    }

    private static void Text(NpgsqlBinaryImporter copy, string? value) => copy.Write(PostgresText.Store(value), NpgsqlDbType.Text);

    private static void Texts(NpgsqlBinaryImporter copy, params ReadOnlySpan<string> values)
    {
        foreach (var value in values)
        {
            Text(copy, value);
        }
    }
}
