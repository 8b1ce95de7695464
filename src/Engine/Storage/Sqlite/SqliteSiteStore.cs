using System.Globalization;
using Microsoft.Data.Sqlite;
using StateTrace.Engine.Input;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Sites;

namespace StateTrace.Engine.Storage.Sqlite;

/// <summary>
/// The default store: one SQLite file per site (<c>Data/&lt;Site&gt;/&lt;Site&gt;.sqlite</c>), WAL, one prepared command
/// per statement reused for every host, and <c>BEGIN IMMEDIATE</c> with a busy timeout so two processes on one
/// site take turns instead of failing.
/// </summary>
internal sealed class SqliteSiteStore : ISiteStore
{
    private static readonly string[] DeviceColumns =
    [
        "Site", "Make", "Platform", "Model", "Version", "Serial", "Uptime", "Location", "Building", "Floor", "Room",
        "Row", "Rack", "Ports", "AuthDefaultVLAN", "AuthBlock", "Signature", "SignatureVersion", "RunId", "RunDate",
    ];

    private static readonly string[] PortColumns =
    [
        "PortSort", "Name", "Status", "VLAN", "Duplex", "Speed", "Type", "Description", "InterfaceMAC", "LearnedMACs",
        "AuthState", "AuthMode", "AuthClientMAC", "AuthVLAN", "AuthTemplate", "MissingAuthCmds", "Config", "PortColor",
        "ConfigStatus", "Signature", "SignatureVersion",
    ];

    private readonly SqliteConnection connection;
    private readonly SqliteCommand findIngestion;
    private readonly SqliteCommand findDevice;
    private readonly SqliteCommand upsertDevice;
    private readonly SqliteCommand loadPorts;
    private readonly SqliteCommand insertPort;
    private readonly SqliteCommand updatePort;
    private readonly SqliteCommand deletePort;
    private readonly SqliteCommand upsertIngestion;

    private SqliteSiteStore(string site, string path, SqliteConnection connection)
    {
        Site = site;
        Path = path;
        this.connection = connection;
        findIngestion = Prepare("SELECT FileHash, SourceLength, LastIngestedUtc, RunId FROM IngestionHistory WHERE Hostname = $Hostname", "Hostname");
        findDevice = Prepare("SELECT Signature, SignatureVersion FROM DeviceSummary WHERE Hostname = $Hostname", "Hostname");
        upsertDevice = Prepare(
            $"INSERT INTO DeviceSummary (Hostname, {string.Join(", ", DeviceColumns)}) VALUES ($Hostname, {Params(DeviceColumns)}) " +
            $"ON CONFLICT (Hostname) DO UPDATE SET {string.Join(", ", DeviceColumns.Select(c => $"{c} = excluded.{c}"))}",
            ["Hostname", .. DeviceColumns]);
        loadPorts = Prepare("SELECT ID, Port, Signature, SignatureVersion FROM Interfaces WHERE Hostname = $Hostname", "Hostname");
        insertPort = Prepare(
            $"INSERT INTO Interfaces (Hostname, Port, {string.Join(", ", PortColumns)}) VALUES ($Hostname, $Port, {Params(PortColumns)})",
            ["Hostname", "Port", .. PortColumns]);
        updatePort = Prepare(
            $"UPDATE Interfaces SET Port = $Port, {string.Join(", ", PortColumns.Select(c => $"{c} = ${c}"))} WHERE ID = $ID",
            ["ID", "Port", .. PortColumns]);
        deletePort = Prepare("DELETE FROM Interfaces WHERE ID = $ID", "ID");
        upsertIngestion = Prepare(
            "INSERT INTO IngestionHistory (Hostname, Site, FileHash, SourceLength, LastIngestedUtc, RunId) " +
            "VALUES ($Hostname, $Site, $FileHash, $SourceLength, $LastIngestedUtc, $RunId) " +
            "ON CONFLICT (Hostname) DO UPDATE SET Site = excluded.Site, FileHash = excluded.FileHash, " +
            "SourceLength = excluded.SourceLength, LastIngestedUtc = excluded.LastIngestedUtc, RunId = excluded.RunId",
            "Hostname", "Site", "FileHash", "SourceLength", "LastIngestedUtc", "RunId");
    }

    public string Site { get; }

    public string Path { get; }

    /// <summary>Where a site's database lives under a data folder.</summary>
    public static string PathFor(string dataDirectory, string site)
    {
        var safe = SiteNames.ForPath(site);
        return System.IO.Path.Combine(dataDirectory, safe, safe + ".sqlite");
    }

