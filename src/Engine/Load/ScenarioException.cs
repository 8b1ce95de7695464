namespace StateTrace.Engine.Load;

/// <summary>A scenario file that cannot be used: which file, where in it (a JSON path such as <c>$.scenarios[0].loadSimulations[1]</c>) and why.</summary>
public sealed class ScenarioException : Exception
{
    public ScenarioException(string file, string jsonPath, string reason, Exception? inner = null)
        : base($"Scenario file {file}: {jsonPath}: {reason}.", inner)
    {
        File = file;
        JsonPath = jsonPath;
        Reason = reason;
    }

    public string File { get; }
    public string JsonPath { get; }
    public string Reason { get; }
}
