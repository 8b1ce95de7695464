namespace StateTrace.Engine.Storage;

/// <summary>Which store a run writes to. Defaults: embedded SQLite under the root's Data folder.</summary>
public sealed record StoreOptions
{
    /// <summary>sqlite (default), postgres or access.</summary>
    public string Kind { get; init; } = "sqlite";

    /// <summary>The Npgsql connection string, for postgres.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>The PostgreSQL schema holding the tables. Default <c>statetrace</c>.</summary>
    public string Schema { get; init; } = "statetrace";

    public static IReadOnlyList<string> Kinds { get; } = ["sqlite", "postgres", "access"];
}
