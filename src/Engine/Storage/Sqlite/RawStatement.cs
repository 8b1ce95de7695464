using System.Runtime.CompilerServices;
using System.Buffers;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace StateTrace.Engine.Storage.Sqlite;

/// <summary>
/// A statement prepared once on the connection's native handle and bound by position. Microsoft.Data.Sqlite looks
/// every parameter up by name on every execution, which costs more than SQLite's own insert work on narrow rows;
/// the write path binds millions of values, so it goes one level down to SQLitePCL.raw, which the provider itself uses.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;
    private byte[] utf8 = ArrayPool<byte>.Shared.Rent(4096);

    public RawStatement(SqliteConnection connection, string sql)
    {
        db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, sql, out statement));
        ParameterCount = raw.sqlite3_bind_parameter_count(statement);
    }

    public int ParameterCount { get; }

    /// <summary>Binds values to parameters 1…n in order; strings are normalised as every stored value is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public RawStatement Bind(params ReadOnlySpan<object> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            BindAt(i + 1, values[i]);
        }

        return this;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void BindAt(int index, object value)
    {
        switch (value)
        {
            case string s:
                BindText(index, RowSignature.Normalize(s));
                break;
            case long l:
                Check(raw.sqlite3_bind_int64(statement, index, l));
                break;
            case int n:
                Check(raw.sqlite3_bind_int64(statement, index, n));
                break;
            default:
                throw new ArgumentException($"Unsupported parameter type {value?.GetType().Name ?? "null"}.", nameof(value));
        }
    }

    /// <summary>Runs the statement to completion.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Execute()
    {
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
            }

            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>Runs the statement and returns the first column of its first row (for <c>RETURNING</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long ExecuteInt64()
    {
        try
        {
            var rc = raw.sqlite3_step(statement);
            if (rc != raw.SQLITE_ROW)
            {
                Check(rc == raw.SQLITE_DONE ? raw.SQLITE_MISUSE : rc);
            }

            var value = raw.sqlite3_column_int64(statement, 0);
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
            }

            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
            }

            return value;
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BindText(int index, string value)
    {
        // Bound with an explicit length, so a NUL inside a description survives (a C string would end there).
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max > utf8.Length)
        {
            ArrayPool<byte>.Shared.Return(utf8);
            utf8 = ArrayPool<byte>.Shared.Rent(max);
        }

        var count = Encoding.UTF8.GetBytes(value, utf8);
        Check(raw.sqlite3_bind_text(statement, index, utf8.AsSpan(0, count)));
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
        }
    }

    public void Dispose()
    {
        statement.Dispose();
        ArrayPool<byte>.Shared.Return(utf8);
        utf8 = [];
    }
}
