namespace StateTrace.Tool.Reports;

/// <summary>A before/after verdict on one metric (ResultsComparer's words).</summary>
internal enum Verdict
{
    Same,
    Faster,
    Slower,
    Inconclusive,
}
