using System.Globalization;

namespace StateTrace.Engine.Load;

/// <summary>The text forms a scenario file uses for durations and sizes.</summary>
public static class ScenarioText
{
    /// <summary>
    /// Reads <c>"00:00:30"</c> (NBomber's TimeSpan form) or <c>"30s"</c>, <c>"1.5s"</c>, <c>"500ms"</c>, <c>"2m"</c>,
    /// <c>"1h"</c> (k6's). False for anything else, including negative values.
    /// </summary>
    public static bool TryParseDuration(string text, out TimeSpan value)
    {
        value = default;
        var s = text.Trim();
        if (s.Contains(':', StringComparison.Ordinal))
        {
            return TimeSpan.TryParseExact(s, ["c", "g"], CultureInfo.InvariantCulture, out value) && value >= TimeSpan.Zero;
        }

        var unitStart = s.Length;
        while (unitStart > 0 && char.IsAsciiLetter(s[unitStart - 1]))
        {
            unitStart--;
        }

        double seconds = s[unitStart..].ToLowerInvariant() switch
        {
            "ms" => 0.001,
            "s" => 1,
            "m" or "min" => 60,
            "h" => 3600,
            _ => 0,
        };
        if (seconds == 0 || unitStart == 0
            || !double.TryParse(s.AsSpan(0, unitStart), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number) || number * seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return false;
        }

        value = TimeSpan.FromTicks((long)Math.Round(number * seconds * TimeSpan.TicksPerSecond));
        return true;
    }

    /// <summary>Reads <c>1GB</c>, <c>200MB</c>, <c>512KB</c>, <c>4096B</c> or plain bytes; binary units (1KB = 1024 bytes).</summary>
    public static bool TryParseSize(string text, out long bytes)
    {
        bytes = 0;
        var s = text.Trim();
        var unitStart = s.Length;
        while (unitStart > 0 && char.IsAsciiLetter(s[unitStart - 1]))
        {
            unitStart--;
        }

        long multiplier = s[unitStart..].ToUpperInvariant() switch
        {
            "" or "B" => 1,
            "KB" or "KIB" => 1L << 10,
            "MB" or "MIB" => 1L << 20,
            "GB" or "GIB" => 1L << 30,
            _ => 0,
        };
        if (multiplier == 0 || unitStart == 0
            || !decimal.TryParse(s.AsSpan(0, unitStart), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var total = number * multiplier;
        if (total < 1 || total > (1L << 40))
        {
            return false;
        }

        bytes = (long)Math.Ceiling(total);
        return true;
    }

    /// <summary>A duration as a scenario file would write it: <c>30s</c>, <c>2m</c>, <c>1.5s</c>, <c>250ms</c>.</summary>
    public static string Format(TimeSpan t) => t switch
    {
        { TotalHours: >= 1 } when t.Ticks % TimeSpan.TicksPerHour == 0 => string.Create(CultureInfo.InvariantCulture, $"{t.TotalHours:0}h"),
        { TotalMinutes: >= 1 } when t.Ticks % TimeSpan.TicksPerMinute == 0 => string.Create(CultureInfo.InvariantCulture, $"{t.TotalMinutes:0}m"),
        { TotalSeconds: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.###}s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds:0.###}ms"),
    };
}
