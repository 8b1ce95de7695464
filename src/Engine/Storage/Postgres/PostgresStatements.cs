namespace StateTrace.Engine.Storage.Postgres;

/// <summary>
/// The set-based statements a commit runs against the staging tables, built once per schema. <c>$1</c> is always
/// the site, <c>$2</c> the signature version. Deletes run before inserts, so a port that vanished and came back
/// under another spelling never collides with its old row; history rows copy the row as written (for an insert, the
/// staged values it was written from; for a delete, the row as it was). Staging tables have no statistics, so no
/// statement joins two of them or a staging table to a fresh insert: joins go to the stored tables' indexes.
/// </summary>
internal sealed class PostgresStatements
{
    public static readonly string[] DeviceColumns =
    [
        "make", "platform", "model", "version", "serial", "uptime", "location", "building", "floor", "room", "row", "rack",
        "ports", "authdefaultvlan", "authblock",
    ];

    public static readonly string[] PortColumns =
    [
        "portsort", "name", "status", "vlan", "duplex", "speed", "type", "description", "interfacemac", "learnedmacs",
        "authstate", "authmode", "authclientmac", "authvlan", "authtemplate", "missingauthcmds", "config", "portcolor",
        "configstatus", "signature",
    ];

    /// <summary>
    /// Temporary tables by name, dropped with the transaction; their column order is the COPY order. Only those a
    /// staged set needs are created (a commit of unchanged hosts needs only <c>st_host</c>).
    /// </summary>
    public static readonly Dictionary<string, string> CreateStaging = new(StringComparer.Ordinal)
    {
        ["st_host"] = """
            CREATE TEMP TABLE st_host (seq integer, hostname text, ihostname text, filehash text, sourcelength bigint,
                tableschanged boolean, tablessignature text, runid text, rundate timestamptz) ON COMMIT DROP
            """,
        ["st_device"] = $"""
            CREATE TEMP TABLE st_device (seq integer, kind text, hostname text, {Typed(DeviceColumns)}, signature text,
                tablessignature text, runid text, rundate timestamptz) ON COMMIT DROP
            """,
        ["st_port"] = $"""
            CREATE TEMP TABLE st_port (seq integer, kind text, id bigint, hostname text, port text, {Typed(PortColumns)},
                runid text, rundate timestamptz) ON COMMIT DROP
            """,
        ["st_mac"] = "CREATE TEMP TABLE st_mac (seq integer, hostname text, vlan text, mac text, type text, port text) ON COMMIT DROP",
        ["st_neighbor"] = """
            CREATE TEMP TABLE st_neighbor (seq integer, hostname text, protocol text, localport text, neighborname text,
                neighborport text, platform text, mgmtaddress text) ON COMMIT DROP
            """,
        ["st_span"] = """
            CREATE TEMP TABLE st_span (seq integer, hostname text, vlan text, rootswitch text, rootport text, role text,
                upstream text, runid text, rundate timestamptz) ON COMMIT DROP
            """,
    };

    public static readonly string CopyHost =
        "COPY pg_temp.st_host (seq, hostname, ihostname, filehash, sourcelength, tableschanged, tablessignature, runid, rundate) FROM STDIN (FORMAT BINARY)";

    public static readonly string CopyDevice =
        $"COPY pg_temp.st_device (seq, kind, hostname, {List(DeviceColumns)}, signature, tablessignature, runid, rundate) FROM STDIN (FORMAT BINARY)";

    public static readonly string CopyPort =
        $"COPY pg_temp.st_port (seq, kind, id, hostname, port, {List(PortColumns)}, runid, rundate) FROM STDIN (FORMAT BINARY)";

    public const string CopyMac = "COPY pg_temp.st_mac (seq, hostname, vlan, mac, type, port) FROM STDIN (FORMAT BINARY)";

    public const string CopyNeighbor =
        "COPY pg_temp.st_neighbor (seq, hostname, protocol, localport, neighborname, neighborport, platform, mgmtaddress) FROM STDIN (FORMAT BINARY)";

    public const string CopySpan =
        "COPY pg_temp.st_span (seq, hostname, vlan, rootswitch, rootport, role, upstream, runid, rundate) FROM STDIN (FORMAT BINARY)";

