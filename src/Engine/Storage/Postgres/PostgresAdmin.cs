using System.Security.Cryptography;
using Npgsql;

namespace StateTrace.Engine.Storage.Postgres;

/// <summary>
/// Throwaway schemas for <c>verify</c> on PostgreSQL (design §3: never the user's tables). Only names this class made
/// (<c>statetrace_verify_</c> + 16 random hex digits) can be dropped through it.
/// </summary>
internal static class PostgresAdmin
{
    public const string VerifyPrefix = "statetrace_verify_";

    /// <summary>Creates an empty schema with a fresh random name and returns the name; stores migrate it on open.</summary>
    public static string CreateVerifySchema(string connectionString)
    {
        var schema = VerifyPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        Execute(connectionString, $"CREATE SCHEMA {schema}", $"creating the throwaway schema {schema}");
        return schema;
    }

    /// <summary>Drops a throwaway schema and everything in it; any other name is refused.</summary>
    public static void DropVerifySchema(string connectionString, string schema)
    {
        if (!IsVerifySchema(schema))
        {
            throw new ArgumentException($"'{schema}' is not a throwaway verify schema; only {VerifyPrefix}<16 hex digits> schemas are dropped.", nameof(schema));
        }

        Execute(connectionString, $"DROP SCHEMA IF EXISTS {schema} CASCADE", $"dropping the throwaway schema {schema}");
    }

    public static bool IsVerifySchema(string schema) =>
        schema.Length == VerifyPrefix.Length + 16 && schema.StartsWith(VerifyPrefix, StringComparison.Ordinal)
        && schema.AsSpan(VerifyPrefix.Length).ContainsAnyExcept("0123456789abcdef") is false;

    private static void Execute(string connectionString, string sql, string what)
    {
        using var connection = PostgresSiteStore.OpenConnection(connectionString, what);
        try
        {
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"PostgreSQL refused {what}: {PostgresSiteStore.Reason(e)}.", e);
        }
    }
}
