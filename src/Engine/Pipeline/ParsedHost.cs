using StateTrace.Engine.Input;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Pipeline;

/// <summary>A host between the parse workers and its site's writer.</summary>
/// <param name="Signatures">Computed by the parse worker (stage 4), so the site's writer only compares and writes.</param>
internal sealed record ParsedHost(HostSlice Slice, DeviceFacts Facts, Storage.HostSignatures Signatures, TimeSpan SignatureTime);

/// <summary>How a host's write went, for statistics and telemetry.</summary>
internal sealed record HostWriteResult(ParsedHost Host, Storage.WriteCounts Counts, bool Skipped, string ExistingRowSource, TimeSpan WritePath);
