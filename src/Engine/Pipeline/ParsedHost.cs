using StateTrace.Engine.Input;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Pipeline;

/// <summary>A host between the parse workers and its site's writer.</summary>
internal sealed record ParsedHost(HostSlice Slice, DeviceFacts Facts);

/// <summary>How a host's write went, for statistics and telemetry.</summary>
internal sealed record HostWriteResult(ParsedHost Host, Storage.WriteCounts Counts, bool Skipped, string ExistingRowSource, TimeSpan WritePath);
