using System.Buffers;
using System.Text.Json;

namespace StateTrace.Engine.Gates;

/// <summary>
/// Streams a run's NDJSON telemetry and keeps only what the gates need. A line that is not a whole event (torn by a
/// killed process or a full disk, binary debris) is skipped and counted wherever it is; blank lines are ignored.
/// </summary>
public static class TelemetryReader
{
    /// <summary>A line longer than this is debris, not an event (events are about 1 KB); it is counted torn without being held.</summary>
    internal const int MaxLineBytes = 1 << 20;

    public static TelemetryReadResult Read(string path)
    {
        if (!File.Exists(path))
        {
            return TelemetryReadResult.Missing(path);
        }

        var totals = new Totals();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            var count = 0;
            var searchFrom = 0;
            var overlong = false;
            while (true)
            {
                var read = stream.Read(buffer, count, buffer.Length - count);
                if (read == 0)
                {
                    break;
                }

                count += read;
                var lineStart = 0;
                int newline;
                while ((newline = buffer.AsSpan(searchFrom, count - searchFrom).IndexOf((byte)'\n')) >= 0)
                {
                    newline += searchFrom;
                    totals.Line(buffer.AsSpan(lineStart, newline - lineStart), overlong);
                    overlong = false;
                    lineStart = searchFrom = newline + 1;
                }

                buffer.AsSpan(lineStart, count - lineStart).CopyTo(buffer);
                count -= lineStart;
                searchFrom = count;
                if (count == buffer.Length)
                {
                    if (buffer.Length >= MaxLineBytes)
                    {
                        // Drop what is held and the rest of the line up to its newline.
                        overlong = true;
                        count = searchFrom = 0;
                    }
                    else
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, count).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
            }

            if (count > 0 || overlong)
            {
                totals.Line(buffer.AsSpan(0, count), overlong);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return totals.Result(path);
    }

    private enum Kind
    {
        Other,
        ParseDuration,
        InterfaceSyncTiming,
        ParserSchedulerLaunch,
        InterfaceSiteCacheMetrics,
    }

    /// <summary>The fields of one line the gates use; the envelope's order is not relied on.</summary>
    private struct Fields
    {
        public bool HasName;
        public Kind Kind;
        public string? Pass;
        public bool Success;
        public int Streak;
        public bool OthersWaiting;
        public bool Bypass;
        public bool Hydration;
        public double? HydrateMs;
    }

    private sealed class Totals
    {
        private readonly Dictionary<string, (long Parse, long Sync)> passes = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<long> tornNumbers = [];
        private readonly List<double> hydrations = [];
        private long lineNumber, events, torn, launches, othersWaiting, bypasses;
        private int maxStreak;

        public void Line(ReadOnlySpan<byte> line, bool overlong)
        {
            lineNumber++;
            line = line.TrimEnd(" \t\r"u8);
            if (!overlong && line.TrimStart(" \t"u8).IsEmpty)
            {
                return;
            }

            if (overlong || !TryRead(line, out var f) || !f.HasName)
            {
                torn++;
                if (tornNumbers.Count < TelemetryReadResult.MaxTornLineNumbers)
                {
                    tornNumbers.Add(lineNumber);
                }

                return;
            }

            events++;
            switch (f.Kind)
            {
                case Kind.ParseDuration when f.Success:
                    Count(f.Pass, parse: 1, sync: 0);
                    break;
                case Kind.InterfaceSyncTiming:
                    Count(f.Pass, parse: 0, sync: 1);
                    break;
                case Kind.ParserSchedulerLaunch:
                    launches++;
                    bypasses += f.Bypass ? 1 : 0;
                    if (f.OthersWaiting)
                    {
                        othersWaiting++;
                        maxStreak = Math.Max(maxStreak, f.Streak);
                    }

                    break;
                case Kind.InterfaceSiteCacheMetrics when f.Hydration && f.HydrateMs is double ms:
                    hydrations.Add(ms);
                    break;
            }
        }

        public TelemetryReadResult Result(string path) => new()
        {
            Path = path,
            Events = events,
            TornLines = torn,
            TornLineNumbers = tornNumbers,
            Passes = passes.ToDictionary(p => p.Key, p => new PassTelemetry(p.Value.Parse, p.Value.Sync), StringComparer.OrdinalIgnoreCase),
            Launches = launches,
            LaunchesWithOthersWaiting = othersWaiting,
            MaxStreakWhileOthersWait = maxStreak,
            FairnessBypasses = bypasses,
            HydrationsMs = hydrations,
        };

        private void Count(string? pass, long parse, long sync)
        {
            var key = pass ?? "";
            var (p, s) = passes.GetValueOrDefault(key);
            passes[key] = (p + parse, s + sync);
        }
    }

    private static bool TryRead(ReadOnlySpan<byte> line, out Fields f)
    {
        f = default;
        var reader = new Utf8JsonReader(line);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader;
                reader.Read();
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }

                Assign(ref f, ref property, ref reader);
            }

            // A whole object ends at depth 0 with nothing but whitespace after it (anything else throws).
            return reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0 && !reader.Read();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void Assign(ref Fields f, ref Utf8JsonReader property, ref Utf8JsonReader value)
    {
        if (property.ValueTextEquals("EventName"u8) && value.TokenType == JsonTokenType.String)
        {
            f.HasName = true;
            f.Kind = value.ValueTextEquals("ParseDuration"u8) ? Kind.ParseDuration
                : value.ValueTextEquals("InterfaceSyncTiming"u8) ? Kind.InterfaceSyncTiming
                : value.ValueTextEquals("ParserSchedulerLaunch"u8) ? Kind.ParserSchedulerLaunch
                : value.ValueTextEquals("InterfaceSiteCacheMetrics"u8) ? Kind.InterfaceSiteCacheMetrics
                : Kind.Other;
        }
        else if (property.ValueTextEquals("Pass"u8) && value.TokenType == JsonTokenType.String)
        {
            f.Pass = value.GetString();
        }
        else if (property.ValueTextEquals("Success"u8))
        {
            f.Success = value.TokenType == JsonTokenType.True;
        }
        else if (property.ValueTextEquals("ConsecutiveSameSite"u8) && value.TokenType == JsonTokenType.Number && value.TryGetInt32(out var streak))
        {
            f.Streak = streak;
        }
        else if (property.ValueTextEquals("OtherSitesWaiting"u8))
        {
            f.OthersWaiting = value.TokenType == JsonTokenType.True;
        }
        else if (property.ValueTextEquals("FairnessBypass"u8))
        {
            f.Bypass = value.TokenType == JsonTokenType.True;
        }
        else if (property.ValueTextEquals("Reason"u8) && value.TokenType == JsonTokenType.String)
        {
            // The writer says CacheInitial/CacheRefresh; Initial/Refresh are the original's words. Snapshot imports are not hydrations.
            f.Hydration = value.ValueTextEquals("CacheInitial"u8) || value.ValueTextEquals("CacheRefresh"u8)
                || value.ValueTextEquals("Initial"u8) || value.ValueTextEquals("Refresh"u8);
        }
        else if (property.ValueTextEquals("HydrateDurationMs"u8) && value.TokenType == JsonTokenType.Number && value.TryGetDouble(out var ms))
        {
            f.HydrateMs = ms;
        }
    }
}
