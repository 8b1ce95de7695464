namespace StateTrace.Engine.Generation;

/// <summary>What <see cref="CorpusGenerator.Generate"/> wrote.</summary>
public sealed record GenerationResult
{
    public required string OutputDirectory { get; init; }

    /// <summary>The <c>corpus.json</c> describing the corpus.</summary>
    public required string ManifestPath { get; init; }

    /// <summary>Every capture file written, in the order they were created.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    public required IReadOnlyList<GeneratedSite> Sites { get; init; }

    /// <summary>Every host, in generation order (round-robin over the sites), with where its bytes are.</summary>
    public required IReadOnlyList<GeneratedHost> Hosts { get; init; }

    public long TotalBytes { get; init; }
}

/// <summary>One site's share of the corpus.</summary>
public sealed record GeneratedSite(string Site, int Hosts, int Files, long Bytes);

/// <summary>One host's capture: <paramref name="Length"/> bytes at <paramref name="Offset"/> of <paramref name="File"/>.</summary>
public sealed record GeneratedHost(string Hostname, string Site, string Platform, int PortCount, string File, long Offset, int Length);

/// <summary>Reported after every host written.</summary>
public readonly record struct GenerationProgress(int Hosts, long Bytes, int? TargetHosts, long? TargetBytes);
