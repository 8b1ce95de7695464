using System.Text.Json;
using StateTrace.Engine.Gates;
using StateTrace.Engine.Generation;

namespace StateTrace.Engine.Load;

/// <summary>
/// Reads a scenario file (schema in <c>loadtests/README.md</c>) and refuses anything it cannot run with a
/// <see cref="ScenarioException"/> naming the file, the JSON path and the reason: unknown keys and simulation kinds,
/// negative rates, an interval longer than its duration, open and closed simulations mixed in one scenario (as
/// NBomber refuses them), unknown gates, runs without a bound.
/// </summary>
public static partial class ScenarioReader
{
    /// <summary>No scenario injects for longer than this; with the drain timeout it bounds every run.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(6);

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly string[] Kinds = ["Inject", "RampingInject", "KeepConstant", "RampingConstant", "Pause"];

    /// <summary>Gates whose measure is a per-host latency, so they can be restricted to some sites.</summary>
    private static readonly string[] SiteGates = ["parse.p95", "parse.max", "write.p95", "queue.p95", "queue.p99"];

    /// <exception cref="ScenarioException">The file is missing, not JSON, or not a valid scenario file.</exception>
    public static LoadFile Load(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        string json;
        try
        {
            json = File.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException(full, "$", $"cannot be read ({e.Message})", e);
        }

        return Parse(json, full);
    }

    /// <summary>Parses scenario text; <paramref name="path"/> names it in errors and anchors a relative corpus folder.</summary>
    public static LoadFile Parse(string json, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new ScenarioException(path, "$", $"is not valid JSON ({e.Message})", e);
        }

