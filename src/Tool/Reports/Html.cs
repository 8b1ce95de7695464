using System.Globalization;
using System.Net;

namespace StateTrace.Tool.Reports;

/// <summary>Encoding and number formatting shared by the report writers (invariant culture everywhere).</summary>
internal static class Html
{
    /// <summary>Every device, file or user string goes through here before it reaches the page.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Number(double value, int decimals = 1) =>
        double.IsFinite(value) ? value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "–";

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A value in milliseconds with as many decimals as its size needs (0.007 ms stays readable).</summary>
    public static string Milliseconds(double ms) => !double.IsFinite(ms) ? "–"
        : Math.Abs(ms) >= 100 ? Number(ms, 0) + " ms"
        : Math.Abs(ms) >= 1 ? Number(ms, 2) + " ms"
        : Number(ms, 3) + " ms";

    public static string Percent(double ratio, int decimals = 1) => Number(ratio * 100, decimals) + " %";

    public static string Megabytes(long bytes) => Number(bytes / 1e6, 2) + " MB";

    public static string Utc(DateTimeOffset time) => time == default ? "–" : time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
