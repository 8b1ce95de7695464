using System.CommandLine;

namespace StateTrace.Tool.Commands;

/// <summary>Options that several commands share.</summary>
internal static class CommonOptions
{
    /// <summary>The folder holding Data/, Logs/ and runs/; nothing is written outside it.</summary>
    public static readonly Option<DirectoryInfo?> Root = new("--root")
    {
        Description = "Root folder for Data/, Logs/ and runs/ (default: $STATETRACE_ROOT, else the current folder).",
        Recursive = true,
    };

    public static string ResolveRoot(ParseResult result)
    {
        var given = result.GetValue(Root)?.FullName
            ?? Environment.GetEnvironmentVariable("STATETRACE_ROOT");
        return Path.GetFullPath(string.IsNullOrWhiteSpace(given) ? Directory.GetCurrentDirectory() : given);
    }

    public static readonly Option<string?> Store = new("--store")
    {
        Description = "Store kind: sqlite (default), postgres or access.",
    };

    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "Npgsql connection string, for --store postgres.",
    };

    public static readonly Option<string?> Schema = new("--schema")
    {
        Description = "PostgreSQL schema holding the tables (default statetrace).",
    };

    public static readonly Option<int?> Parallelism = new("--parallelism")
    {
        Description = "Parse workers (default: settings, else one per core).",
    };

    /// <summary>The settings keys the shared options override (options beat the environment and the settings file).</summary>
    public static Dictionary<string, string?> SettingOverrides(ParseResult result)
    {
        var overrides = new Dictionary<string, string?>();
        if (result.GetValue(Store) is { } store)
        {
            overrides["Store:Kind"] = store;
        }

        if (result.GetValue(Connection) is { } connection)
        {
            overrides["Store:ConnectionString"] = connection;
        }

        if (result.GetValue(Schema) is { } schema)
        {
            overrides["Store:Schema"] = schema;
        }

        if (result.GetValue(Parallelism) is { } workers)
        {
            if (workers < 1)
            {
                throw new UsageException($"--parallelism must be 1 or more (got {workers}).");
            }

            overrides["ParserSettings:MaxParallelism"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return overrides;
    }
}
