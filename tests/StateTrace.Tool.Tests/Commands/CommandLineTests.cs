using System.CommandLine;
using StateTrace.Tool.Commands;

namespace StateTrace.Tool.Tests.Commands;

public class CommandLineTests
{
    private static RootCommand Root() => new("test") { CommonOptions.Root, IngestCommand.Create() };

    [Fact]
    public async Task InvokeAsync_UnknownOption_ExitsWithUsage()
    {
        var code = await CommandLine.InvokeAsync(Root(), ["ingest", "x.log", "--no-such-option"]);

        code.Should().Be((int)ExitCode.Usage);
    }

    [Fact]
    public async Task InvokeAsync_MissingInputPath_ExitsWithUsage()
    {
        var root = Path.Combine(Path.GetTempPath(), "statetrace-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var code = await CommandLine.InvokeAsync(Root(), ["ingest", "/definitely/not/here.log", "--root", root]);

            code.Should().Be((int)ExitCode.Usage);
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, true);
            }
        }
    }
}
