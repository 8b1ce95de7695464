using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace StateTrace.Engine.Tests.Storage.Postgres;

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL server";
}

/// <summary>
/// The PostgreSQL server the tests share, started once per test run: the one named by <c>STATETRACE_TEST_POSTGRES</c>
/// (a connection string), else a throwaway cluster initialised in a temporary folder, listening on 127.0.0.1 only,
/// stopped and deleted on dispose. When neither is possible every test using it fails, saying how to install one.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string EnvironmentVariable = "STATETRACE_TEST_POSTGRES";

    private readonly string? connectionString;
    private readonly string? failure;
    private readonly string? dataDirectory;
    private readonly string? binDirectory;

    public PostgresServer()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            connectionString = configured;
            return;
        }

        try
        {
            binDirectory = FindBinaries() ?? throw new InvalidOperationException("the PostgreSQL server binaries (initdb, pg_ctl) were not found");
            dataDirectory = Path.Combine(OperatingSystem.IsLinux() ? "/tmp" : Path.GetTempPath(), "statetrace-pg-" + Guid.NewGuid().ToString("N")[..12]);
            connectionString = Start(binDirectory, dataDirectory);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            failure = $"No PostgreSQL server for the tests: {e.Message}. Install one with `apt-get install -y postgresql-15` " +
                $"(the tests run initdb as the postgres user when root), or set {EnvironmentVariable} to a connection string.";
            Cleanup();
        }
    }

    /// <summary>Connection string of the server; throws (failing the test) when none could be started.</summary>
    public string ConnectionString => connectionString ?? throw new InvalidOperationException(failure);

    private static string? FindBinaries()
    {
        const string debian = "/usr/lib/postgresql/15/bin";
        if (File.Exists(Path.Combine(debian, "initdb")))
        {
            return debian;
        }

        try
        {
            var bin = Run("pg_config", ["--bindir"], TimeSpan.FromSeconds(10)).Trim();
            return File.Exists(Path.Combine(bin, "initdb")) ? bin : null;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string Start(string bin, string data)
    {
        // initdb refuses to run as root: as root, run the server tools as the postgres user (who owns the folder).
        var asRoot = OperatingSystem.IsLinux() && Environment.UserName == "root";
        string[] Tool(string name, params string[] args) => asRoot ? ["runuser", "-u", "postgres", "--", Path.Combine(bin, name), .. args] : [Path.Combine(bin, name), .. args];

        Exec(Tool("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), TimeSpan.FromSeconds(60));
        var port = FreePort();
        Exec(Tool("pg_ctl", "-D", data, "-l", Path.Combine(data, "server.log"), "-w", "-t", "30",
            "-o", $"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "start"), TimeSpan.FromSeconds(40));
        Exec(Tool("pg_isready", "-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-t", "10"), TimeSpan.FromSeconds(15));
        return new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Database = "postgres",
        }.ConnectionString;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Exec(string[] command, TimeSpan timeout) => Run(command[0], command[1..], timeout);

    private static string Run(string file, string[] args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} did not finish within {timeout.TotalSeconds:F0} s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result.Trim()} {output.Result.Trim()}".Trim());
        }

        return output.Result;
    }

    private void Cleanup()
    {
        if (dataDirectory is null || !Directory.Exists(dataDirectory))
        {
            return;
        }

        if (binDirectory is not null && File.Exists(Path.Combine(dataDirectory, "postmaster.pid")))
        {
            var asRoot = OperatingSystem.IsLinux() && Environment.UserName == "root";
            var pgctl = Path.Combine(binDirectory, "pg_ctl");
            string[] stop = ["-D", dataDirectory, "-m", "fast", "-w", "stop"];
            try
            {
                if (asRoot)
                {
                    Run("runuser", ["-u", "postgres", "--", pgctl, .. stop], TimeSpan.FromSeconds(30));
                }
                else
                {
                    Run(pgctl, stop, TimeSpan.FromSeconds(30));
                }
            }
            catch (InvalidOperationException)
            {
                // Deleting the folder below is still the right thing; a stray postmaster exits when its folder is gone.
            }
        }

        Directory.Delete(dataDirectory, recursive: true);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Cleanup();
    }
}
