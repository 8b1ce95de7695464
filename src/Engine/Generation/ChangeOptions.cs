using System.Globalization;

namespace StateTrace.Engine.Generation;

/// <summary>
/// A "next day" corpus: the hosts of the corpus in <see cref="BaseDirectory"/> again, with each port changed with
/// probability <see cref="ChangeRate"/> (the same rate always picks the same ports, and a higher rate a superset).
/// </summary>
public sealed record ChangeOptions
{
    /// <summary>The folder of the corpus to change (it holds <c>corpus.json</c>).</summary>
    public required string BaseDirectory { get; init; }

    /// <summary>Probability that a port changes, 0 to 1. Default 0.01.</summary>
    public double ChangeRate { get; init; } = 0.01;

    /// <summary>Where the changed corpus, its <c>corpus.json</c> and <c>changes.json</c> are written.</summary>
    public string OutputDirectory { get; init; } = "";

    /// <summary>
    /// Reads the base corpus's manifest and returns the options that rebuild its hosts. Throws
    /// <see cref="ArgumentException"/> with one clear sentence when the base, the rate or the output make no sense.
    /// </summary>
    internal (GeneratorOptions Options, CorpusManifest Base) Resolve()
    {
        if (!double.IsFinite(ChangeRate) || ChangeRate is < 0 or > 1)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The change rate must be a probability between 0 and 1, not {ChangeRate}."), nameof(ChangeRate));
        }

        if (string.IsNullOrWhiteSpace(BaseDirectory))
        {
            throw new ArgumentException("The base corpus folder is required.", nameof(BaseDirectory));
        }

        var manifestPath = Path.Combine(BaseDirectory, CorpusManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            throw new ArgumentException(
                $"'{BaseDirectory}' holds no {CorpusManifest.FileName}; give the folder of a corpus that statetrace generate wrote.", nameof(BaseDirectory));
        }

        var manifest = CorpusManifest.TryRead(manifestPath)
            ?? throw new ArgumentException($"'{manifestPath}' is not a corpus manifest (it does not read as one).", nameof(BaseDirectory));
        if (manifest.GeneratorVersion != CorpusManifest.CurrentGeneratorVersion || manifest.VendorMix is null)
        {
            throw new ArgumentException(
                $"The corpus in '{BaseDirectory}' was made by generator version {manifest.GeneratorVersion}, this is version {CorpusManifest.CurrentGeneratorVersion}; generate the base corpus again first.",
                nameof(BaseDirectory));
        }

        if (manifest.ChangedFrom is not null)
        {
            throw new ArgumentException(
                $"The corpus in '{BaseDirectory}' is itself a changed corpus; give the base corpus it was made from ({manifest.ChangedFrom.BaseCorpus}).",
                nameof(BaseDirectory));
        }

        if (!string.IsNullOrWhiteSpace(OutputDirectory)
            && string.Equals(Path.GetFullPath(OutputDirectory).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(BaseDirectory).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            throw new ArgumentException("The changed corpus must go to another folder than the base corpus.", nameof(OutputDirectory));
        }

        var sites = manifest.Sites.Count;
        for (var s = 0; s < sites; s++)
        {
            // Hosts are added round-robin, so the first TotalHosts % sites sites hold one host more.
            var expected = (manifest.TotalHosts / sites) + (s < manifest.TotalHosts % sites ? 1 : 0);
            if (manifest.Sites[s].Hosts != expected || manifest.Sites[s].Site != SiteCodes.For(s))
            {
                throw new ArgumentException(
                    $"The manifest of '{BaseDirectory}' does not describe a generated corpus (site {manifest.Sites[s].Site} holds {manifest.Sites[s].Hosts} hosts).",
                    nameof(BaseDirectory));
            }
        }

        VendorMix mix;
        try
        {
            mix = VendorMix.Parse(manifest.VendorMix);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"The vendor mix in '{manifestPath}' does not read: {e.Message}", nameof(BaseDirectory), e);
        }

        var options = new GeneratorOptions
        {
            Profile = manifest.Profile,
            Seed = manifest.Seed,
            Sites = sites,
            PortsPerHost = manifest.PortsPerHost,
            Vendors = mix,
            OutputDirectory = OutputDirectory,
            TotalHosts = manifest.TotalHosts,
        };
        options.Validate();
        return (options, manifest);
    }
}

/// <summary>One changed port, as <c>changes.json</c> lists it: old and new values as the device prints them.</summary>
public sealed record ChangedPort(string Site, string Hostname, string Platform, string Port, string Field, string OldValue, string NewValue);

/// <summary><c>changes.json</c>: every port a change run changed, and the totals a <c>changed.exact</c> gate checks.</summary>
internal sealed record ChangeManifest
{
    public const string FileName = "changes.json";

    public string GeneratorVersion { get; init; } = CorpusManifest.CurrentGeneratorVersion;
    public required string BaseCorpus { get; init; }
    public required ulong Seed { get; init; }
    public required double ChangeRate { get; init; }
    public required int TotalHosts { get; init; }
    public required int HostsChanged { get; init; }
    public required int PortsChanged { get; init; }

    /// <summary>Ports changed per field: description, vlan, status.</summary>
    public required IReadOnlyDictionary<string, int> Fields { get; init; }

    public required IReadOnlyList<ChangedPort> Changes { get; init; }
}

/// <summary>What <see cref="CorpusGenerator.GenerateChanged"/> wrote.</summary>
public sealed record ChangeResult
{
    public required GenerationResult Corpus { get; init; }

    /// <summary>The <c>changes.json</c> listing every changed port.</summary>
    public required string ChangesPath { get; init; }

    public required int HostsChanged { get; init; }

    public required IReadOnlyList<ChangedPort> Changes { get; init; }
}
