using System.CommandLine;

namespace StateTrace.Tool;

internal static class CommandLine
{
    /// <summary>Parses and runs; parse errors and <see cref="UsageException"/> become exit code 2 with one clear line.</summary>
    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }

            return (int)ExitCode.Usage;
        }

        try
        {
            return await result.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromSeconds(10) });
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return (int)ExitCode.Usage;
        }
    }
}
