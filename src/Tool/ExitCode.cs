namespace StateTrace.Tool;

/// <summary>One exit-code table for every command (design §5).</summary>
internal enum ExitCode
{
    Ok = 0,
    GateFailed = 1,
    Usage = 2,
    BadInput = 3,
    Environment = 4,
    InsufficientData = 5,
}

internal static class ExitCodes
{
    // Highest first when several apply: usage, environment, gate failed, insufficient data, bad input, ok.
    private static int Rank(ExitCode code) => code switch
    {
        ExitCode.Usage => 5,
        ExitCode.Environment => 4,
        ExitCode.GateFailed => 3,
        ExitCode.InsufficientData => 2,
        ExitCode.BadInput => 1,
        _ => 0,
    };

    public static ExitCode Combine(ExitCode a, ExitCode b) => Rank(a) >= Rank(b) ? a : b;
}
