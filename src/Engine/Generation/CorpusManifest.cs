using System.Text.Json;
using System.Text.Json.Serialization;

namespace StateTrace.Engine.Generation;

/// <summary>
/// <c>corpus.json</c>: how a corpus was made, so a run can name it and a later <c>--changed-from</c> can rebuild its
/// hosts exactly (same generator version, seed, ports per host, vendor mix and hosts per site).
/// </summary>
internal sealed record CorpusManifest
{
    public const string FileName = "corpus.json";

    /// <summary>
    /// Bumped whenever the generator's output bytes change for the same options, so corpora made by different
    /// versions are never taken for each other. 2: every platform, vendor mix, change runs.
    /// </summary>
    public const string CurrentGeneratorVersion = "2";

    public string GeneratorVersion { get; init; } = CurrentGeneratorVersion;
    public required string Profile { get; init; }
    public required ulong Seed { get; init; }
    public required int PortsPerHost { get; init; }

    /// <summary>The mix as <see cref="VendorMix.Parse"/> reads it: <c>cisco_ios=50,aruba_aoscx=12,…</c>.</summary>
    public string? VendorMix { get; init; }

    public required int HostsPerFile { get; init; }
    public long? TargetBytes { get; init; }
    public required long TotalBytes { get; init; }
    public required int TotalHosts { get; init; }

    /// <summary>Hosts per platform, in the mix's order.</summary>
    public IReadOnlyDictionary<string, int>? Platforms { get; init; }

    public required IReadOnlyList<CorpusManifestSite> Sites { get; init; }

    /// <summary>Set on a corpus made by <c>--changed-from</c>: which corpus it changes, and how.</summary>
    public CorpusManifestChange? ChangedFrom { get; init; }

    public static void Write(string path, CorpusManifest manifest)
    {
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, manifest, GenerationJsonContext.Default.CorpusManifest);
    }

    public static CorpusManifest? TryRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, GenerationJsonContext.Default.CorpusManifest);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

internal sealed record CorpusManifestSite(string Site, int Hosts, int Files, long Bytes);

/// <summary>The base corpus (its folder as given) and the change rate; the changes themselves are in <c>changes.json</c>.</summary>
internal sealed record CorpusManifestChange(string BaseCorpus, double ChangeRate, string Changes);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CorpusManifest))]
[JsonSerializable(typeof(ChangeManifest))]
internal sealed partial class GenerationJsonContext : JsonSerializerContext;
