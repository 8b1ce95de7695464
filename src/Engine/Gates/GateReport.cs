using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StateTrace.Engine.Gates;

/// <summary>What <c>statetrace gate</c> writes to <c>runs/&lt;run-id&gt;/gates.json</c>: the verdicts and how the telemetry read.</summary>
public sealed record GateReport
{
    public const int CurrentSchemaVersion = 1;

    [JsonPropertyOrder(-10)]
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required string RunId { get; init; }
    public required string RunKind { get; init; }

    /// <summary>The gates file whose overrides applied, or null for the catalogue's defaults.</summary>
    public string? GatesFile { get; init; }

    /// <summary>1 when a gate failed, 5 when one had insufficient data, else 0 (<see cref="GateVerdicts.ExitCode"/>).</summary>
    public int ExitCode { get; init; }

    public required GateTelemetry Telemetry { get; init; }
    public required IReadOnlyList<GateVerdict> Verdicts { get; init; }

    public static GateReport Create(string runId, string runKind, string? gatesFile, TelemetryReadResult telemetry, IReadOnlyList<GateVerdict> verdicts) => new()
    {
        RunId = runId,
        RunKind = runKind,
        GatesFile = gatesFile,
        ExitCode = GateVerdicts.ExitCode(verdicts),
        Telemetry = new GateTelemetry(telemetry.Path, telemetry.Found, telemetry.Events, telemetry.TornLines, telemetry.TornLineNumbers),
        Verdicts = verdicts,
    };
}

/// <param name="TornLineNumbers">The first <see cref="TelemetryReadResult.MaxTornLineNumbers"/> torn lines, 1-based.</param>
public sealed record GateTelemetry(string Path, bool Found, long Events, long TornLines, IReadOnlyList<long> TornLineNumbers);

public static class GateReportFile
{
    public const string FileName = "gates.json";

    private static readonly GateReportJsonContext Context = new(new JsonSerializerOptions(GateReportJsonContext.Default.Options)
    {
        // ≥ and ≤ stay readable in the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static void Write(string path, GateReport report)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temp = path + ".tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(report, Context.GateReport));
        File.Move(temp, path, overwrite: true);
    }

    /// <exception cref="InvalidDataException">The file is missing, not JSON, or of another schema version.</exception>
    public static GateReport Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"No gate report at {path}.");
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            using (var doc = JsonDocument.Parse(bytes))
            {
                var version = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("SchemaVersion", out var v) && v.TryGetInt32(out var n) ? n : 0;
                if (version != GateReport.CurrentSchemaVersion)
                {
                    throw new InvalidDataException($"{path} has gate report schema version {version}; this StateTrace reads version {GateReport.CurrentSchemaVersion}.");
                }
            }

            return JsonSerializer.Deserialize(bytes, Context.GateReport) ?? throw new InvalidDataException($"{path} holds no gate report.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a valid gate report: {e.Message}", e);
        }
    }
}

[JsonSourceGenerationOptions(WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(GateReport))]
internal sealed partial class GateReportJsonContext : JsonSerializerContext;
