using System.Globalization;
using System.Text.Json;
using StateTrace.Engine.Diagnostics;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Sites;

namespace StateTrace.Engine.Storage;

/// <summary>
/// Imports the original system's <c>Data/IngestionHistory/&lt;Site&gt;.json</c> (UTF-8 with BOM; an array, a bare object
/// or concatenated objects) into a site's IngestionHistory on first use, for hosts the store has no record of yet.
/// The original hashed CRLF slices, so its hashes seldom match ours: the import keeps the history, not the skips.
/// </summary>
internal static class LegacyIngestionHistory
{
    public const string RunId = "imported-legacy-history";

    public static int Import(string dataDirectory, ISiteStore store, List<Diagnostic> diagnostics)
    {
        var path = Path.Combine(dataDirectory, "IngestionHistory", SiteNames.ForPath(store.Site) + ".json");
        if (!File.Exists(path))
        {
            return 0;
        }

        List<(string Host, string Hash, long Length, DateTimeOffset When)> records;
        try
        {
            records = Read(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            diagnostics.Add(new Diagnostic(path, e.LineNumber.GetValueOrDefault() + 1, $"The original ingestion history could not be read ({e.Message}); it was not imported."));
            return 0;
        }

        var imported = 0;
        using var transaction = store.Begin();
        foreach (var (host, hash, length, when) in records)
        {
            if (transaction.FindIngestion(host) is not null)
            {
                continue;
            }

            var changes = new HostChanges
            {
                Facts = new DeviceFacts { Hostname = host, Site = store.Site },
                Ingestion = new IngestionStamp(host, hash, length),
                DeviceSignatureValue = UInt128.Zero,
                TablesSignatureValue = UInt128.Zero,
            };
            transaction.Apply(changes, new RunStamp(RunId, when));
            imported++;
        }

        transaction.Commit(inventoryChanged: false);
        return imported;
    }

    internal static List<(string Host, string Hash, long Length, DateTimeOffset When)> Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var records = new List<(string, string, long, DateTimeOffset)>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        while (reader.Read())
        {
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in document.RootElement.EnumerateArray())
                {
                    Add(item, records);
                }
            }
            else
            {
                Add(document.RootElement, records);
            }
        }

        return records;
    }

    private static void Add(JsonElement item, List<(string, string, long, DateTimeOffset)> records)
    {
        if (item.ValueKind != JsonValueKind.Object
            || !item.TryGetProperty("Hostname", out var host) || host.ValueKind != JsonValueKind.String
            || !item.TryGetProperty("FileHash", out var hash) || hash.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var length = item.TryGetProperty("SourceLength", out var l) && l.TryGetInt64(out var n) ? n : 0;
        var when = item.TryGetProperty("LastIngestedUtc", out var w) && w.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(w.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : DateTimeOffset.UnixEpoch;
        records.Add((host.GetString()!, hash.GetString()!.ToLowerInvariant(), length, when));
    }
}
