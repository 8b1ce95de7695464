using BenchmarkDotNet.Running;

// A Debug build or a broken benchmark yields no reports yet "succeeds": fail loudly instead.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
foreach (var summary in summaries)
{
    if (summary.HasCriticalValidationErrors || summary.Reports.Length == 0)
    {
        Console.Error.WriteLine($"Benchmark run '{summary.Title}' produced no reports or had critical validation errors.");
        return 1;
    }
}

return 0;

public partial class Program;
