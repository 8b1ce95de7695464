using System.Text.Json;

namespace StateTrace.Engine.Runs;

/// <summary>Reads and writes summary.json, refusing versions it does not know with a reason.</summary>
public static class RunSummaryFile
{
    public const string FileName = "summary.json";

    public static void Write(string runDirectory, RunSummary summary)
    {
        Directory.CreateDirectory(runDirectory);
        var path = Path.Combine(runDirectory, FileName);
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(summary, RunSummaryJsonContext.Default.RunSummary));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a summary from a run folder or a summary.json path.</summary>
    /// <exception cref="InvalidDataException">The file is missing, not JSON, or of another schema version.</exception>
    public static RunSummary Read(string runOrFile)
    {
        var path = Directory.Exists(runOrFile) ? Path.Combine(runOrFile, FileName) : runOrFile;
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"No run summary at {path}.");
        }

        var bytes = File.ReadAllBytes(path);
        int version;
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            version = doc.RootElement.TryGetProperty("SchemaVersion", out var v) && v.TryGetInt32(out var n) ? n : 0;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid JSON: {e.Message}", e);
        }

        if (version != RunSummary.CurrentSchemaVersion)
        {
            throw new InvalidDataException(
                $"{path} has summary schema version {version}; this StateTrace reads version {RunSummary.CurrentSchemaVersion}.");
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, RunSummaryJsonContext.Default.RunSummary)
                ?? throw new InvalidDataException($"{path} holds no summary.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a valid run summary: {e.Message}", e);
        }
    }
}
