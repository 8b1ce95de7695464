using System.Globalization;
using StateTrace.Engine.Pipeline;

namespace StateTrace.Tool;

/// <summary>One self-overwriting status line on a terminal, at most a few times a second; silent when redirected.</summary>
internal sealed class TerminalProgress(TextWriter writer) : IProgress<IngestProgress>
{
    private readonly Lock gate = new();
    private long lastTicks;
    private bool wrote;
    private int width = 72;

    // Sites still in progress, as "WLLS 120/400": the ones a heavy site might be starving show up here first.
    private static string PerSite(IngestProgress value)
    {
        if (value.Sites is null)
        {
            return "";
        }

        var open = value.Sites().Where(s => s.Done < s.Total).Take(6).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Site} {s.Done}/{s.Total}")).ToList();
        return open.Count == 0 ? "" : "  | " + string.Join("  ", open);
    }

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
                : string.Create(CultureInfo.InvariantCulture, $"ingest {value.HostsDone,6}/{value.HostsTotal} hosts  {value.BytesDone / 1e6,8:F1} MB  {value.BytesDone / 1e6 / seconds,7:F1} MB/s") + PerSite(value);
            width = Math.Max(width, line.Length);
            writer.Write("\r" + line.PadRight(width));
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