    public PostgresStatements(string s)
    {
        var device = List(DeviceColumns);
        var port = List(PortColumns);
        UpsertDevice = $"""
            INSERT INTO {s}.devicesummary (site, hostname, {device}, signature, signatureversion, tablessignature, runid, rundate)
            SELECT $1, hostname, {device}, signature, $2, tablessignature, runid, rundate FROM pg_temp.st_device ORDER BY seq
            ON CONFLICT (site, lower(hostname)) DO UPDATE SET {Assign(DeviceColumns, "excluded")}, signature = excluded.signature,
                signatureversion = excluded.signatureversion, tablessignature = excluded.tablessignature,
                runid = excluded.runid, rundate = excluded.rundate
            """;
        DeviceHistory = $"""
            INSERT INTO {s}.devicehistory (site, hostname, changekind, runid, rundate, {device})
            SELECT d.site, d.hostname, sd.kind, sd.runid, sd.rundate, {List(DeviceColumns, "d.")}
            FROM pg_temp.st_device sd JOIN {s}.devicesummary d ON d.site = $1 AND lower(d.hostname) = lower(sd.hostname)
            ORDER BY sd.seq
            """;
        TablesSignature = $"""
            UPDATE {s}.devicesummary d SET tablessignature = h.tablessignature FROM pg_temp.st_host h
            WHERE h.tableschanged AND d.site = $1 AND lower(d.hostname) = lower(h.hostname)
            """;
        DeletePorts = $"""
            WITH gone AS (
                DELETE FROM {s}.interfaces i USING pg_temp.st_port sp
                WHERE sp.kind = 'Delete' AND i.id = sp.id AND i.site = $1
                RETURNING i.*, sp.seq AS h_seq, sp.runid AS h_runid, sp.rundate AS h_rundate)
            INSERT INTO {s}.interfacehistory (site, hostname, port, changekind, runid, rundate, {port})
            SELECT site, hostname, port, 'Delete', h_runid, h_rundate, {port} FROM gone ORDER BY h_seq
            """;
        UpdatePorts = $"""
            WITH changed AS (
                UPDATE {s}.interfaces i SET port = sp.port, {Assign(PortColumns, "sp")}, signatureversion = $2
                FROM pg_temp.st_port sp WHERE sp.kind = 'Update' AND i.id = sp.id AND i.site = $1
                RETURNING i.*, sp.seq AS h_seq, sp.runid AS h_runid, sp.rundate AS h_rundate)
            INSERT INTO {s}.interfacehistory (site, hostname, port, changekind, runid, rundate, {port})
            SELECT site, hostname, port, 'Update', h_runid, h_rundate, {port} FROM changed ORDER BY h_seq
            """;
        InsertPorts = $"""
            INSERT INTO {s}.interfaces (site, hostname, port, {port}, signatureversion)
            SELECT $1, hostname, port, {port}, $2 FROM pg_temp.st_port WHERE kind = 'Insert' ORDER BY seq
            RETURNING id, hostname, port
            """;
        InsertHistory = $"""
            INSERT INTO {s}.interfacehistory (site, hostname, port, changekind, runid, rundate, {port})
            SELECT $1, hostname, port, 'Insert', runid, rundate, {port} FROM pg_temp.st_port WHERE kind = 'Insert' ORDER BY seq
            """;
        ReplaceTables = [.. new[] { "macentries", "neighbors", "spaninfo" }.Select(table => $"""
            DELETE FROM {s}.{table} t USING pg_temp.st_host h
            WHERE h.tableschanged AND t.site = $1 AND lower(t.hostname) = lower(h.hostname)
            """)];
        InsertMacs = $"INSERT INTO {s}.macentries (site, hostname, vlan, mac, type, port) SELECT $1, hostname, vlan, mac, type, port FROM pg_temp.st_mac ORDER BY seq";
        InsertNeighbors = $"""
            INSERT INTO {s}.neighbors (site, hostname, protocol, localport, neighborname, neighborport, platform, mgmtaddress)
            SELECT $1, hostname, protocol, localport, neighborname, neighborport, platform, mgmtaddress FROM pg_temp.st_neighbor ORDER BY seq
            """;
        InsertSpans = $"""
            INSERT INTO {s}.spaninfo (site, hostname, vlan, rootswitch, rootport, role, upstream)
            SELECT $1, hostname, vlan, rootswitch, rootport, role, upstream FROM pg_temp.st_span ORDER BY seq
            """;
        SpanHistory = $"""
            INSERT INTO {s}.spanhistory (site, hostname, runid, rundate, vlan, rootswitch, rootport, role, upstream)
            SELECT $1, hostname, runid, rundate, vlan, rootswitch, rootport, role, upstream FROM pg_temp.st_span ORDER BY seq
            """;
        UpsertIngestion = $"""
            INSERT INTO {s}.ingestionhistory (site, hostname, filehash, sourcelength, lastingestedutc, runid)
            SELECT $1, ihostname, filehash, sourcelength, rundate, runid FROM pg_temp.st_host ORDER BY seq
            ON CONFLICT (site, lower(hostname)) DO UPDATE SET filehash = excluded.filehash, sourcelength = excluded.sourcelength,
                lastingestedutc = excluded.lastingestedutc, runid = excluded.runid
            """;
        ReadGeneration = $"SELECT generation FROM {s}.sitegeneration WHERE site = $1";
        BumpGeneration = $"""
            INSERT INTO {s}.sitegeneration (site, generation) VALUES ($1, 1)
            ON CONFLICT (site) DO UPDATE SET generation = {s}.sitegeneration.generation + 1 RETURNING generation
            """;
        LoadDevices = $"SELECT hostname, signature, signatureversion, tablessignature FROM {s}.devicesummary WHERE site = $1";
        LoadPorts = $"SELECT hostname, port, id, signature, signatureversion FROM {s}.interfaces WHERE site = $1";
        FindIngestion = $"SELECT hostname, filehash, sourcelength, lastingestedutc, runid FROM {s}.ingestionhistory WHERE site = $1 AND lower(hostname) = lower($2)";
    }

    public string UpsertDevice { get; }
    public string DeviceHistory { get; }
    public string TablesSignature { get; }
    public string DeletePorts { get; }
    public string UpdatePorts { get; }
    public string InsertPorts { get; }
    public string InsertHistory { get; }
    public string[] ReplaceTables { get; }
    public string InsertMacs { get; }
    public string InsertNeighbors { get; }
    public string InsertSpans { get; }
    public string SpanHistory { get; }
    public string UpsertIngestion { get; }
    public string ReadGeneration { get; }
    public string BumpGeneration { get; }
    public string LoadDevices { get; }
    public string LoadPorts { get; }
    public string FindIngestion { get; }

    private static string List(string[] columns, string prefix = "") => string.Join(", ", columns.Select(c => prefix + c));

    private static string Typed(string[] columns) => string.Join(", ", columns.Select(c => c + (c == "ports" ? " integer" : " text")));

    private static string Assign(string[] columns, string source) => string.Join(", ", columns.Select(c => $"{c} = {source}.{c}"));
}
