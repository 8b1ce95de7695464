using System.Diagnostics;

namespace StateTrace.Tool.Tests.Harness;

/// <summary>Runs <c>dotnet msbuild eng/StateTrace.Harness.proj</c> as CI does, with the built tool instead of the packed one.</summary>
internal static class HarnessProject
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Project => Path.Combine(RepoRoot, "eng", "StateTrace.Harness.proj");

    /// <summary>The tool next to the tests, so no test packs or restores it (PrepareTool is skipped when a command is given).</summary>
    public static string ToolCommand => "dotnet " + Path.Combine(AppContext.BaseDirectory, "StateTrace.Tool.dll");

    /// <summary>Builds <paramref name="target"/> with <c>Root</c> set to <paramref name="root"/>; returns the exit code and the log.</summary>
    public static async Task<(int Code, string Output)> BuildAsync(string target, string root, params string[] properties)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoRoot,
        };
        foreach (var argument in new[] { "msbuild", Project, "-t:" + target, "-nologo", "-nodeReuse:false", "-tl:off", "-p:Root=" + root, "-p:StateTraceCommand=" + ToolCommand })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var property in properties)
        {
            info.ArgumentList.Add("-p:" + property);
        }

        // The test host's MSBuild variables belong to the build that started it, not to this one.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet msbuild did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await stdout + await stderr).ReplaceLineEndings("\n"));
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StateTrace.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("StateTrace.sln not found above " + AppContext.BaseDirectory);
    }
}
