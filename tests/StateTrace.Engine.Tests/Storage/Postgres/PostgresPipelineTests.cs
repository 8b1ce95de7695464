using Npgsql;
using StateTrace.Engine.Pipeline;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Storage.Postgres;

/// <summary>The whole pipeline on PostgreSQL: alone, and two writers over the same corpus at once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPipelineTests(PostgresServer server) : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly string schema = "pipe_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string alone = "alone_" + Guid.NewGuid().ToString("N")[..12];

    private StoreOptions Store(string? inSchema = null) => new() { Kind = "postgres", ConnectionString = server.ConnectionString, Schema = inSchema ?? schema };

    private Task<IngestResult> Ingest(string root, StoreOptions store) =>
        IngestPipeline.RunAsync(new IngestOptions { Root = root, Inputs = [RepoPaths.Samples], Store = store });

    private List<string> Rows(string inSchema, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { SearchPath = inSchema }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    [Fact]
    public async Task Ingest_SamplesIntoPostgres_StoresEveryHostAndSkipsThemOnTheSecondRun()
    {
        var first = await Ingest(Path.Combine(temp.Path, "a"), Store());
        var second = await Ingest(Path.Combine(temp.Path, "a"), Store());

        first.Diagnostics.Should().BeEmpty();
        Rows(schema, "SELECT COUNT(*) FROM devicesummary").Single().Should().Be(first.Pass.HostsParsed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Rows(schema, "SELECT COUNT(*) FROM interfaces").Single().Should().Be(first.Pass.RowsInserted.ToString(System.Globalization.CultureInfo.InvariantCulture));
        second.Pass.HostsSkipped.Should().Be(first.Pass.HostsParsed);
    }

    [Fact]
    public async Task Ingest_TwoWritersOnOneSchemaAtOnce_EndAsOneWriterWouldWithEveryChangeWrittenOnce()
    {
        // Two pipelines with their own connections and advisory-lock sessions, as two processes would have.
        await Ingest(Path.Combine(temp.Path, "single"), Store(alone));

        var results = await Task.WhenAll(Ingest(Path.Combine(temp.Path, "p1"), Store()), Ingest(Path.Combine(temp.Path, "p2"), Store()));

        results.SelectMany(r => r.Diagnostics).Should().BeEmpty();
        results.Sum(r => r.Pass.RowsInserted).Should().Be(long.Parse(Rows(alone, "SELECT COUNT(*) FROM interfaces").Single(), System.Globalization.CultureInfo.InvariantCulture),
            "each host was written by exactly one of the two");
        const string rows = "SELECT site, hostname, port, signature FROM interfaces ORDER BY site, lower(hostname), lower(port)";
        Rows(schema, rows).Should().Equal(Rows(alone, rows));
        Rows(schema, "SELECT COUNT(*) FROM interfacehistory").Should().Equal(Rows(schema, "SELECT COUNT(*) FROM interfaces"));
    }

    [Fact]
    public async Task Verify_OnPostgres_UsesThrowawaySchemasAndDropsThem()
    {
        var store = Store();
        var result = await StateTrace.Engine.Verification.VerifyRunner.RunAsync(new StateTrace.Engine.Verification.VerifyOptions
        {
            Root = temp.Path,
            Inputs = [RepoPaths.Samples],
            Repeat = 2,
            PassTemplate = new IngestOptions { Root = temp.Path, Inputs = [RepoPaths.Samples], Store = store },
        });

        result.Summary.WarmRunComparison!.WarmRowsWritten.Should().Be(0);
        result.Summary.WarmRunComparison.CacheHitRatio.Should().Be(1.0);
        result.Summary.Passes.Where(p => p.Pass == "cold").Should().HaveCount(2).And.OnlyContain(p => p.RowsInserted > 0, "each repetition starts from an empty schema");
        Rows("public", "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name LIKE 'statetrace_verify_%'").Single().Should().Be("0");
        Rows("public", $"SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '{schema}'").Single().Should().Be("0", "the user's schema is never touched");
    }

    public void Dispose()
    {
        using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE; DROP SCHEMA IF EXISTS {alone} CASCADE", connection);
            drop.ExecuteNonQuery();
        }

        temp.Dispose();
    }
}
