namespace StateTrace.Engine.Parsing;

/// <summary>Receives what a command parser could not read: the 1-based slice line and one plain sentence.</summary>
internal delegate void ParseReport(long sliceLine, string reason);
