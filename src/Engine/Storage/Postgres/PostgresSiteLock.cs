using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Npgsql;

namespace StateTrace.Engine.Storage.Postgres;

/// <summary>
/// The site lock between workers (processes, machines): <c>pg_try_advisory_lock(class, hash(schema, site))</c>, a
/// session lock held on a dedicated, non-pooled connection for as long as one store instance writes the site. A pooled
/// connection would be reset on return to the pool and drop the lock, hence its own connection. TCP keepalives on both
/// ends make a dead worker's session, and with it the lock, end within about a minute.
/// </summary>
internal sealed class PostgresSiteLock : IDisposable
{
    /// <summary>The advisory-lock class of site locks ('STS' + 1).</summary>
    public const int SiteLockClass = 0x53545301;

    private static readonly TimeSpan MaxPoll = TimeSpan.FromMilliseconds(250);

    private readonly string connectionString;
    private readonly string description;
    private NpgsqlConnection? connection;

    public PostgresSiteLock(string connectionString, string schema, string site)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            KeepAlive = 30,
            TcpKeepAlive = true,
            ApplicationName = "StateTrace site lock",
        };
        this.connectionString = builder.ConnectionString;
        Key = Hash(schema + "\n" + site);
        description = $"site {site} in PostgreSQL schema {schema}";
    }

    /// <summary>The second advisory-lock key: a stable hash of schema and site (a collision only makes two sites take turns).</summary>
    public int Key { get; }

    /// <summary>The backend process id of the session holding the lock, for the check that it is still held.</summary>
    public int HolderPid { get; private set; }

    public bool IsTaken => held;

    private bool held;

    public static int Hash(string text) => (int)XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(text));

    /// <summary>Takes the lock, polling while another session holds it; a <see cref="StoreException"/> after <paramref name="timeout"/>.</summary>
    public void Acquire(TimeSpan timeout)
    {
        if (held)
        {
            return;
        }

        var fresh = connection is null;
        var session = connection ?? PostgresSiteStore.OpenConnection(connectionString, description);
        try
        {
            if (fresh)
            {
                // Server-side keepalives: a worker whose machine vanished stops holding the site after ~60 s, not hours.
                using var keepalive = new NpgsqlCommand(
                    "SET tcp_keepalives_idle = 30; SET tcp_keepalives_interval = 10; SET tcp_keepalives_count = 3", session);
                keepalive.ExecuteNonQuery();
            }

            using var tryLock = new NpgsqlCommand("SELECT pg_try_advisory_lock($1, $2)", session);
            tryLock.Parameters.Add(new NpgsqlParameter { Value = SiteLockClass });
            tryLock.Parameters.Add(new NpgsqlParameter { Value = Key });
            var deadline = DateTime.UtcNow + timeout;
            var wait = TimeSpan.FromMilliseconds(5);
            while (!(bool)tryLock.ExecuteScalar()!)
            {
                if (DateTime.UtcNow >= deadline)
                {
                    throw new StoreException($"The {description} is being written by another StateTrace worker{Holder(session)} and was not released within {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s.");
                }

                Thread.Sleep(wait);
                wait = wait * 2 < MaxPoll ? wait * 2 : MaxPoll;
            }

            HolderPid = session.ProcessID;
            connection = session;
            held = true;
        }
        catch (NpgsqlException e)
        {
            session.Dispose();
            connection = null;
            throw new StoreException($"Taking the lock of the {description} failed: {PostgresSiteStore.Reason(e)}.", e);
        }
        catch
        {
            session.Dispose();
            connection = null;
            throw;
        }
    }

    /// <summary>
    /// Lets other workers have the site between transactions (the session stays open for the next one). Holding sites
    /// for a whole run would deadlock two workers that reach the same two sites in opposite orders.
    /// </summary>
    public void Release()
    {
        if (!held || connection is null)
        {
            return;
        }

        held = false;
        try
        {
            using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock($1, $2)", connection);
            unlock.Parameters.Add(new NpgsqlParameter { Value = SiteLockClass });
            unlock.Parameters.Add(new NpgsqlParameter { Value = Key });
            unlock.ExecuteScalar();
        }
        catch (NpgsqlException)
        {
            // A lost session has released the lock already; the next Acquire opens a new one.
            Reset();
        }
    }

    /// <summary>Forgets a lock whose session is gone (the server restarted, the network dropped), so the next Acquire takes it anew.</summary>
    public void Reset()
    {
        connection?.Dispose();
        connection = null;
        held = false;
        HolderPid = 0;
    }

    private string Holder(NpgsqlConnection session)
    {
        using var query = new NpgsqlCommand("""
            SELECT a.pid, a.client_addr::text FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.classid = $1::int4::oid AND l.objid = $2::int4::oid AND l.objsubid = 2 AND l.granted
            LIMIT 1
            """, session);
        query.Parameters.Add(new NpgsqlParameter { Value = SiteLockClass });
        query.Parameters.Add(new NpgsqlParameter { Value = Key });
        using var reader = query.ExecuteReader();
        return reader.Read()
            ? $" (server process {reader.GetInt32(0)}{(reader.IsDBNull(1) ? "" : " from " + reader.GetString(1))})"
            : "";
    }

    /// <summary>Closing the session releases the lock.</summary>
    public void Dispose() => Reset();
}
