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
}
