namespace StateTrace.Engine.Tests.Support;

public static class RepoPaths
{
    /// <summary>The folder holding StateTrace.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
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