        using (document)
        {
            var root = new ScenarioNode(path, "$", document.RootElement);
            CorpusSpec? corpus = null;
            IReadOnlyList<LoadScenario>? scenarios = null;
            var file = new LoadFile { Path = path, Corpus = new CorpusSpec(null, null), Scenarios = [] };
            foreach (var (key, node) in root.Members("description", "corpus", "sites", "store", "scheduler", "scenarios"))
            {
                switch (key)
                {
                    case "description":
                        file = file with { Description = node.String() };
                        break;
                    case "corpus":
                        corpus = Corpus(node);
                        break;
                    case "sites":
                        file = Sites(node, file);
                        break;
                    case "store":
                        file = file with { Store = Store(node) };
                        break;
                    case "scheduler":
                        file = file with { Scheduler = Scheduler(node) };
                        break;
                    default:
                        scenarios = [.. node.Items().Select(Scenario)];
                        break;
                }
            }

            if (corpus is null)
            {
                throw root.Error("\"corpus\" is required: { \"folder\": \"…\" } or { \"generate\": { … } }");
            }

            if (scenarios is null || scenarios.Count == 0)
            {
                throw root.Error("\"scenarios\" is required and must hold at least one scenario");
            }

            for (var i = 0; i < scenarios.Count; i++)
            {
                var duplicate = scenarios.Take(i).FirstOrDefault(s => string.Equals(s.Name, scenarios[i].Name, StringComparison.OrdinalIgnoreCase));
                if (duplicate is not null)
                {
                    throw new ScenarioException(path, $"$.scenarios[{i}].name", $"\"{scenarios[i].Name}\" names two scenarios");
                }

                if (scenarios[i].Doubling is not null && corpus.Generate is null)
                {
                    throw new ScenarioException(path, $"$.scenarios[{i}].doubling",
                        "needs \"corpus\": { \"generate\": … }: the same bytes are generated once over each number of sites");
                }
            }

            return file with { Corpus = Resolve(corpus, path), Scenarios = scenarios };
        }
    }

    private static CorpusSpec Resolve(CorpusSpec corpus, string path) => corpus.Folder is { } folder
        ? corpus with { Folder = System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path) ?? ".", folder)) }
        : corpus;

    private static CorpusSpec Corpus(ScenarioNode node)
    {
        string? folder = null;
        GenerateSpec? generate = null;
        foreach (var (key, child) in node.Members("folder", "generate"))
        {
            if (key == "folder")
            {
                folder = child.String();
            }
            else
            {
                generate = Generate(child);
            }
        }

        return (folder, generate) switch
        {
            (null, null) => throw node.Error("give \"folder\" (session logs, relative to the scenario file) or \"generate\" (generator parameters)"),
            (not null, not null) => throw node.Error("give \"folder\" or \"generate\", not both"),
            _ => new CorpusSpec(folder, generate),
        };
    }

    private static GenerateSpec Generate(ScenarioNode node)
    {
        var spec = new GenerateSpec();
        foreach (var (key, child) in node.Members("profile", "seed", "sites", "hostsPerSite", "size", "portsPerHost", "vendors"))
        {
            spec = key switch
            {
                "profile" => spec with { Profile = child.String() },
                "seed" => spec with { Seed = (ulong)child.Integer(0, int.MaxValue) },
                "sites" => spec with { Sites = child.Integer(1, GeneratorOptions.MaxSites) },
                "hostsPerSite" => spec with { HostsPerSite = child.Integer(1, GeneratorOptions.MaxHostsPerSite) },
                "portsPerHost" => spec with { PortsPerHost = child.Integer(1, GeneratorOptions.MaxPortsPerHost) },
                "vendors" => spec with { Vendors = Vendors(child) },
                _ => spec with { SizeBytes = Size(child) },
            };
        }

        if (spec.HostsPerSite is not null && spec.SizeBytes is not null)
        {
            throw node.Error("give \"size\" or \"hostsPerSite\", not both");
        }

        if (!string.Equals(spec.Profile, GeneratorOptions.ReferenceProfile, StringComparison.OrdinalIgnoreCase))
        {
            throw node.Child("profile", default).Error($"\"{spec.Profile}\" is not a profile; the known profiles are: {GeneratorOptions.ReferenceProfile}");
        }

        return spec;
    }

    private static long Size(ScenarioNode node) =>
        node.Value.ValueKind == JsonValueKind.String && ScenarioText.TryParseSize(node.Value.GetString()!, out var bytes)
            ? bytes
            : throw node.Error($"must be a size such as \"64MB\" or \"1GB\" (at most 1TB), not {node.Describe()}");

    private static string Vendors(ScenarioNode node)
    {
        var text = node.String();
        try
        {
            return VendorMix.Parse(text).ToString();
        }
        catch (FormatException e)
        {
            throw node.Error(e.Message.TrimEnd('.'));
        }
    }

    private static LoadFile Sites(ScenarioNode node, LoadFile file)
    {
        var weights = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var fallback = 1.0;
        foreach (var (key, child) in node.Members())
        {
            var weight = child.Number(0, 1_000_000);
            if (key == "*")
            {
                fallback = weight;
            }
            else
            {
                weights[key] = weight;
            }
        }

        return file with { SiteWeights = weights, DefaultSiteWeight = fallback };
    }

    private static LoadStoreSpec Store(ScenarioNode node)
    {
        var store = new LoadStoreSpec();
        foreach (var (key, child) in node.Members("kind", "maxInterfacesPerBatch", "keep"))
        {
            store = key switch
            {
                "kind" => child.String() is "sqlite" ? store : throw child.Error(
                    $"\"{child.String()}\" is not supported by load replays yet; each replay writes fresh SQLite stores in its run folder (\"sqlite\")"),
                "maxInterfacesPerBatch" => store with { MaxInterfacesPerBatch = child.Integer(1, 1_000_000) },
                _ => store with { Keep = child.Bool() },
            };
        }

        return store;
    }

    private static SchedulerOverrides Scheduler(ScenarioNode node)
    {
        var o = new SchedulerOverrides();
        foreach (var (key, child) in node.Members("autoScaleConcurrency", "maxParallelism", "maxWorkersPerSite", "maxActiveSites", "maxConsecutiveSiteLaunches", "jobsPerThread"))
        {
            o = key switch
            {
                "autoScaleConcurrency" => o with { AutoScaleConcurrency = child.Bool() },
                "maxParallelism" => o with { MaxParallelism = child.Integer(0, 1024) },
                "maxWorkersPerSite" => o with { MaxWorkersPerSite = child.Integer(0, 1024) },
                "maxActiveSites" => o with { MaxActiveSites = child.Integer(0, 100_000) },
                "maxConsecutiveSiteLaunches" => o with { MaxConsecutiveSiteLaunches = child.Integer(0, 100_000) },
                _ => o with { JobsPerThread = child.Integer(0, 1024) },
            };
        }

        return o;
    }
}
