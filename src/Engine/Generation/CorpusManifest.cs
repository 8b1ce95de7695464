using System.Text.Json;
using System.Text.Json.Serialization;

namespace StateTrace.Engine.Generation;

/// <summary>
/// <c>corpus.json</c>: how a corpus was made, so a run can name it and a later <c>--changed-from</c> can rebuild its
/// hosts exactly (same generator version, seed and ports per host).
/// </summary>
internal sealed record CorpusManifest
{
    public const string FileName = "corpus.json";

    /// <summary>
    /// Bumped whenever the generator's output bytes change for the same options, so corpora made by different
    /// versions are never taken for each other.
    /// </summary>
    public const string CurrentGeneratorVersion = "1";

    public string GeneratorVersion { get; init; } = CurrentGeneratorVersion;
    public required string Profile { get; init; }
    public required ulong Seed { get; init; }
    public required int PortsPerHost { get; init; }
    public required int HostsPerFile { get; init; }
    public long? TargetBytes { get; init; }
    public required long TotalBytes { get; init; }
    public required int TotalHosts { get; init; }
    public required IReadOnlyList<CorpusManifestSite> Sites { get; init; }

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

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CorpusManifest))]
internal sealed partial class GenerationJsonContext : JsonSerializerContext;
