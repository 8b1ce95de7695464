using System.Globalization;
using StateTrace.Engine.Pipeline;

namespace StateTrace.Tool;

/// <summary>One self-overwriting status line on a terminal, at most a few times a second; silent when redirected.</summary>
internal sealed class TerminalProgress(TextWriter writer) : IProgress<IngestProgress>
{
    private readonly Lock gate = new();
    private long lastTicks;
    private bool wrote;

    public void Report(IngestProgress value)
    {
        var now = Environment.TickCount64;
        lock (gate)
        {
            if (now - lastTicks < 200 && value.HostsDone != value.HostsTotal)
            {
                return;
            }

            lastTicks = now;
            var seconds = Math.Max(value.Elapsed.TotalSeconds, 1e-3);
            var line = value.Stage == "split"
                ? string.Create(CultureInfo.InvariantCulture, $"split  {value.BytesDone / 1e6,8:F1} MB  {value.BytesDone / 1e6 / seconds,7:F1} MB/s")
                : string.Create(CultureInfo.InvariantCulture, $"ingest {value.HostsDone,6}/{value.HostsTotal} hosts  {value.BytesDone / 1e6,8:F1} MB  {value.BytesDone / 1e6 / seconds,7:F1} MB/s");
            writer.Write("\r" + line.PadRight(72));
            wrote = true;
        }
    }

    public void Finish()
    {
        lock (gate)
        {
            if (wrote)
            {
                writer.WriteLine();
            }
        }
    }
}
