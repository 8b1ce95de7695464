using StateTrace.Engine.Scheduling;

namespace StateTrace.Engine.Load;

/// <summary>A scenario file (<c>loadtests/*.json</c>), read and validated by <see cref="ScenarioReader"/>.</summary>
public sealed record LoadFile
{
    /// <summary>The file it was read from (full path).</summary>
    public required string Path { get; init; }

    public string? Description { get; init; }
    public required CorpusSpec Corpus { get; init; }

    /// <summary>Arrival weight per site (<c>sites</c>); a site not named weighs <see cref="DefaultSiteWeight"/>; 0 leaves it out.</summary>
    public IReadOnlyDictionary<string, double> SiteWeights { get; init; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The weight of sites not named (<c>"*"</c> in <c>sites</c>). Default 1.</summary>
    public double DefaultSiteWeight { get; init; } = 1;

    public LoadStoreSpec Store { get; init; } = new();

    /// <summary>Scheduler settings that override the root's settings for this file.</summary>
    public SchedulerOverrides Scheduler { get; init; } = new();

    public required IReadOnlyList<LoadScenario> Scenarios { get; init; }

    public double WeightOf(string site) => SiteWeights.TryGetValue(site, out var w) ? w : DefaultSiteWeight;
}

/// <summary>Where the host bundles come from: a folder of session logs, or a corpus generated for the run.</summary>
public sealed record CorpusSpec(string? Folder, GenerateSpec? Generate);

/// <summary>The generator's parameters (as <c>statetrace generate</c> takes them).</summary>
public sealed record GenerateSpec
{
    public string Profile { get; init; } = "reference";
    public ulong Seed { get; init; } = 1;
    public int Sites { get; init; } = 5;
    public int? HostsPerSite { get; init; }

    /// <summary>Total bytes to reach; given, or <see cref="HostsPerSite"/>, not both.</summary>
    public long? SizeBytes { get; init; }

    public int PortsPerHost { get; init; } = 48;

    /// <summary>The vendor mix as <c>platform=weight,…</c>; null for the reference mix.</summary>
    public string? Vendors { get; init; }
}

/// <param name="Keep">Keep the run's stores after it (default false: a replay's store is scratch, deleted at the end).</param>
public sealed record LoadStoreSpec(string Kind = "sqlite", int? MaxInterfacesPerBatch = null, bool Keep = false);

/// <summary>The scheduler keys a scenario file may set; null keeps the root's setting.</summary>
public sealed record SchedulerOverrides
{
    public bool? AutoScaleConcurrency { get; init; }
    public int? MaxParallelism { get; init; }
    public int? MaxWorkersPerSite { get; init; }
    public int? MaxActiveSites { get; init; }
    public int? MaxConsecutiveSiteLaunches { get; init; }
    public int? JobsPerThread { get; init; }

    public SchedulerOptions Apply(SchedulerOptions options) => options with
    {
        AutoScaleConcurrency = AutoScaleConcurrency ?? options.AutoScaleConcurrency,
        MaxParallelism = MaxParallelism ?? options.MaxParallelism,
        MaxWorkersPerSite = MaxWorkersPerSite ?? options.MaxWorkersPerSite,
        MaxActiveSites = MaxActiveSites ?? options.MaxActiveSites,
        MaxConsecutiveSiteLaunches = MaxConsecutiveSiteLaunches ?? options.MaxConsecutiveSiteLaunches,
        JobsPerThread = JobsPerThread ?? options.JobsPerThread,
    };
}

/// <summary>One scenario: its load simulations, limits and thresholds. Each scenario runs on its own, into a fresh store.</summary>
public sealed record LoadScenario
{
    public required string Name { get; init; }
    public required IReadOnlyList<LoadSimulation> Simulations { get; init; }

    /// <summary>Open model: bundles in flight at most; an arrival beyond it is dropped and counted. Default 1000.</summary>
    public int MaxInFlight { get; init; } = 1000;

    /// <summary>After injection stops, how long bundles in flight may take to finish. Default 60 s.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Parse a few bundles before the clock starts (nothing written, nothing measured) so JIT is not measured. Default true.</summary>
    public bool WarmUp { get; init; } = true;

    public IReadOnlyList<ScenarioThreshold> Thresholds { get; init; } = [];

    /// <summary>Set for the doubling experiment: the scenario is replayed over two site counts, alternating.</summary>
    public DoublingSpec? Doubling { get; init; }

    public LoadTimeline Timeline() => new(Simulations);

    /// <summary>The scenario with every simulation's duration multiplied by <paramref name="scale"/> (<c>--duration-scale</c>).</summary>
    public LoadScenario Scaled(double scale) => scale == 1 ? this : this with
    {
        Simulations = [.. Simulations.Select(s => Scale(s, scale))],
    };

    private static LoadSimulation Scale(LoadSimulation s, double k)
    {
        var during = TimeSpan.FromTicks(Math.Max(1, (long)Math.Round(s.During.Ticks * k)));
        return s switch
        {
            Inject i => i with { During = during },
            RampingInject r => r with { During = during },
            KeepConstant c => c with { During = during },
            RampingConstant r => r with { During = during },
            _ => new Pause(during),
        };
    }
}

/// <summary>
/// A threshold named after a catalogue gate, with the gates file's keys; <see cref="Sites"/> restricts a latency gate
/// to those sites' merged measurements (the light sites of the fairness scenario).
/// </summary>
public sealed record ScenarioThreshold(string Gate, double? Threshold = null, int? MinSamples = null, bool? Enabled = null, IReadOnlyList<string>? Sites = null)
{
    /// <summary>The gate's name in verdict tables: <c>queue.p95</c>, or <c>queue.p95[BOYO,HQ01]</c> when restricted to sites.</summary>
    public string Label => Sites is { Count: > 0 } ? $"{Gate}[{string.Join(',', Sites)}]" : Gate;
}

/// <summary>
/// The doubling experiment: the same bytes generated over <see cref="SitesBefore"/> and then <see cref="SitesAfter"/>
/// sites, replayed alternately <see cref="Repetitions"/> times each on fresh stores, compared with a Mann–Whitney test.
/// </summary>
public sealed record DoublingSpec(int SitesBefore, int SitesAfter, int Repetitions = 5, double ThresholdPercent = 5, double Alpha = 0.05);
