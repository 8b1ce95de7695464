using StateTrace.Engine.Scheduling;
using StateTrace.Engine.Storage;

namespace StateTrace.Engine.Settings;

/// <summary>Everything a run takes from <c>Data/StateTraceSettings.json</c>, the environment and the command line.</summary>
public sealed record StateTraceSettings
{
    public SchedulerOptions Scheduler { get; init; } = new();

    /// <summary>Interface rows per write transaction. Default 1000.</summary>
    public int MaxInterfacesPerBatch { get; init; } = 1000;

    /// <summary>A host's slice stops growing here. Default 64 MiB.</summary>
    public long SliceCapBytes { get; init; } = 64L << 20;

    /// <summary>Stores larger than this are reported after each ingest. Default 2 GiB.</summary>
    public long DatabaseSizeWarningBytes { get; init; } = 2L << 30;

    public StoreOptions Store { get; init; } = new();

    /// <summary>Keys that were read but have no effect here, each with the reason.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>A setting with a bad value: which source, which key, what was wrong. Exit code 2.</summary>
public sealed class SettingsException(string message) : Exception(message);
