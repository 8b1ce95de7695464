using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace StateTrace.Engine.Storage.Sqlite;

/// <summary>
/// Inserts many small rows with one multi-row <c>INSERT … VALUES (…), (…)</c> statement per <see cref="Chunk"/> rows:
/// per-statement overhead, not SQLite, dominates narrow rows such as MAC table entries.
/// </summary>
internal sealed class SqliteRowInserter : IDisposable
{
    public const int Chunk = 64;

    private readonly RawStatement many;
    private readonly RawStatement one;
    private readonly int columns;
    private readonly List<object> pending = [];

    public SqliteRowInserter(SqliteConnection connection, string table, params string[] columnNames)
    {
        columns = columnNames.Length;
        many = Create(connection, table, columnNames, Chunk);
        one = Create(connection, table, columnNames, 1);
    }

    /// <summary>Queues one row (values in column order); executes a full chunk at once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(params ReadOnlySpan<object> row)
    {
        foreach (var value in row)
        {
            pending.Add(value);
        }

        if (pending.Count == Chunk * columns)
        {
            Execute(many, 0, Chunk);
            pending.Clear();
        }
    }

    /// <summary>Writes the rows still queued.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Flush()
    {
        for (var row = 0; row < pending.Count / columns; row++)
        {
            Execute(one, row, 1);
        }

        pending.Clear();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Execute(RawStatement statement, int firstRow, int rows)
    {
        var offset = firstRow * columns;
        for (var i = 0; i < rows * columns; i++)
        {
            statement.BindAt(i + 1, pending[offset + i]);
        }

        statement.Execute();
    }

    private static RawStatement Create(SqliteConnection connection, string table, string[] columnNames, int rows)
    {
        var row = "(" + string.Join(", ", columnNames.Select(_ => "?")) + ")";
        return new RawStatement(connection, $"INSERT INTO {table} ({string.Join(", ", columnNames)}) VALUES {string.Join(", ", Enumerable.Repeat(row, rows))}");
    }

    public void Dispose()
    {
        many.Dispose();
        one.Dispose();
    }
}
