using System.Text.Json;
using StateTrace.Engine.Gates;
using StateTrace.Engine.Generation;

namespace StateTrace.Engine.Load;

/// <summary>The scenarios of a file: load simulations, thresholds, the doubling experiment.</summary>
public static partial class ScenarioReader
{
    private static LoadScenario Scenario(ScenarioNode node)
    {
        string? name = null;
        IReadOnlyList<LoadSimulation>? simulations = null;
        var scenario = new LoadScenario { Name = "", Simulations = [] };
        foreach (var (key, child) in node.Members("name", "loadSimulations", "maxInFlight", "drainTimeout", "warmUp", "thresholds", "doubling"))
        {
            switch (key)
            {
                case "name":
                    name = child.String();
                    break;
                case "loadSimulations":
                    simulations = Simulations(child);
                    break;
                case "maxInFlight":
                    scenario = scenario with { MaxInFlight = child.Integer(1, 1_000_000) };
                    break;
                case "drainTimeout":
                    scenario = scenario with { DrainTimeout = child.Duration(TimeSpan.FromHours(1)) };
                    break;
                case "warmUp":
                    scenario = scenario with { WarmUp = child.Bool() };
                    break;
                case "thresholds":
                    scenario = scenario with { Thresholds = [.. child.Items().Select(Threshold)] };
                    break;
                default:
                    scenario = scenario with { Doubling = Doubling(child) };
                    break;
            }
        }

        if (name is null)
        {
            throw node.Error("\"name\" is required");
        }

        if (simulations is null || simulations.Count == 0)
        {
            throw node.Error("\"loadSimulations\" is required and must hold at least one simulation");
        }

        var total = simulations.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.During);
        if (total > MaxDuration)
        {
            throw node.Child("loadSimulations", default).Error($"lasts {ScenarioText.Format(total)} in all; a scenario runs at most {ScenarioText.Format(MaxDuration)}");
        }

        if (simulations.All(s => s.IsOpen is null))
        {
            throw node.Child("loadSimulations", default).Error("holds only pauses; add an Inject, RampingInject, KeepConstant or RampingConstant");
        }

