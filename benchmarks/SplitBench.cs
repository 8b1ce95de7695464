using System.Text;
using BenchmarkDotNet.Attributes;
using StateTrace.Engine.Input;

namespace StateTrace.Benchmarks;

/// <summary>
/// Stage 1 alone: decode, split by prompt, hash and spool a multi-host session log held in memory. Reports MB/s
/// through bytes/op: divide <see cref="InputBytes"/> by the mean.
/// </summary>
[MemoryDiagnoser]
public class SplitBench
{
    private byte[] input = [];
    private string spool = "";

    [Params(200)]
    public int Hosts { get; set; }

    public long InputBytes => input.Length;

    [GlobalSetup]
    public void Setup()
    {
        input = Encoding.UTF8.GetBytes(SessionText.Build(Hosts));
        spool = Path.Combine(Path.GetTempPath(), "statetrace-bench-split");
        Console.WriteLine($"// input: {input.Length:N0} bytes, {Hosts} hosts");
    }

    [Benchmark]
    public int Split()
    {
        using var splitter = new LogSplitter(spool);
        using (var stream = new MemoryStream(input, writable: false))
        {
            splitter.Split(stream, "bench.log");
        }

        var count = splitter.Complete().Count;
        Directory.Delete(spool, recursive: true);
        return count;
    }
}