    public static SqliteSiteStore Open(string dataDirectory, string site)
    {
        var path = PathFor(dataDirectory, site);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
                DefaultTimeout = 60,
            }.ToString());
            connection.Open();
            using (var pragma = connection.CreateCommand())
            {
                // WAL lets readers (reports, a second process's skip checks) run while a host is written.
                pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 60000; PRAGMA foreign_keys = OFF;";
                pragma.ExecuteNonQuery();
            }

            SqliteSchema.Migrate(connection);
            return new SqliteSiteStore(site, path, connection);
        }
        catch (SqliteException e)
        {
            throw new StoreException($"The SQLite store for site {site} at {path} could not be opened: {e.Message}", e);
        }
    }

    public IngestionRecord? FindIngestion(string hostname)
    {
        findIngestion.Transaction = null;
        findIngestion.Parameters[0].Value = hostname;
        using var reader = findIngestion.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new IngestionRecord(
            hostname,
            reader.GetString(0),
            reader.GetInt64(1),
            DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            reader.GetString(3));
    }

    public WriteCounts WriteHost(DeviceFacts facts, HostSlice slice, string runId, DateTimeOffset runDate)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        try
        {
            var deviceChanged = WriteDevice(transaction, facts, runId, runDate);
            var counts = WritePorts(transaction, facts);
            Bind(upsertIngestion, transaction, slice.Hostname, Site, slice.Hash, slice.Length,
                runDate.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), runId);
            upsertIngestion.ExecuteNonQuery();
            transaction.Commit();
            return counts with { DeviceChanged = deviceChanged };
        }
        catch (SqliteException e)
        {
            throw new StoreException($"Writing host {facts.Hostname} to {Path} failed: {e.Message}", e);
        }
    }

    private bool WriteDevice(SqliteTransaction transaction, DeviceFacts facts, string runId, DateTimeOffset runDate)
    {
        var signature = RowSignature.Of(facts);
        findDevice.Transaction = transaction;
        findDevice.Parameters[0].Value = facts.Hostname;
        using (var reader = findDevice.ExecuteReader())
        {
            if (reader.Read() && reader.GetString(0) == signature && reader.GetInt32(1) == RowSignature.Version)
            {
                return false;
            }
        }

        Bind(upsertDevice, transaction, facts.Hostname, facts.Site, facts.Make, facts.Platform, facts.Model, facts.Version,
            facts.Serial, facts.Uptime, facts.Location, facts.Building, facts.Floor, facts.Room, facts.Row, facts.Rack,
            facts.InterfaceCount, facts.AuthDefaultVlan, facts.AuthBlock, signature, RowSignature.Version, runId,
            runDate.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        upsertDevice.ExecuteNonQuery();
        return true;
    }

    private WriteCounts WritePorts(SqliteTransaction transaction, DeviceFacts facts)
    {
        var existing = new Dictionary<string, (long Id, string Signature, int Version)>(StringComparer.OrdinalIgnoreCase);
        loadPorts.Transaction = transaction;
        loadPorts.Parameters[0].Value = facts.Hostname;
        using (var reader = loadPorts.ExecuteReader())
        {
            while (reader.Read())
            {
                existing[reader.GetString(1)] = (reader.GetInt64(0), reader.GetString(2), reader.GetInt32(3));
            }
        }

        int inserted = 0, updated = 0, unchanged = 0;
        foreach (var port in facts.Interfaces)
        {
            var key = RowSignature.Normalize(port.Port);
            var signature = RowSignature.Of(port);
            if (existing.Remove(key, out var row))
            {
                if (row.Signature == signature && row.Version == RowSignature.Version)
                {
                    unchanged++;
                    continue;
                }

                BindPort(updatePort, transaction, row.Id, port, signature);
                updatePort.ExecuteNonQuery();
                updated++;
            }
            else
            {
                BindPort(insertPort, transaction, facts.Hostname, port, signature);
                insertPort.ExecuteNonQuery();
                inserted++;
            }
        }

        deletePort.Transaction = transaction;
        foreach (var gone in existing.Values)
        {
            deletePort.Parameters[0].Value = gone.Id;
            deletePort.ExecuteNonQuery();
        }

        return new WriteCounts(inserted, updated, existing.Count, unchanged, false);
    }

    private static void BindPort(SqliteCommand command, SqliteTransaction transaction, object key, InterfaceFacts p, string signature) =>
        Bind(command, transaction, key, p.Port, p.PortSort, p.Name, p.Status, p.Vlan, p.Duplex, p.Speed, p.Type, p.Description,
            p.InterfaceMac, p.LearnedMacs, p.AuthState, p.AuthMode, p.AuthClientMac, p.AuthVlan, p.AuthTemplate,
            p.MissingAuthCmds, p.Config, p.PortColor, p.ConfigStatus, signature, RowSignature.Version);

    private static void Bind(SqliteCommand command, SqliteTransaction transaction, params ReadOnlySpan<object> values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] is string s ? RowSignature.Normalize(s) : values[i];
        }
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter("$" + name, null));
        }

        return command;
    }

    private static string Params(string[] columns) => string.Join(", ", columns.Select(c => "$" + c));

    public void Dispose()
    {
        foreach (var command in new[] { findIngestion, findDevice, upsertDevice, loadPorts, insertPort, updatePort, deletePort, upsertIngestion })
        {
            command.Dispose();
        }

        connection.Dispose();
    }
}