        return scenario with { Name = name, Simulations = simulations };
    }

    private static List<LoadSimulation> Simulations(ScenarioNode node)
    {
        var list = new List<LoadSimulation>();
        LoadSimulation? model = null;
        foreach (var item in node.Items())
        {
            var simulation = Simulation(item);
            if (simulation.IsOpen is bool open && model is not null && model.IsOpen != open)
            {
                throw item.Error($"{simulation.Kind} ({Model(simulation)}) cannot be mixed with {model.Kind} ({Model(model)}) in one scenario; " +
                    "as in NBomber, a scenario either injects at a rate (Inject, RampingInject) or keeps copies (KeepConstant, RampingConstant), plus pauses");
            }

            model ??= simulation.IsOpen is null ? null : simulation;
            list.Add(simulation);
        }

        return list;
    }

    private static string Model(LoadSimulation s) => s.IsOpen == true ? "open model" : "closed model";

    /// <summary>
    /// One simulation, in NBomber's JSON form <c>{ "Inject": [rate, "interval", "during"] }</c>,
    /// <c>{ "KeepConstant": [copies, "during"] }</c>, <c>{ "Pause": "during" }</c>, or with named members
    /// <c>{ "Inject": { "rate": 10, "interval": "1s", "during": "30s" } }</c>.
    /// </summary>
    private static LoadSimulation Simulation(ScenarioNode node)
    {
        var members = node.Members().ToList();
        if (members.Count != 1)
        {
            throw node.Error($"must be an object with exactly one simulation such as {{ \"Inject\": [10, \"1s\", \"30s\"] }}; the kinds are {string.Join(", ", Kinds)}");
        }

        var (key, args) = members[0];
        var kind = Kinds.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase))
            ?? throw args.Error($"\"{key}\" is not a load simulation; the kinds are {string.Join(", ", Kinds)}");
        switch (kind)
        {
            case "Pause":
                return new Pause(During(args.Value.ValueKind == JsonValueKind.Object ? Named(args, "during")[0] : args));
            case "KeepConstant" or "RampingConstant":
                {
                    var a = Arguments(args, "copies", "during");
                    var copies = a[0].Integer(0, 100_000);
                    var during = During(a[1]);
                    if (kind == "KeepConstant" && copies < 1)
                    {
                        throw args.Error("KeepConstant needs at least 1 copy");
                    }

                    return kind == "KeepConstant" ? new KeepConstant(copies, during) : new RampingConstant(copies, during);
                }

            default:
                {
                    var a = Arguments(args, "rate", "interval", "during");
                    var rate = a[0].Number(0, 1_000_000);
                    var interval = a[1].Duration(MaxDuration);
                    var during = During(a[2]);
                    if (interval <= TimeSpan.Zero)
                    {
                        throw a[1].Error("the interval must be longer than 0");
                    }

                    if (interval > during)
                    {
                        throw args.Error($"the interval ({ScenarioText.Format(interval)}) must not be longer than during ({ScenarioText.Format(during)})");
                    }

                    return kind == "Inject" ? new Inject(rate, interval, during) : new RampingInject(rate, interval, during);
                }
        }
    }

    private static TimeSpan During(ScenarioNode node)
    {
        var during = node.Duration(MaxDuration);
        return during <= TimeSpan.Zero ? throw node.Error("the duration must be longer than 0") : during;
    }

    private static ScenarioNode[] Arguments(ScenarioNode node, params string[] names)
    {
        if (node.Value.ValueKind == JsonValueKind.Object)
        {
            return Named(node, names);
        }

        var items = node.Items().ToArray();
        return items.Length == names.Length
            ? items
            : throw node.Error($"takes {names.Length} values [{string.Join(", ", names)}], not {items.Length}");
    }

    private static ScenarioNode[] Named(ScenarioNode node, params string[] names)
    {
        var found = new ScenarioNode?[names.Length];
        foreach (var (key, child) in node.Members(names))
        {
            found[Array.IndexOf(names, key)] = child;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (found[i] is null)
            {
                throw node.Error($"\"{names[i]}\" is required");
            }
        }

        return [.. found.Select(f => f!.Value)];
    }

    private static ScenarioThreshold Threshold(ScenarioNode node)
    {
        string? gate = null;
        double? threshold = null;
        int? minSamples = null;
        bool? enabled = null;
        List<string>? sites = null;
        ScenarioNode? thresholdNode = null, sitesNode = null;
        foreach (var (key, child) in node.Members("gate", "threshold", "minSamples", "enabled", "sites"))
        {
            switch (key)
            {
                case "gate":
                    gate = child.String();
                    if (GateCatalogue.Find(gate) is null)
                    {
                        throw child.Error($"\"{gate}\" is not a gate; the gates are {string.Join(", ", GateCatalogue.Names)}");
                    }

                    break;
                case "threshold":
                    threshold = child.Number(0, double.MaxValue);
                    thresholdNode = child;
                    break;
                case "minSamples":
                    minSamples = child.Integer(0, int.MaxValue);
                    break;
                case "enabled":
                    enabled = child.Bool();
                    break;
                default:
                    sites = [.. child.Items().Select(i => i.String())];
                    sitesNode = child;
                    if (sites.Count == 0)
                    {
                        throw child.Error("must name at least one site");
                    }

                    break;
            }
        }

        var definition = GateCatalogue.Find(gate ?? throw node.Error("\"gate\" is required (a name from the gate catalogue, e.g. queue.p95)"))!;
        if (threshold is not null && definition.Comparison == GateComparison.Exact)
        {
            throw thresholdNode!.Value.Error($"{gate} compares exactly and takes no threshold (only minSamples and enabled)");
        }

        if (sites is not null && Array.IndexOf(SiteGates, gate) < 0)
        {
            throw sitesNode!.Value.Error($"only the per-host latency gates ({string.Join(", ", SiteGates)}) can be restricted to sites");
        }

        return new ScenarioThreshold(gate, threshold, minSamples, enabled, sites);
    }

    private static DoublingSpec Doubling(ScenarioNode node)
    {
        int[]? sites = null;
        var spec = new DoublingSpec(0, 0);
        foreach (var (key, child) in node.Members("sites", "repetitions", "threshold", "alpha"))
        {
            switch (key)
            {
                case "sites":
                    sites = [.. child.Items().Select(i => i.Integer(1, GeneratorOptions.MaxSites))];
                    if (sites.Length != 2 || sites[1] <= sites[0])
                    {
                        throw child.Error("must be two site counts, the second larger, e.g. [5, 10]");
                    }

                    break;
                case "repetitions":
                    spec = spec with { Repetitions = child.Integer(1, 100) };
                    break;
                case "threshold":
                    spec = spec with { ThresholdPercent = child.Number(0, 1000) };
                    break;
                default:
                    spec = spec with { Alpha = child.Number(1e-9, 0.5) };
                    break;
            }
        }

        return sites is null
            ? throw node.Error("\"sites\" is required: the two site counts to compare, e.g. [5, 10]")
            : spec with { SitesBefore = sites[0], SitesAfter = sites[1] };
    }
}
