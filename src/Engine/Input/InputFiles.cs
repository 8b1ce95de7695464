namespace StateTrace.Engine.Input;

/// <summary>Expands the paths given to a command into input files, in ordinal path order.</summary>
public static class InputFiles
{
    /// <summary>
    /// Files are taken as given; folders are recursed for <c>*.log</c> and <c>*.txt</c>. The result is sorted by
    /// ordinal full path and de-duplicated, so the same inputs always split the same way on every OS.
    /// </summary>
    /// <exception cref="FileNotFoundException">A path names neither a file nor a folder.</exception>
    public static IReadOnlyList<string> Enumerate(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in Directory.EnumerateFiles(full, "*", new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    IgnoreInaccessible = true,
                    AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                }))
                {
                    var extension = Path.GetExtension(file);
                    if (extension.Equals(".log", StringComparison.OrdinalIgnoreCase) || extension.Equals(".txt", StringComparison.OrdinalIgnoreCase))
                    {
                        files.Add(file);
                    }
                }
            }
            else
            {
                throw new FileNotFoundException($"The input path {path} does not exist.", path);
            }
        }

        return [.. files];
    }
}
