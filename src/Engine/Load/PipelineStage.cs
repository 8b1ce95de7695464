using System.Collections.Concurrent;
using System.Diagnostics;
using StateTrace.Engine.Diagnostics;
using StateTrace.Engine.Input;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Pipeline;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Telemetry;

namespace StateTrace.Engine.Load;

/// <summary>
/// The real work on a bundle, as the ingest pipeline does it: detect and parse (stage 3), sign (stage 4), hand to the
/// site's writer (stage 5), with the same statistics and telemetry events, so the gates read a load run as they read an
/// ingest. The site writers report each committed batch through <see cref="OnWritten"/>.
/// </summary>
internal sealed class PipelineStage(TimeProvider clock, LoadRecorder recorder, PassStats stats, TelemetryWriter telemetry, RunStamp run) : IBundleStage
{
    private readonly ConcurrentQueue<Diagnostic> diagnostics = new();
    private readonly string runDate = run.RunDate.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Set once the writers exist (they take <see cref="OnWritten"/> as their callback).</summary>
    public SiteWriters? Writers { get; set; }

    /// <summary>Set once the replay exists; the writers' callback finds bundles through it.</summary>
    public Replay? Replay { get; set; }

    public IReadOnlyCollection<Diagnostic> Diagnostics => diagnostics;

    public async ValueTask RunAsync(ReplayBundle bundle, Replay replay, CancellationToken ct)
    {
        var slice = bundle.Slice;
        var wallStart = clock.GetUtcNow();
        DeviceFacts? facts;
        string platform;
        try
        {
            facts = IngestPipeline.Parse(slice, out platform);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var elapsed = clock.GetElapsedTime(bundle.ParseStart);
            recorder.Parsed(slice.Site, elapsed, ok: false);
            stats.Failed(slice.Site, slice.Length);
            Problem(slice, $"The parser failed on this host ({e.GetType().Name}: {e.Message}); the host was not stored.");
            replay.Failed(bundle, BundleStatus.ParserError);
            return;
        }

        bundle.ParseEnd = clock.GetTimestamp();
        var parse = clock.GetElapsedTime(bundle.ParseStart, bundle.ParseEnd);
        stats.ParseDuration.Record(parse);
        var fileName = slice.Segments.Count > 0 ? Path.GetFileName(slice.Segments[0].File) : "";
        telemetry.Emit(new ParseDuration(slice.Hostname, slice.Site, platform, wallStart, Math.Round(parse.TotalSeconds, 6),
            facts is not null, fileName, slice.Length, facts?.InterfaceCount ?? 0));
        if (facts is null)
        {
            recorder.Parsed(slice.Site, parse, ok: false);
            stats.Failed(slice.Site, slice.Length);
            Problem(slice, platform.Length == 0
                ? "The device's platform could not be recognised from its output, so the host was not stored."
                : $"Platform {platform} is recognised but has no parser yet, so the host was not stored.");
            replay.Failed(bundle, platform.Length == 0 ? BundleStatus.UnknownPlatform : BundleStatus.NoParser);
            return;
        }

        foreach (var problem in facts.Diagnostics)
        {
            diagnostics.Enqueue(problem);
        }

        var signing = Stopwatch.StartNew();
        var signatures = HostDiff.Sign(facts);
        signing.Stop();
        recorder.Parsed(slice.Site, parse, ok: true);
        bundle.Posted = clock.GetTimestamp();
        await Writers!.PostAsync(new ParsedHost(slice, facts, signatures, signing.Elapsed), ct).ConfigureAwait(false);
    }

    /// <summary>The site writers' callback after each committed batch (the pipeline's stage 5 bookkeeping, then the bundles end).</summary>
    public void OnWritten(IReadOnlyList<HostWriteResult> results, TimeSpan batchLatency)
    {
        foreach (var result in results)
        {
            var slice = result.Host.Slice;
            var bundle = Replay!.Find(slice);
            if (result.Skipped)
            {
                stats.Skipped(slice.Site, slice.Length);
            }
            else
            {
                stats.DatabaseWriteLatency.Record(batchLatency);
                recorder.DatabaseWrite(slice.Site, batchLatency);
                stats.WritePath.Record(result.WritePath);
                stats.ExistingRows(result.ExistingRowSource);
                stats.Written(slice.Site, slice.Length, result.Counts);
                telemetry.Emit(new DatabaseWriteLatency(slice.Hostname, slice.Site, Math.Round(batchLatency.TotalMilliseconds, 3)));
                telemetry.Emit(new RowsWritten(slice.Hostname, slice.Site, runDate, result.Counts.Inserted + result.Counts.Updated,
                    result.Counts.Deleted, result.Counts.Inserted, result.Counts.Updated, result.Counts.Unchanged));
            }

            if (bundle is not null)
            {
                Replay.Written(bundle, result.Counts.Rows);
            }
        }
    }

    private void Problem(HostSlice slice, string reason)
    {
        var (file, line) = slice.Locate(1);
        diagnostics.Enqueue(new Diagnostic(file, line, reason, slice.Hostname));
    }
}
