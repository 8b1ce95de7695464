using Npgsql;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Storage.Postgres;

namespace StateTrace.Engine.Tests.Storage.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAdminTests(PostgresServer server)
{
    private bool SchemaExists(string schema)
    {
        using var connection = new NpgsqlConnection(server.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = schema });
        return (bool)command.ExecuteScalar()!;
    }

    [Fact]
    public void CreateVerifySchema_ThenDrop_LeavesNothingBehind()
    {
        var schema = PostgresAdmin.CreateVerifySchema(server.ConnectionString);
        schema.Should().MatchRegex("^statetrace_verify_[0-9a-f]{16}$");
        using (var store = PostgresSiteStore.Open(server.ConnectionString, schema, "WLLS"))
        {
            SiteStoreContract.Write(store, new StateTrace.Engine.Parsing.DeviceFacts { Hostname = "WLLS-A01", Site = "WLLS" },
                new RunStamp("verify", DateTimeOffset.UnixEpoch));
        }

        SchemaExists(schema).Should().BeTrue();
        PostgresAdmin.DropVerifySchema(server.ConnectionString, schema);

        SchemaExists(schema).Should().BeFalse();
    }

    [Fact]
    public void CreateVerifySchema_Twice_GivesTwoSchemas()
    {
        var first = PostgresAdmin.CreateVerifySchema(server.ConnectionString);
        var second = PostgresAdmin.CreateVerifySchema(server.ConnectionString);
        try
        {
            second.Should().NotBe(first);
        }
        finally
        {
            PostgresAdmin.DropVerifySchema(server.ConnectionString, first);
            PostgresAdmin.DropVerifySchema(server.ConnectionString, second);
        }
    }

    [Theory]
    [InlineData("statetrace")]
    [InlineData("statetrace_verify_")]
    [InlineData("statetrace_verify_0123456789abcdeg")]
    [InlineData("statetrace_verify_0123456789abcdef; DROP SCHEMA statetrace")]
    public void DropVerifySchema_AnyOtherName_IsRefused(string schema)
    {
        var drop = () => PostgresAdmin.DropVerifySchema(server.ConnectionString, schema);

        drop.Should().Throw<ArgumentException>().WithMessage("*is not a throwaway verify schema*");
    }
}
