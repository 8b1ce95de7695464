using System.Buffers;
using System.Globalization;
using System.Text;
using StateTrace.Engine.Sites;

namespace StateTrace.Engine.Generation;

/// <summary>
/// Writes deterministic corpora of switch and firewall session logs: <c>&lt;out&gt;/&lt;SITE&gt;/&lt;SITE&gt;-capture-NNNN.log</c>,
/// eight hosts per file, plus <c>corpus.json</c>. Hosts are rendered in parallel and written in one fixed order, so the
/// same options give the same bytes on every machine.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>Hosts written one after another into each capture file.</summary>
    public const int HostsPerFile = 8;

    public static GenerationResult Generate(GeneratorOptions options, IProgress<GenerationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return Run(options, changes: null, progress, cancellationToken);
    }

    /// <summary>
    /// The "next day" of the corpus in <see cref="ChangeOptions.BaseDirectory"/>: the same hosts in the same files, each
    /// port changed with probability <see cref="ChangeOptions.ChangeRate"/>, and <c>changes.json</c> listing every
    /// changed port. Hosts without a changed port keep their bytes exactly.
    /// </summary>
    public static ChangeResult GenerateChanged(ChangeOptions options, IProgress<GenerationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (generatorOptions, _) = options.Resolve();
        var run = new ChangeRun(options.BaseDirectory, options.ChangeRate);
        var corpus = Run(generatorOptions, run, progress, cancellationToken);

        var changes = run.Changes;
        var hostsChanged = changes.Select(c => c.Hostname).Distinct(StringComparer.Ordinal).Count();
        var changesPath = Path.Combine(corpus.OutputDirectory, ChangeManifest.FileName);
        using (var stream = File.Create(changesPath))
        {
            System.Text.Json.JsonSerializer.Serialize(stream, new ChangeManifest
            {
                BaseCorpus = options.BaseDirectory,
                Seed = generatorOptions.Seed,
                ChangeRate = options.ChangeRate,
                TotalHosts = corpus.Hosts.Count,
                HostsChanged = hostsChanged,
                PortsChanged = changes.Count,
                Fields = new SortedDictionary<string, int>(
                    changes.GroupBy(c => c.Field).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal), StringComparer.Ordinal),
                Changes = changes,
            }, GenerationJsonContext.Default.ChangeManifest);
        }

        return new ChangeResult { Corpus = corpus, ChangesPath = changesPath, HostsChanged = hostsChanged, Changes = changes };
    }

    private static GenerationResult Run(GeneratorOptions options, ChangeRun? changes, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        var output = Path.GetFullPath(options.OutputDirectory);
        PrepareOutput(output);

        var siteCount = options.Sites;
        var sites = new SiteTally[siteCount];
        for (var s = 0; s < siteCount; s++)
        {
            var code = SiteCodes.For(s);
            sites[s] = new SiteTally(code, Path.Combine(output, SiteNames.ForPath(code)));
            Directory.CreateDirectory(sites[s].Directory);
        }

        var targetBytes = options.EffectiveTargetBytes;
        var targetHosts = options.EffectiveHosts;
        var files = new List<string>();
        var hosts = new List<GeneratedHost>();
        long totalBytes = 0;

        // Round-robin order: position p is host p / sites of site p % sites, so every site grows evenly and a
        // size target leaves the sites within one host of each other.
        var batch = new RenderedHost[Math.Max(2, Environment.ProcessorCount) * 2];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        long position = 0;
        var done = false;
        while (!done)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = targetHosts is long limit ? (int)Math.Min(batch.Length, limit - position) : batch.Length;
            var start = position;
            Parallel.For(0, count, parallel, () => new StringBuilder(192 * 1024), (i, _, builder) =>
            {
                batch[i] = Render(options, changes?.Rate ?? 0, start + i, siteCount, builder);
                return builder;
            }, static _ => { });

            try
            {
                for (var i = 0; i < count && !done; i++)
                {
                    var host = batch[i];
                    var site = sites[host.Plan.SiteIndex];
                    hosts.Add(Append(site, host, files));
                    changes?.Changes.AddRange(host.Changes);
                    totalBytes += host.Length;
                    progress?.Report(new GenerationProgress(hosts.Count, totalBytes, (int?)targetHosts, targetBytes));
                    done = totalBytes >= targetBytes;
                }
            }
            finally
            {
                for (var i = 0; i < count; i++)
                {
                    ArrayPool<byte>.Shared.Return(batch[i].Bytes);
                    batch[i] = default;
                }
            }

            position += count;
            done |= position == targetHosts;
        }

        var siteResults = new GeneratedSite[siteCount];
        var manifestSites = new CorpusManifestSite[siteCount];
        for (var s = 0; s < siteCount; s++)
        {
            var site = sites[s];
            siteResults[s] = new GeneratedSite(site.Code, site.Hosts, site.Files, site.Bytes);
            manifestSites[s] = new CorpusManifestSite(site.Code, site.Hosts, site.Files, site.Bytes);
        }

        var platforms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (platform, _) in options.Vendors.Percent)
        {
            platforms[platform] = hosts.Count(h => h.Platform == platform);
        }

        var manifestPath = Path.Combine(output, CorpusManifest.FileName);
        CorpusManifest.Write(manifestPath, new CorpusManifest
        {
            Profile = options.Profile.ToLowerInvariant(),
            Seed = options.Seed,
            PortsPerHost = options.PortsPerHost,
            VendorMix = options.Vendors.ToString(),
            HostsPerFile = HostsPerFile,
            TargetBytes = targetBytes,
            TotalBytes = totalBytes,
            TotalHosts = hosts.Count,
            Platforms = platforms,
            Sites = manifestSites,
            ChangedFrom = changes is null ? null : new CorpusManifestChange(changes.BaseCorpus, changes.Rate, ChangeManifest.FileName),
        });

        return new GenerationResult
        {
            OutputDirectory = output,
            ManifestPath = manifestPath,
            Files = files,
            Sites = siteResults,
            Hosts = hosts,
            TotalBytes = totalBytes,
        };
    }

    /// <summary>The one host at a round-robin position, with its changes if any, as UTF-8 bytes in a pooled buffer.</summary>
    private static RenderedHost Render(GeneratorOptions options, double changeRate, long position, int siteCount, StringBuilder builder)
    {
        var plan = new HostPlan(options.Seed, (int)(position % siteCount), (int)(position / siteCount), options.PortsPerHost, options.Vendors);
        var changes = new List<ChangedPort>();
        plan = PortChanges.Apply(options.Seed, plan, changeRate, changes);
        var writer = SessionWriters.For(plan);
        builder.Clear();
        writer.Write(plan, builder);

        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(builder.Length));
        var length = 0;
        foreach (var chunk in builder.GetChunks())
        {
            length += Encoding.UTF8.GetBytes(chunk.Span, bytes.AsSpan(length));
        }

        return new RenderedHost(plan, writer.Platform, bytes, length, changes);
    }

    private static GeneratedHost Append(SiteTally site, RenderedHost host, List<string> files)
    {
        var fileNumber = (host.Plan.HostIndex / HostsPerFile) + 1;
        var path = Path.Combine(site.Directory, string.Create(CultureInfo.InvariantCulture, $"{site.Code}-capture-{fileNumber:D4}.log"));
        var first = host.Plan.HostIndex % HostsPerFile == 0;
        if (first)
        {
            files.Add(path);
            site.Files++;
        }

        long offset;
        using (var stream = new FileStream(path, first ? FileMode.Create : FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0))
        {
            offset = stream.Position;
            stream.Write(host.Bytes, 0, host.Length);
        }

        site.Hosts++;
        site.Bytes += host.Length;
        return new GeneratedHost(host.Plan.Hostname, site.Code, host.Platform, host.Plan.Ports.Length, path, offset, host.Length);
    }

    /// <summary>Removes an earlier corpus's capture files (and only those) so a smaller corpus leaves no stale hosts behind.</summary>
    private static void PrepareOutput(string output)
    {
        Directory.CreateDirectory(output);
        var manifest = Path.Combine(output, CorpusManifest.FileName);
        if (!File.Exists(manifest))
        {
            return;
        }

        foreach (var directory in Directory.EnumerateDirectories(output))
        {
            var site = Path.GetFileName(directory);
            foreach (var file in Directory.EnumerateFiles(directory, site + "-capture-*.log"))
            {
                File.Delete(file);
            }

            if (!Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
        }

        File.Delete(manifest);
        File.Delete(Path.Combine(output, ChangeManifest.FileName));
    }

    private readonly record struct RenderedHost(HostPlan Plan, string Platform, byte[] Bytes, int Length, List<ChangedPort> Changes);

    /// <summary>A change run's settings and, in host order, the ports it changed.</summary>
    private sealed class ChangeRun(string baseCorpus, double rate)
    {
        public string BaseCorpus { get; } = baseCorpus;
        public double Rate { get; } = rate;
        public List<ChangedPort> Changes { get; } = [];
    }

    private sealed class SiteTally(string code, string directory)
    {
        public string Code { get; } = code;
        public string Directory { get; } = directory;
        public int Hosts { get; set; }
        public int Files { get; set; }
        public long Bytes { get; set; }
    }
}
