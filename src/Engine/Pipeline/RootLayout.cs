namespace StateTrace.Engine.Pipeline;

/// <summary>The folders under a root (design §1): nothing is written anywhere else.</summary>
public sealed record RootLayout(string Root)
{
    public string Data => Path.Combine(Root, "Data");
    public string Logs => Path.Combine(Root, "Logs");
    public string Runs => Path.Combine(Root, "runs");
    public string DailyTelemetry => Path.Combine(Logs, "IngestionMetrics");

    public string RunDirectory(string runId) => Path.Combine(Runs, runId);

    public static string NewRunId(TimeProvider? clock = null)
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        return $"{now:yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3))}";
    }
}
