namespace StateTrace.Engine.Diagnostics;

/// <summary>Something in the input that could not be read as intended. Bad input is data, never an exception.</summary>
/// <param name="File">The input file the problem was found in (as given on the command line).</param>
/// <param name="Line">1-based line in that file; 0 when the problem concerns the whole file.</param>
/// <param name="Reason">One plain sentence saying what was wrong and what was done about it.</param>
/// <param name="Host">The host whose output it was, when known.</param>
public sealed record Diagnostic(string File, long Line, string Reason, string? Host = null)
{
    public override string ToString() => Host is null ? $"{File}:{Line}: {Reason}" : $"{File}:{Line}: [{Host}] {Reason}";
}
