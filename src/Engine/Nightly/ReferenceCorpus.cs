using System.Globalization;
using StateTrace.Engine.Generation;

namespace StateTrace.Engine.Nightly;

/// <summary>The nightly's corpus: where it is, and whether this nightly had to generate it.</summary>
internal sealed record ReferenceCorpus(string Directory, string Name, bool Generated, int Hosts, long TotalBytes);

/// <summary>
/// The reference corpus (<c>generate --profile reference --seed S --size N</c>) cached under
/// <c>&lt;root&gt;/corpora/reference-seed&lt;S&gt;-&lt;N&gt;</c>. A cached copy is used only when its <c>corpus.json</c> names the
/// same generator version, profile, seed, size, sites, ports per host and vendor mix, and its capture files add up to
/// the bytes it lists; anything else (a crash mid-generation, a newer generator) regenerates it.
/// </summary>
internal static class ReferenceCorpora
{
    public const string FolderName = "corpora";

    public static string Name(ulong seed, long targetBytes) => $"reference-seed{seed.ToString(CultureInfo.InvariantCulture)}-{SizeLabel(targetBytes)}";

    public static ReferenceCorpus Ensure(string root, ulong seed, long targetBytes, IProgress<GenerationProgress>? progress = null, CancellationToken ct = default)
    {
        var name = Name(seed, targetBytes);
        var directory = Path.Combine(root, FolderName, name);
        var options = new GeneratorOptions { Seed = seed, TargetBytes = targetBytes, OutputDirectory = directory };
        if (Cached(directory, options) is { } manifest)
        {
            return new ReferenceCorpus(directory, name, Generated: false, manifest.TotalHosts, manifest.TotalBytes);
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        var result = CorpusGenerator.Generate(options, progress, ct);
        return new ReferenceCorpus(directory, name, Generated: true, result.Hosts.Count, result.TotalBytes);
    }

    /// <summary><c>1GB</c>, <c>200MB</c>, <c>512KB</c> when the size is a whole number of those (binary units), else bytes.</summary>
    public static string SizeLabel(long bytes) => bytes switch
    {
        > 0 when bytes % (1L << 30) == 0 => $"{bytes >> 30}GB",
        > 0 when bytes % (1L << 20) == 0 => $"{bytes >> 20}MB",
        > 0 when bytes % (1L << 10) == 0 => $"{bytes >> 10}KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + "B",
    };

    private static CorpusManifest? Cached(string directory, GeneratorOptions options)
    {
        var path = Path.Combine(directory, CorpusManifest.FileName);
        if (!File.Exists(path) || CorpusManifest.TryRead(path) is not { } manifest)
        {
            return null;
        }

        var same = manifest.GeneratorVersion == CorpusManifest.CurrentGeneratorVersion
            && string.Equals(manifest.Profile, options.Profile, StringComparison.OrdinalIgnoreCase)
            && manifest.Seed == options.Seed
            && manifest.TargetBytes == options.TargetBytes
            && manifest.PortsPerHost == options.PortsPerHost
            && manifest.Sites.Count == options.Sites
            && manifest.VendorMix == options.Vendors.ToString()
            && manifest.ChangedFrom is null;
        if (!same)
        {
            return null;
        }

        long bytes = 0;
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            if (!string.Equals(Path.GetFullPath(file), Path.GetFullPath(path), StringComparison.Ordinal))
            {
                bytes += new FileInfo(file).Length;
            }
        }

        return bytes == manifest.TotalBytes ? manifest : null;
    }
}
