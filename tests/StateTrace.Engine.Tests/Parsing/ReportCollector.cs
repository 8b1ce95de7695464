using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Tests.Parsing;

/// <summary>Collects what a command parser reports, so tests can assert the line and the reason.</summary>
internal sealed class ReportCollector
{
    public List<(long Line, string Reason)> Items { get; } = [];

    public ParseReport Report => (line, reason) => Items.Add((line, reason));
}
