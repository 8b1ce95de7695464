namespace StateTrace.Engine.Generation;

/// <summary>
/// What <see cref="CorpusGenerator"/> writes. A host's bytes depend only on <see cref="Seed"/>, its site index, its
/// host index, <see cref="PortsPerHost"/> and <see cref="Vendors"/>: changing <see cref="Sites"/>,
/// <see cref="HostsPerSite"/> or <see cref="TargetBytes"/> adds or drops whole hosts and never alters one.
/// </summary>
public sealed record GeneratorOptions
{
    /// <summary>
    /// The one profile so far (design §5: THE reference corpus): a multi-vendor campus, by default in the shares of
    /// <see cref="VendorMix.Reference"/>.
    /// </summary>
    public const string ReferenceProfile = "reference";

    /// <summary>Default size of the reference corpus when neither a size nor a host count is given: 1 GiB.</summary>
    public const long ReferenceTargetBytes = 1L << 30;

    /// <summary>The profile to generate. Default <c>reference</c>.</summary>
    public string Profile { get; init; } = ReferenceProfile;

    /// <summary>Seed of every generated value. Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Number of sites (WLLS, BOYO, HQ01, …). Default 5.</summary>
    public int Sites { get; init; } = 5;

    /// <summary>Exactly this many hosts per site; give it or <see cref="TargetBytes"/>, not both.</summary>
    public int? HostsPerSite { get; init; }

    /// <summary>
    /// Hosts are added round-robin over the sites until the corpus holds at least this many bytes (it overshoots by
    /// less than one host). Default, when <see cref="HostsPerSite"/> is not given either: 1 GiB.
    /// </summary>
    public long? TargetBytes { get; init; }

    /// <summary>
    /// Access ports per switch (48 per stack member). Default 48. Devices that cannot hold as many get fewer: server
    /// switches and Arista 720XP 48, firewalls 20.
    /// </summary>
    public int PortsPerHost { get; init; } = 48;

    /// <summary>The share of each platform among the hosts. Default <see cref="VendorMix.Reference"/>.</summary>
    public VendorMix Vendors { get; init; } = VendorMix.Reference;

    /// <summary>Where <c>&lt;SITE&gt;/&lt;SITE&gt;-capture-NNNN.log</c> and <c>corpus.json</c> are written.</summary>
    public string OutputDirectory { get; init; } = "";

    /// <summary>Exactly this many hosts, round-robin over the sites (a change run rebuilding its base corpus).</summary>
    internal int? TotalHosts { get; init; }

    internal const int MaxSites = 1000;
    internal const int MaxHostsPerSite = 1_000_000;
    internal const int MaxPortsPerHost = 8 * 48;

    /// <summary>Throws <see cref="ArgumentException"/> with one clear sentence when the options make no sense.</summary>
    public void Validate()
    {
        if (!string.Equals(Profile, ReferenceProfile, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Unknown profile '{Profile}'; the known profiles are: {ReferenceProfile}.", nameof(Profile));
        }

        if (Sites is < 1 or > MaxSites)
        {
            throw new ArgumentException($"The number of sites must be between 1 and {MaxSites}, not {Sites}.", nameof(Sites));
        }

        if (HostsPerSite is < 1 or > MaxHostsPerSite)
        {
            throw new ArgumentException($"The number of hosts per site must be between 1 and {MaxHostsPerSite:N0}, not {HostsPerSite}.", nameof(HostsPerSite));
        }

        if (TotalHosts is < 1)
        {
            throw new ArgumentException($"The number of hosts must be at least 1, not {TotalHosts}.", nameof(TotalHosts));
        }

        if (TargetBytes is < 1)
        {
            throw new ArgumentException($"The target size must be at least 1 byte, not {TargetBytes}.", nameof(TargetBytes));
        }

        if ((HostsPerSite is not null ? 1 : 0) + (TargetBytes is not null ? 1 : 0) + (TotalHosts is not null ? 1 : 0) > 1)
        {
            throw new ArgumentException("Give either a number of hosts per site or a target size, not both.", nameof(HostsPerSite));
        }

        ArgumentNullException.ThrowIfNull(Vendors);
        if (PortsPerHost is < 1 or > MaxPortsPerHost)
        {
            throw new ArgumentException($"The number of ports per host must be between 1 and {MaxPortsPerHost}, not {PortsPerHost}.", nameof(PortsPerHost));
        }

        if (string.IsNullOrWhiteSpace(OutputDirectory))
        {
            throw new ArgumentException("An output folder is required.", nameof(OutputDirectory));
        }

        if (File.Exists(OutputDirectory))
        {
            throw new ArgumentException($"The output path '{OutputDirectory}' is a file, not a folder.", nameof(OutputDirectory));
        }

        if (Directory.Exists(OutputDirectory)
            && Directory.EnumerateFileSystemEntries(OutputDirectory).Any()
            && !File.Exists(Path.Combine(OutputDirectory, CorpusManifest.FileName)))
        {
            throw new ArgumentException(
                $"The output folder '{OutputDirectory}' is not empty and holds no {CorpusManifest.FileName}; choose an empty folder or an earlier corpus.",
                nameof(OutputDirectory));
        }
    }

    /// <summary>The size to reach, or null when <see cref="HostsPerSite"/> fixes the corpus instead.</summary>
    internal long? EffectiveTargetBytes => HostsPerSite is null && TotalHosts is null ? TargetBytes ?? ReferenceTargetBytes : null;

    /// <summary>The number of hosts to write, or null when <see cref="EffectiveTargetBytes"/> decides.</summary>
    internal long? EffectiveHosts => TotalHosts is int total ? total : HostsPerSite is int perSite ? (long)perSite * Sites : null;
}
