using System.Globalization;
using Microsoft.Extensions.Configuration;
using StateTrace.Engine.Scheduling;
using StateTrace.Engine.Storage;

namespace StateTrace.Engine.Settings;

/// <summary>
/// Reads settings with the original's keys: <c>Data/StateTraceSettings.json</c> (section <c>ParserSettings</c>, or its
/// legacy alias <c>Parser</c>) &lt; environment variables (<c>STATETRACE_ParserSettings__MaxWorkersPerSite=2</c>) &lt;
/// command-line options. Values are validated here, at start-up, with the key and the reason; nothing is ever written
/// back, so options given on the command line never end up in the file.
/// </summary>
public static class SettingsLoader
{
    public const string FileName = "StateTraceSettings.json";

    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "AutoScaleConcurrency", "MaxRunspaceCeiling", "MaxParallelism", "MaxWorkersPerSite", "MaxActiveSites", "MinRunspaceCount",
        "JobsPerThread", "EnableAdaptiveThreads", "SkipSiteCacheUpdate", "MaxConsecutiveSiteLaunches", "InterfaceBulkChunkSize",
        "MaxInterfacesPerBatch", "SliceCapBytes", "DatabaseSizeWarningBytes",
    };

    /// <param name="root">The root folder; the file is <c>Data/StateTraceSettings.json</c> under it (optional).</param>
    /// <param name="overrides">Options from the command line, as configuration keys (<c>ParserSettings:MaxWorkersPerSite</c>).</param>
    /// <param name="environment">Environment variables to read (default: the process's).</param>
    public static StateTraceSettings Load(string root, IReadOnlyDictionary<string, string?>? overrides = null, IDictionary<string, string?>? environment = null)
    {
        var file = Path.Combine(root, "Data", FileName);
        var builder = new ConfigurationBuilder();
        if (File.Exists(file))
        {
            builder.AddJsonFile(file, optional: true, reloadOnChange: false);
        }

        if (environment is null)
        {
            builder.AddEnvironmentVariables("STATETRACE_");
        }
        else
        {
            builder.AddInMemoryCollection(environment
                .Where(e => e.Key.StartsWith("STATETRACE_", StringComparison.OrdinalIgnoreCase))
                .Select(e => KeyValuePair.Create(e.Key["STATETRACE_".Length..].Replace("__", ":", StringComparison.Ordinal), e.Value)));
        }

        builder.AddInMemoryCollection(overrides ?? new Dictionary<string, string?>());
        IConfiguration config;
        try
        {
            config = builder.Build();
        }
        catch (InvalidDataException e)
        {
            throw new SettingsException($"{file} is not valid JSON: {e.Message}");
        }
        catch (FormatException e)
        {
            throw new SettingsException($"{file} is not valid JSON: {e.Message}");
        }

        var legacy = config.GetSection("Parser");
        var parser = config.GetSection("ParserSettings");
        string? Get(string key) => parser[key] ?? legacy[key];

        var warnings = new List<string>();
        foreach (var section in new[] { legacy, parser })
        {
            foreach (var child in section.GetChildren())
            {
                if (!Known.Contains(child.Key))
                {
                    warnings.Add($"{section.Path}:{child.Key} is not a StateTrace setting and was ignored.");
                }
            }
        }

        if (Get("SkipSiteCacheUpdate") is not null)
        {
            warnings.Add("SkipSiteCacheUpdate has no effect: the site cache is checked against the store's generation on every write.");
        }

        if (Get("InterfaceBulkChunkSize") is not null)
        {
            warnings.Add("InterfaceBulkChunkSize has no effect: writes are batched by MaxInterfacesPerBatch.");
        }

        // The original's MinRunspaceCount sized a runspace pool minimum; our workers are plain tasks, so it is only validated.
        Int("MinRunspaceCount", Get("MinRunspaceCount"), 0, 0);

        var ceiling = Int("MaxRunspaceCeiling", Get("MaxRunspaceCeiling"), 0, 0);
        var adaptive = Bool("EnableAdaptiveThreads", Get("EnableAdaptiveThreads"), true);
        var scheduler = new SchedulerOptions
        {
            AutoScaleConcurrency = Bool("AutoScaleConcurrency", Get("AutoScaleConcurrency"), adaptive),
            MaxParallelism = Int("MaxParallelism", Get("MaxParallelism"), ceiling, 0),
            MaxWorkersPerSite = Int("MaxWorkersPerSite", Get("MaxWorkersPerSite"), 0, 0),
            MaxActiveSites = Int("MaxActiveSites", Get("MaxActiveSites"), 0, 0),
            MaxConsecutiveSiteLaunches = Int("MaxConsecutiveSiteLaunches", Get("MaxConsecutiveSiteLaunches"), 8, 0),
            JobsPerThread = Int("JobsPerThread", Get("JobsPerThread"), 0, 0),
        };

        var kind = (config["Store:Kind"] ?? "sqlite").ToLowerInvariant();
        if (!StoreOptions.Kinds.Contains(kind))
        {
            throw new SettingsException($"Store:Kind '{kind}' is not one of {string.Join(", ", StoreOptions.Kinds)}.");
        }

        var store = new StoreOptions
        {
            Kind = kind,
            ConnectionString = config["Store:ConnectionString"],
            Schema = config["Store:Schema"] ?? "statetrace",
        };
        if (kind == "postgres" && string.IsNullOrWhiteSpace(store.ConnectionString))
        {
            throw new SettingsException("Store:Kind is postgres but no connection string was given (--connection, Store:ConnectionString or STATETRACE_Store__ConnectionString).");
        }

        if (!IsIdentifier(store.Schema))
        {
            throw new SettingsException($"Store:Schema '{store.Schema}' must be a plain identifier (letters, digits, _; not starting with a digit).");
        }

        return new StateTraceSettings
        {
            Scheduler = scheduler,
            MaxInterfacesPerBatch = Int("MaxInterfacesPerBatch", Get("MaxInterfacesPerBatch"), 1000, 1),
            SliceCapBytes = Long("SliceCapBytes", Get("SliceCapBytes"), 64L << 20, 1024),
            DatabaseSizeWarningBytes = Long("DatabaseSizeWarningBytes", Get("DatabaseSizeWarningBytes"), 2L << 30, 1),
            Store = store,
            Warnings = warnings,
        };
    }

    private static bool IsIdentifier(string text) =>
        text.Length is > 0 and <= 63 && !char.IsAsciiDigit(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static int Int(string key, string? value, int fallback, int min) => (int)Long(key, value, fallback, min, int.MaxValue);

    private static long Long(string key, string? value, long fallback, long min, long max = long.MaxValue)
    {
        if (value is null)
        {
            return fallback;
        }

        if (!long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            throw new SettingsException($"ParserSettings:{key} must be a whole number (got '{value}').");
        }

        if (number < min || number > max)
        {
            throw new SettingsException($"ParserSettings:{key} must be at least {min} (got {number}).");
        }

        return number;
    }

    private static bool Bool(string key, string? value, bool fallback)
    {
        if (value is null)
        {
            return fallback;
        }

        return bool.TryParse(value, out var flag) ? flag : throw new SettingsException($"ParserSettings:{key} must be true or false (got '{value}').");
    }
}
