using System.Globalization;
using StateTrace.Engine.Diagnostics;
using StateTrace.Engine.Generation;
using StateTrace.Engine.Input;

namespace StateTrace.Engine.Load;

/// <summary>The host bundles of a replay: the corpus found or generated, split once into per-host slices, put in arrival order.</summary>
internal static class LoadCorpus
{
    private const string CompleteMarker = ".complete";

    /// <summary>
    /// The folder of session logs to replay. A generated corpus is cached under <c>&lt;root&gt;/Data/LoadCorpora/&lt;key&gt;</c>,
    /// keyed by every generator parameter and the generator's version, and reused by later runs (generation is deterministic).
    /// </summary>
    public static string Prepare(LoadFile file, string root, int? sites, IProgress<string>? log, CancellationToken ct)
    {
        if (file.Corpus.Folder is { } folder)
        {
            return Directory.Exists(folder) || File.Exists(folder)
                ? folder
                : throw new ScenarioException(file.Path, "$.corpus.folder", $"{folder} does not exist");
        }

        var spec = file.Corpus.Generate!;
        var options = new GeneratorOptions
        {
            Profile = spec.Profile,
            Seed = spec.Seed,
            Sites = sites ?? spec.Sites,
            HostsPerSite = spec.HostsPerSite,
            TargetBytes = spec.SizeBytes,
            PortsPerHost = spec.PortsPerHost,
            Vendors = spec.Vendors is null ? VendorMix.Reference : VendorMix.Parse(spec.Vendors),
        };
        var output = Path.Combine(root, "Data", "LoadCorpora", Key(options));
        if (File.Exists(Path.Combine(output, CompleteMarker)))
        {
            log?.Report($"Corpus: {output} (cached)");
            return output;
        }

        if (Directory.Exists(output))
        {
            // An earlier generation was interrupted: start over.
            Directory.Delete(output, recursive: true);
        }

        log?.Report($"Corpus: generating {Describe(options)} into {output}");
        try
        {
            CorpusGenerator.Generate(options with { OutputDirectory = output }, null, ct);
        }
        catch (ArgumentException e)
        {
            throw new ScenarioException(file.Path, "$.corpus.generate", e.Message.Split(" (Parameter", 2)[0].TrimEnd('.'), e);
        }

        File.WriteAllText(Path.Combine(output, CompleteMarker), Key(options));
        return output;
    }

    /// <summary>Splits the corpus into per-host spool files: every slice is one bundle.</summary>
    public static IReadOnlyList<HostSlice> Split(string corpus, string spool, SplitOptions split, List<Diagnostic> diagnostics, CancellationToken ct)
    {
        using var splitter = new LogSplitter(spool, split);
        foreach (var input in InputFiles.Enumerate([corpus]))
        {
            ct.ThrowIfCancellationRequested();
            splitter.SplitFile(input);
        }

        var slices = splitter.Complete();
        diagnostics.AddRange(splitter.Diagnostics);
        return slices;
    }

    /// <summary>
    /// Arrival order: sites interleaved by weight (smooth weighted round-robin, so a site of weight 3 sends three bundles
    /// for every one of a site of weight 1, evenly spread); each site's bundles in corpus order. A site whose bundles
    /// run out leaves the rotation; a site of weight 0 is left out.
    /// </summary>
    public static IReadOnlyList<HostSlice> Order(IReadOnlyList<HostSlice> slices, Func<string, double> weightOf)
    {
        var queues = new List<(double Weight, Queue<HostSlice> Queue)>();
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var slice in slices)
        {
            if (!index.TryGetValue(slice.Site, out var i))
            {
                i = index[slice.Site] = queues.Count;
                queues.Add((weightOf(slice.Site), new Queue<HostSlice>()));
            }

            queues[i].Queue.Enqueue(slice);
        }

        queues.RemoveAll(q => q.Weight <= 0);
        var credit = new double[queues.Count];
        var ordered = new List<HostSlice>(slices.Count);
        while (true)
        {
            var total = 0.0;
            var best = -1;
            for (var i = 0; i < queues.Count; i++)
            {
                if (queues[i].Queue.Count == 0)
                {
                    continue;
                }

                credit[i] += queues[i].Weight;
                total += queues[i].Weight;
                if (best < 0 || credit[i] > credit[best])
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                return ordered;
            }

            credit[best] -= total;
            ordered.Add(queues[best].Queue.Dequeue());
        }
    }

    public static string Describe(GeneratorOptions o) => string.Create(CultureInfo.InvariantCulture,
        $"{(o.HostsPerSite is int h ? $"{h} hosts per site" : $"{(o.TargetBytes ?? GeneratorOptions.ReferenceTargetBytes) / 1048576.0:0.#} MB")} over {o.Sites} sites (seed {o.Seed}, {o.PortsPerHost} ports, {o.Vendors})");

    private static string Key(GeneratorOptions o)
    {
        var size = o.HostsPerSite is int h ? $"h{h}" : $"b{o.TargetBytes ?? GeneratorOptions.ReferenceTargetBytes}";
        var mix = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(o.Vendors.ToString())))[..8];
        return string.Create(CultureInfo.InvariantCulture,
            $"{o.Profile.ToLowerInvariant()}-v{CorpusManifest.CurrentGeneratorVersion}-seed{o.Seed}-sites{o.Sites}-{size}-ports{o.PortsPerHost}-mix{mix}");
    }
}
