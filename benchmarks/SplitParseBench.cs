using BenchmarkDotNet.Attributes;
using StateTrace.Engine.Generation;
using StateTrace.Engine.Input;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Detection;
using StateTrace.Engine.Storage;

namespace StateTrace.Benchmarks;

/// <summary>
/// Stages 1–4 on one thread with the input in memory: decode, split by prompt, hash and spool, carve, detect, parse
/// and sign every host of a slice of the reference corpus (<c>generate --profile reference --seed 1</c>).
/// MB/s = <see cref="InputBytes"/> / mean; the target is ≥ 100 MB/s.
/// </summary>
[MemoryDiagnoser]
public class SplitParseBench
{
    private readonly List<(string Name, byte[] Bytes)> files = [];
    private string spool = "";

    /// <summary>Size of the reference-corpus slice used, in MB.</summary>
    [Params(24)]
    public int Megabytes { get; set; }

    public long InputBytes => files.Sum(f => (long)f.Bytes.Length);

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Path.Combine(Path.GetTempPath(), $"statetrace-bench-corpus-{Megabytes}");
        if (!File.Exists(Path.Combine(corpus, "corpus.json")))
        {
            CorpusGenerator.Generate(new GeneratorOptions { Seed = 1, TargetBytes = Megabytes * 1_000_000L, OutputDirectory = corpus });
        }

        foreach (var file in InputFiles.Enumerate([corpus]))
        {
            files.Add((file, File.ReadAllBytes(file)));
        }

        spool = Path.Combine(Path.GetTempPath(), "statetrace-bench-spool");
        Console.WriteLine($"// input: {InputBytes:N0} bytes in {files.Count} files");
    }

    [Benchmark]
    public int SplitAndParse()
    {
        var ports = 0;
        using (var splitter = new LogSplitter(spool))
        {
            foreach (var (name, bytes) in files)
            {
                using var stream = new MemoryStream(bytes, writable: false);
                splitter.Split(stream, name);
            }

            foreach (var slice in splitter.Complete())
            {
                var session = CapturedSession.FromSlice(slice);
                var detection = VendorDetector.Detect(session);
                var parser = ParserRegistry.For(detection.Platform);
                if (parser is null)
                {
                    continue;
                }

                var facts = new DeviceFacts { Hostname = slice.Hostname, Site = slice.Site, Platform = detection.Platform };
                parser.Parse(session, facts);
                ports += HostDiff.Sign(facts).Ports.Length;
            }
        }

        Directory.Delete(spool, recursive: true);
        return ports;
    }
}
