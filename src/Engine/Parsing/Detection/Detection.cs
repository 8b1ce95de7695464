namespace StateTrace.Engine.Parsing.Detection;

/// <summary>The platform a session was taken for, how sure we are, and why (kept for diagnostics).</summary>
/// <param name="Platform">One of <see cref="Platforms"/>, or empty when no platform led by enough.</param>
/// <param name="Confidence">0–100: the winner's score minus the runner-up's, capped at 100.</param>
/// <param name="Evidence">Every piece of evidence found, for every platform, strongest first.</param>
public sealed record Detection(string Platform, int Confidence, IReadOnlyList<string> Evidence)
{
    public static Detection Unknown { get; } = new("", 0, []);

    public bool IsKnown => Platform.Length > 0 && Confidence >= VendorDetector.MinimumConfidence;
}
