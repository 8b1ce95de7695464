using System.Buffers;
using System.Text.Json;
using System.Threading.Channels;

namespace StateTrace.Engine.Telemetry;

/// <summary>
/// Writes events off the hot path: callers enqueue, one background task serialises and appends to the run's
/// <c>telemetry.ndjson</c> and to the daily <c>Logs/IngestionMetrics/&lt;yyyy-MM-dd&gt;.json</c> (UTC date) that
/// the original's tooling reads. Each line is written whole, so a reader sees at most one torn last line after a kill.
/// </summary>
public sealed class TelemetryWriter : IAsyncDisposable
{
    private readonly Channel<TelemetryEvent> queue = Channel.CreateBounded<TelemetryEvent>(
        new BoundedChannelOptions(8192) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly string runId;
    private readonly string runFile;
    private readonly string dailyDirectory;
    private readonly TimeProvider clock;
    private readonly int pid = Environment.ProcessId;
    private readonly Task pump;

    public TelemetryWriter(string runFile, string dailyDirectory, string runId, TimeProvider? clock = null)
    {
        this.runFile = runFile;
        this.dailyDirectory = dailyDirectory;
        this.runId = runId;
        this.clock = clock ?? TimeProvider.System;
        Directory.CreateDirectory(Path.GetDirectoryName(runFile)!);
        Directory.CreateDirectory(dailyDirectory);
        pump = Task.Run(PumpAsync);
    }

    /// <summary>The pass stamped on events from now on (ingest, cold, warm, load).</summary>
    public string Pass { get; set; } = "ingest";

    public void Emit(TelemetryEvent evt)
    {
        var stamped = evt with { Timestamp = clock.GetUtcNow(), RunId = runId, Pass = Pass, Pid = pid };
        if (!queue.Writer.TryWrite(stamped))
        {
            // Full queue: wait rather than drop; the bound keeps memory flat when the disk is slow.
            queue.Writer.WriteAsync(stamped).AsTask().GetAwaiter().GetResult();
        }
    }

    private async Task PumpAsync()
    {
        await using var run = new FileStream(runFile, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
        FileStream? daily = null;
        var dailyDate = default(DateOnly);
        var buffer = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (queue.Reader.TryRead(out var evt))
                {
                    buffer.ResetWrittenCount();
                    using (var json = new Utf8JsonWriter(buffer))
                    {
                        JsonSerializer.Serialize(json, evt, TelemetryJsonContext.Default.GetTypeInfo(evt.GetType())!);
                    }

                    buffer.Write("\n"u8);
                    run.Write(buffer.WrittenSpan);
                    var date = DateOnly.FromDateTime(evt.Timestamp.UtcDateTime);
                    if (daily is null || date != dailyDate)
                    {
                        if (daily is not null)
                        {
                            await daily.DisposeAsync().ConfigureAwait(false);
                        }

                        dailyDate = date;
                        daily = new FileStream(Path.Combine(dailyDirectory, $"{date:yyyy-MM-dd}.json"), FileMode.Append,
                            FileAccess.Write, FileShare.ReadWrite, 1 << 16);
                    }

                    daily.Write(buffer.WrittenSpan);
                }

                await run.FlushAsync().ConfigureAwait(false);
                if (daily is not null)
                {
                    await daily.FlushAsync().ConfigureAwait(false);
                }
            }
        }
        finally
        {
            if (daily is not null)
            {
                await daily.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await pump.ConfigureAwait(false);
    }
}
