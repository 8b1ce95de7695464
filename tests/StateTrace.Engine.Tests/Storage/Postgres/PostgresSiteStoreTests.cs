using System.Globalization;
using Npgsql;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Storage.Postgres;

namespace StateTrace.Engine.Tests.Storage.Postgres;

/// <summary>The contract on PostgreSQL, plus what only a shared server has: schemas, advisory locks, COPY, NUL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSiteStoreTests(PostgresServer server) : SiteStoreContract, IDisposable
{
    // Each test has its own schema, so nothing leaks between tests and none depends on another's order.
    private readonly string schema = "st_test_" + Guid.NewGuid().ToString("N")[..16];

    internal override ISiteStore Open(string site) => OpenStore(site);

    private PostgresSiteStore OpenStore(string site, string? inSchema = null, TimeSpan? lockTimeout = null) =>
        PostgresSiteStore.Open(server.ConnectionString, inSchema ?? schema, site, lockTimeout);

    /// <summary>Plain SQL against the test's schema; text comes back through the provider's NUL decoding.</summary>
    protected override List<Dictionary<string, string>> Query(string site, string sql) => Rows(schema, sql, decode: true);

    private List<Dictionary<string, string>> Rows(string inSchema, string sql, bool decode)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { SearchPath = inSchema }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.GetValue(i);
                row[reader.GetName(i).ToLowerInvariant()] = value is string text && decode
                    ? PostgresText.Decode(text)
                    : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(row);
        }

        return rows;
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(server.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (PostgresSchema.IsValidName(schema))
        {
            try
            {
                Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE");
            }
            catch (InvalidOperationException)
            {
                // No server: the test itself has failed saying so.
            }
        }
    }

    [Fact]
    public void Open_NewSchema_MigratesOnceAndKeepsStoreId()
    {
        string first;
        using (var store = Open("WLLS"))
        {
            first = store.Identity.StoreId;
        }

        using (var again = Open("BOYO"))
        {
            again.Identity.Should().Be(new StoreIdentity("postgres", first, PostgresSchema.Latest));
        }

        first.Should().MatchRegex("^[0-9a-f]{32}$");
        Query("WLLS", "SELECT version FROM schemaversion ORDER BY version").Select(r => r["version"])
            .Should().Equal(Enumerable.Range(1, PostgresSchema.Latest).Select(v => v.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Open_SchemaFromANewerStateTrace_IsRefusedWithReason()
    {
        Open("WLLS").Dispose();
        Execute($"INSERT INTO {schema}.schemaversion VALUES (999, 'future', now(), '')");

        var open = () => Open("WLLS");

        open.Should().Throw<StoreException>().WithMessage("*schema version 999*newer*");
    }

    [Fact]
    public void Open_UnreachableServer_ThrowsOneClearSentence()
    {
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        var open = () => PostgresSiteStore.Open($"Host=127.0.0.1;Port={port};Username=postgres;Timeout=5", "statetrace", "WLLS");

        open.Should().Throw<StoreException>().Which.Message
            .Should().StartWith($"The PostgreSQL server at 127.0.0.1:{port} could not be reached").And.EndWith(".").And.NotContain("\n");
    }

    [Fact]
    public void Open_MissingDatabase_SaysWhichDatabase()
    {
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "no_such_db" };

        var open = () => PostgresSiteStore.Open(builder.ConnectionString, schema, "WLLS");

        open.Should().Throw<StoreException>().WithMessage("The PostgreSQL database no_such_db does not exist on 127.0.0.1:*.");
    }

    [Fact]
    public void Open_UnknownUser_SaysTheLoginWasRefused()
    {
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Username = "no_such_user" };

        var open = () => PostgresSiteStore.Open(builder.ConnectionString, schema, "WLLS");

        open.Should().Throw<StoreException>().WithMessage("The PostgreSQL server at 127.0.0.1:* refused the login of user no_such_user: *does not exist.");
    }

    [Theory]
    [InlineData("Statetrace")]
    [InlineData("x; DROP TABLE interfaces")]
    [InlineData("pg_catalog")]
    [InlineData("1abc")]
    [InlineData("")]
    public void Open_SchemaNameNotAPlainIdentifier_IsRefused(string name)
    {
        var open = () => PostgresSiteStore.Open(server.ConnectionString, name, "WLLS");

        open.Should().Throw<StoreException>().WithMessage("The PostgreSQL schema name*is not a plain lower-case identifier*");
    }

    [Fact]
    public async Task Begin_SecondStoreOnTheSameSite_WaitsUntilTheFirstTransactionEnds()
    {
        using var first = OpenStore("WLLS");
        Write(first, Facts(("Gi1/0/1", "a")), Run1);
        using var second = OpenStore("WLLS");
        var open = first.Begin();

        var begin = Task.Run(() =>
        {
            using var transaction = second.Begin();
            return transaction.Generation;
        });
        await Task.Delay(300);
        begin.IsCompleted.Should().BeFalse("the first store's transaction holds the site");
        open.Dispose();

        (await begin.WaitAsync(TimeSpan.FromSeconds(30))).Should().Be(1, "the site is free between transactions, so two workers never deadlock on two sites");
    }

    [Fact]
    public void Begin_SiteHeldPastTheTimeout_ThrowsNamingTheHolder()
    {
        using var first = OpenStore("WLLS");
        using var held = first.Begin();
        using var second = OpenStore("WLLS", lockTimeout: TimeSpan.FromMilliseconds(200));

        var begin = () => second.Begin();

        begin.Should().Throw<StoreException>()
            .WithMessage($"The site WLLS in PostgreSQL schema {schema} is being written by another StateTrace worker (server process {first.LockSessionPid}*) and was not released within 0.2 s.");
    }

    [Fact]
    public void Commit_LockSessionKilled_WritesNothingAndTheNextBeginTakesTheLockAgain()
    {
        using var store = OpenStore("WLLS");
        using (var transaction = store.Begin())
        {
            transaction.Apply(HostDiff.Compute(Facts(("Gi1/0/1", "a")), new IngestionStamp("WLLS-A01-AS-01", "h", 1), null), Run1);
            Execute($"SELECT pg_terminate_backend({store.LockSessionPid}, 5000)");

            var commit = () => transaction.Commit(true);

            commit.Should().Throw<StoreException>().WithMessage("The lock of site WLLS*was lost before commit*nothing was written.");
        }

        Query("WLLS", "SELECT COUNT(*) FROM interfaces")[0].Values.Single().Should().Be("0");
        Write(store, Facts(("Gi1/0/1", "a")), Run1).Inserted.Should().Be(1);
    }

    [Fact]
    public void Write_FiveThousandPortsInOneHost_CopiesThemAndFillsEveryRowId()
    {
        using var store = OpenStore("WLLS");
        var ports = Enumerable.Range(1, 5000).Select(i => ($"Gi{(i / 48) + 1}/0/{i % 48}", "port " + i)).ToArray();
        var facts = Facts(ports);
        HostChanges changes;
        using (var transaction = store.Begin())
        {
            changes = HostDiff.Compute(facts, new IngestionStamp(facts.Hostname, "h", 1), null);
            transaction.Apply(changes, Run1);
            transaction.Commit(true);
        }

        var stored = Query("WLLS", "SELECT id, port FROM interfaces")
            .ToDictionary(r => r["port"], r => long.Parse(r["id"], CultureInfo.InvariantCulture));
        stored.Should().HaveCount(5000);
        changes.Ports.Should().OnlyContain(p => stored[p.Port] == p.RowId);

        var changed = Facts([.. ports.Select((p, i) => i % 2 == 0 ? (p.Item1, p.Item2 + " moved") : p)]);
        Write(store, changed, Run2).Should().Be(new WriteCounts(0, 2500, 0, 2500, false));
        Query("WLLS", "SELECT changekind, COUNT(*) AS n FROM interfacehistory GROUP BY changekind ORDER BY changekind")
            .Select(r => (r["changekind"], r["n"])).Should().Equal(("Insert", "5000"), ("Update", "2500"));
    }

    [Fact]
    public void Commit_SeveralHostsInOneTransaction_FillsEachInsertFromItsOwnRow()
    {
        using var store = OpenStore("WLLS");
        var hosts = Enumerable.Range(1, 3).Select(h =>
        {
            var facts = Facts(("Gi1/0/1", "a" + h), ("Gi1/0/2", "b" + h));
            facts.Hostname = $"WLLS-A0{h}-AS-01";
            return facts;
        }).ToList();
        var changes = new List<HostChanges>();
        using (var transaction = store.Begin())
        {
            foreach (var facts in hosts)
            {
                changes.Add(HostDiff.Compute(facts, new IngestionStamp(facts.Hostname, "h", 1), null));
                transaction.Apply(changes[^1], Run1);
            }

            transaction.FindIngestion("wlls-a02-as-01").Should().NotBeNull("a host applied earlier in the transaction is visible in it");
            transaction.Commit(true);
        }

        var stored = Query("WLLS", "SELECT id, hostname, port, description FROM interfaces");
        foreach (var port in changes.SelectMany(c => c.Ports.Select(p => (c.Facts.Hostname, p))))
        {
            stored.Single(r => r["id"] == port.p.RowId.ToString(CultureInfo.InvariantCulture))
                .Should().Contain("hostname", port.Hostname).And.Contain("port", port.p.Port).And.Contain("description", port.p.Facts!.Description);
        }
    }

    [Fact]
    public void Apply_SameHostTwiceInOneTransaction_KeepsTheOrder()
    {
        using var store = OpenStore("WLLS");
        using (var transaction = store.Begin())
        {
            var index = transaction.LoadIndex();
            var first = HostDiff.Compute(Facts(("Gi1/0/1", "a")), new IngestionStamp("WLLS-A01-AS-01", "h1", 1), null);
            transaction.Apply(first, Run1);
            HostDiff.Commit(first, index);
            var facts = Facts(("Gi1/0/1", "a"));
            facts.Model = "C9300-24P";
            transaction.Apply(HostDiff.Compute(facts, new IngestionStamp("WLLS-A01-AS-01", "h2", 2), index.Hosts[facts.Hostname]), Run2);
            transaction.Commit(true);
        }

        Query("WLLS", "SELECT model FROM devicesummary").Single()["model"].Should().Be("C9300-24P");
        Query("WLLS", "SELECT changekind FROM devicehistory ORDER BY id").Select(r => r["changekind"]).Should().Equal("Insert", "Update");
        store.FindIngestion("WLLS-A01-AS-01")!.FileHash.Should().Be("h2");
    }

    [Fact]
    public void Write_OnlyTablesChanged_StoresTheNewTablesSignature()
    {
        using var store = OpenStore("WLLS");
        var facts = Facts(("Gi1/0/1", "a"));
        Write(store, facts, Run1);
        var again = Facts(("Gi1/0/1", "a"));
        again.MacEntries.Add(new MacEntry("10", "0011.2233.4455", "DYNAMIC", "Gi1/0/1"));

        Write(store, again, Run2).DeviceChanged.Should().BeFalse();

        using var transaction = store.Begin();
        transaction.LoadIndex().Hosts[again.Hostname].Tables.Should().Be(RowSignature.OfTables(again));
    }

    [Fact]
    public void Write_NulAndTheEscapeCharacters_StoredLosslesslyAndReadableAsText()
    {
        string[] values = ["a\0b", "\u2400", "\uFDD0", "\0\u2400\uFDD0\0", "plain"];
        var facts = Facts([.. values.Select((v, i) => ($"Gi1/0/{i + 1}", v))]);
        facts.Hostname = "WLLS-\0-AS-01";
        using (var store = OpenStore("WLLS"))
        {
            Write(store, facts, Run1, hash: "h\0");
            var again = Facts([.. values.Select((v, i) => ($"Gi1/0/{i + 1}", v))]);
            again.Hostname = facts.Hostname;
            Write(store, again, Run2, hash: "h\0").Rows.Should().Be(0);
            store.FindIngestion("wlls-\0-as-01")!.FileHash.Should().Be("h\0");
        }

        Query("WLLS", "SELECT description FROM interfaces ORDER BY portsort").Select(r => r["description"]).Should().Equal(values);
        Rows(schema, "SELECT description FROM interfaces ORDER BY portsort", decode: false).Select(r => r["description"])
            .Should().Equal("a\u2400b", "\uFDD0\u2400", "\uFDD0\uFDD0", "\u2400\uFDD0\u2400\uFDD0\uFDD0\u2400", "plain");
    }

    [Fact]
    public void Open_TwoSchemasInOneDatabase_AreIndependent()
    {
        var other = "st_test_" + Guid.NewGuid().ToString("N")[..16];
        try
        {
            using var here = OpenStore("WLLS");
            using var there = OpenStore("WLLS", other, TimeSpan.FromSeconds(5));
            using (here.Begin())
            using (there.Begin())
            {
                // Both hold "their" WLLS at once: the lock key includes the schema.
            }

            Write(here, Facts(("Gi1/0/1", "here")), Run1);
            Write(there, Facts(("Gi1/0/1", "there"), ("Gi1/0/2", "there")), Run1);

            there.Identity.StoreId.Should().NotBe(here.Identity.StoreId);
            Rows(schema, "SELECT description FROM interfaces", decode: true).Select(r => r["description"]).Should().Equal("here");
            Rows(other, "SELECT description FROM interfaces", decode: true).Select(r => r["description"]).Should().Equal("there", "there");
        }
        finally
        {
            Execute($"DROP SCHEMA IF EXISTS {other} CASCADE");
        }
    }

    [Fact]
    public void Write_TwoSitesInOneSchema_KeyedBySite()
    {
        using var wlls = OpenStore("WLLS");
        using var boyo = OpenStore("BOYO");
        Write(wlls, Facts(("Gi1/0/1", "a")), Run1);
        var facts = Facts(("Gi1/0/1", "a"), ("Gi1/0/2", "b"));
        facts.Hostname = "BOYO-A01-AS-01";
        facts.Site = "BOYO";
        Write(boyo, facts, Run1);

        using var transaction = wlls.Begin();
        transaction.LoadIndex().Hosts.Keys.Should().Equal("WLLS-A01-AS-01");
        transaction.Generation.Should().Be(1);
        Query("WLLS", "SELECT site, COUNT(*) AS n FROM interfaces GROUP BY site ORDER BY site").Select(r => (r["site"], r["n"]))
            .Should().Equal(("BOYO", "2"), ("WLLS", "1"));
    }
}
