namespace StateTrace.Engine.Storage.Sqlite;

/// <summary>
/// The per-site lock file, held open exclusively while a process writes the site. The OS releases it when the
/// process dies, so a killed ingest never leaves a site locked.
/// </summary>
internal sealed class SiteLockFile : IDisposable
{
    private readonly FileStream stream;

    private SiteLockFile(FileStream stream) => this.stream = stream;

    public static string PathFor(string databasePath) => Path.ChangeExtension(databasePath, ".lock");

    /// <summary>Null when another process holds the lock.</summary>
    public static SiteLockFile? TryAcquire(string databasePath)
    {
        try
        {
            return new SiteLockFile(new FileStream(PathFor(databasePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Waits for the lock, polling with a growing interval up to <paramref name="timeout"/>.</summary>
    public static SiteLockFile Acquire(string databasePath, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var wait = 5;
        while (true)
        {
            var taken = TryAcquire(databasePath);
            if (taken is not null)
            {
                return taken;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new StoreException($"The site lock {PathFor(databasePath)} is held by another process and was not released within {timeout.TotalSeconds:F0} s.");
            }

            Thread.Sleep(wait);
            wait = Math.Min(wait * 2, 200);
        }
    }

    public void Dispose() => stream.Dispose();
}
