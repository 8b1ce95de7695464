namespace StateTrace.Engine.Telemetry;

public sealed record MaintenanceCompleted(string Site, long BytesBefore, long BytesAfter, double SavedPercent, string BackupPath,
    int IndexesCreated, double DurationMs) : TelemetryEvent;

public sealed record MaintenanceFailed(string Site, string Reason) : TelemetryEvent;

/// <summary>A site store's size after an ingest or maintenance; <see cref="OverThreshold"/> when past the warning size.</summary>
public sealed record DatabaseSize(string Site, string Store, long Bytes, long WarningThresholdBytes, bool OverThreshold) : TelemetryEvent;
