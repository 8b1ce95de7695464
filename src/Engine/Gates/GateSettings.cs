using System.Globalization;
using System.Text.Json;

namespace StateTrace.Engine.Gates;

/// <summary>A gates file that cannot be used: the message names the file, the entry and what is wrong.</summary>
public sealed class GateSettingsException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>One gate's overrides; a null member keeps the catalogue's default.</summary>
public sealed record GateOverride(double? Threshold, int? MinSamples, bool? Enabled);

/// <summary>
/// Overrides of the gate catalogue's defaults, read from a gates file:
/// <code>
/// {
///   "gates": {
///     "warm.improvement": { "threshold": 80, "minSamples": 5 },
///     "parse.p95":        { "threshold": 120 },
///     "queue.p99":        { "enabled": false }
///   }
/// }
/// </code>
/// <list type="bullet">
/// <item><c>gates</c> maps a gate name (exactly as in the catalogue) to an object; gates not listed keep their defaults.</item>
/// <item><c>threshold</c>: a number ≥ 0 in the gate's unit (percent for warm.improvement, warm.cacheHit and doubling;
/// milliseconds for parse.*, write.p95, warm.writePath.p95, queue.* and siteCache.hydrate.p95; rows for
/// warm.rowsWritten; launches for fairness.streak). The operator stays the catalogue's (≥ or ≤, boundary inclusive).
/// changed.exact and completeness compare exactly and take no threshold.</item>
/// <item><c>minSamples</c>: a whole number ≥ 0; fewer samples than this is "insufficient data" (exit 5).</item>
/// <item><c>enabled</c>: <c>false</c> reports the gate as n/a, "disabled in &lt;file&gt;".</item>
/// </list>
/// Comments and trailing commas are allowed. Anything else (an unknown gate or key, a wrong type, a negative
/// number) is refused with a <see cref="GateSettingsException"/> that names the entry.
/// </summary>
public sealed class GateSettings
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private GateSettings(string? source, IReadOnlyDictionary<string, GateOverride> overrides)
    {
        Source = source;
        Overrides = overrides;
    }

    /// <summary>The catalogue's defaults, no file.</summary>
    public static GateSettings Default { get; } = new(null, new Dictionary<string, GateOverride>());

    /// <summary>The file the overrides came from, or null for the defaults.</summary>
    public string? Source { get; }

    public IReadOnlyDictionary<string, GateOverride> Overrides { get; }

    /// <exception cref="GateSettingsException">The file is missing, not JSON, or not a valid gates file.</exception>
    public static GateSettings Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GateSettingsException($"Gates file {path} cannot be read: {e.Message}", e);
        }

        return Parse(json, path);
    }

    /// <summary>Parses gates-file text; <paramref name="source"/> names it in messages and in "disabled in" reasons.</summary>
    public static GateSettings Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new GateSettingsException($"Gates file {source} is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Error(source, "the top level must be an object like { \"gates\": { \"warm.improvement\": { \"threshold\": 80 } } }");
            }

            var overrides = new Dictionary<string, GateOverride>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name == "$schema")
                {
                    continue;
                }

                if (property.Name != "gates")
                {
                    throw Error(source, $"unknown top-level key \"{property.Name}\"; the file holds one object, \"gates\"");
                }

                if (property.Value.ValueKind != JsonValueKind.Object)
                {
                    throw Error(source, $"\"gates\" must be an object mapping gate names to settings, not {Describe(property.Value)}");
                }

                foreach (var gate in property.Value.EnumerateObject())
                {
                    var definition = GateCatalogue.Find(gate.Name)
                        ?? throw Error(source, $"\"{gate.Name}\" is not a gate; valid names: {string.Join(", ", GateCatalogue.Names)}");
                    overrides[definition.Name] = ReadOverride(source, definition, gate.Value);
                }
            }

            return new GateSettings(source, overrides);
        }
    }

    /// <summary>The gate's effective threshold, minimum samples and switch after the overrides.</summary>
    public (double? Threshold, int MinSamples, bool Enabled) Resolve(GateDefinition gate)
    {
        var o = Overrides.GetValueOrDefault(gate.Name);
        return (o?.Threshold ?? gate.Threshold, o?.MinSamples ?? gate.MinSamples, o?.Enabled ?? true);
    }

    private static GateOverride ReadOverride(string source, GateDefinition gate, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Error(source, $"gates.{gate.Name} must be an object such as {{ \"threshold\": …, \"minSamples\": …, \"enabled\": … }}, not {Describe(value)}");
        }

        double? threshold = null;
        int? minSamples = null;
        bool? enabled = null;
        foreach (var setting in value.EnumerateObject())
        {
            var where = $"gates.{gate.Name}.{setting.Name}";
            switch (setting.Name)
            {
                case "threshold":
                    if (gate.Comparison == GateComparison.Exact)
                    {
                        throw Error(source, $"{where}: {gate.Name} compares exactly and takes no threshold (only minSamples and enabled)");
                    }

                    if (setting.Value.ValueKind != JsonValueKind.Number || !setting.Value.TryGetDouble(out var t) || !double.IsFinite(t))
                    {
                        throw Error(source, $"{where} must be a number in {UnitName(gate.Unit)}, not {Describe(setting.Value)}");
                    }

                    if (t < 0)
                    {
                        throw Error(source, string.Create(CultureInfo.InvariantCulture, $"{where} must be 0 or more (got {t})"));
                    }

                    threshold = t;
                    break;
                case "minSamples":
                    if (setting.Value.ValueKind != JsonValueKind.Number || !setting.Value.TryGetInt32(out var m))
                    {
                        throw Error(source, $"{where} must be a whole number, not {Describe(setting.Value)}");
                    }

                    if (m < 0)
                    {
                        throw Error(source, string.Create(CultureInfo.InvariantCulture, $"{where} must be 0 or more (got {m})"));
                    }

                    minSamples = m;
                    break;
                case "enabled":
                    if (setting.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                    {
                        throw Error(source, $"{where} must be true or false, not {Describe(setting.Value)}");
                    }

                    enabled = setting.Value.GetBoolean();
                    break;
                default:
                    throw Error(source, $"{where} is not a setting; a gate takes threshold, minSamples and enabled");
            }
        }

        return new GateOverride(threshold, minSamples, enabled);
    }

    private static GateSettingsException Error(string source, string problem) => new($"Gates file {source}: {problem}.");

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };

    private static string UnitName(GateUnit unit) => unit switch
    {
        GateUnit.Percent => "percent",
        GateUnit.Milliseconds => "milliseconds",
        GateUnit.Rows => "rows",
        GateUnit.Launches => "launches",
        _ => "hosts",
    };
}
