namespace StateTrace.Tool.Reports;

/// <summary>Where a run given on the command line lives: a run folder, its summary.json, or a run id under &lt;root&gt;/runs.</summary>
internal static class RunFolders
{
    /// <exception cref="UsageException">Nothing of the kind exists.</exception>
    public static string Resolve(string run, string? root)
    {
        if (Directory.Exists(run))
        {
            return Path.GetFullPath(run);
        }

        if (File.Exists(run))
        {
            return Path.GetDirectoryName(Path.GetFullPath(run))!;
        }

        if (root is not null && Directory.Exists(Path.Combine(root, "runs", run)))
        {
            return Path.Combine(root, "runs", run);
        }

        throw new UsageException($"No run folder or summary at {run}{(root is null ? "" : $" (nor {Path.Combine(root, "runs", run)})")}.");
    }
}
