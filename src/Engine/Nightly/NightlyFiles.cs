using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StateTrace.Engine.Nightly;

/// <summary>Reads and writes <c>runs/index.json</c> (refusing schema versions it does not know) and writes <c>nightly.json</c>.</summary>
internal static class NightlyFiles
{
    public const string IndexFileName = "index.json";

    private static readonly NightlyJsonContext Context = new(new JsonSerializerOptions(NightlyJsonContext.Default.Options)
    {
        // ≥, ≤ and → stay readable in the files.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The index under a runs folder; an empty one when there is none yet.</summary>
    /// <exception cref="InvalidDataException">The file is not JSON, or of another schema version.</exception>
    public static NightlyIndex ReadIndex(string runsFolder)
    {
        var path = Path.Combine(runsFolder, IndexFileName);
        if (!File.Exists(path))
        {
            return new NightlyIndex();
        }

        var bytes = File.ReadAllBytes(path);
        try
        {
            using (var doc = JsonDocument.Parse(bytes))
            {
                var version = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("SchemaVersion", out var v) && v.TryGetInt32(out var n) ? n : 0;
                if (version != NightlyIndex.CurrentSchemaVersion)
                {
                    throw new InvalidDataException($"{path} has nightly index schema version {version}; this StateTrace reads version {NightlyIndex.CurrentSchemaVersion}.");
                }
            }

            return JsonSerializer.Deserialize(bytes, Context.NightlyIndex) ?? throw new InvalidDataException($"{path} holds no nightly index.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a valid nightly index: {e.Message}", e);
        }
    }

    public static string WriteIndex(string runsFolder, NightlyIndex index)
    {
        var path = Path.Combine(runsFolder, IndexFileName);
        WriteAtomically(path, JsonSerializer.SerializeToUtf8Bytes(index, Context.NightlyIndex));
        return path;
    }

    public static string WriteReport(string runDirectory, NightlyReport report)
    {
        var path = Path.Combine(runDirectory, NightlyReport.FileName);
        WriteAtomically(path, JsonSerializer.SerializeToUtf8Bytes(report, Context.NightlyReport));
        return path;
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}

[JsonSourceGenerationOptions(WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(NightlyIndex))]
[JsonSerializable(typeof(NightlyReport))]
internal sealed partial class NightlyJsonContext : JsonSerializerContext;
