using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StateTrace.Engine.Diagnostics;
using StateTrace.Engine.Gates;
using StateTrace.Engine.Runs;

namespace StateTrace.Tool.Tests.Reports;

/// <summary>Crafted runs on disk (summary, telemetry by hand, time series, gates) in a temporary root, and HTML parsing.</summary>
public sealed class ReportFixture : IDisposable
{
    public const string Hostile = "<script>alert(1)</script>";

    public static readonly MachineFingerprint Machine = new("Test CPU", 2, 24L << 30, "Linux", ".NET 10", "Workstation", "sqlite");

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "statetrace-tests", Guid.NewGuid().ToString("N"));

    public ReportFixture() => Directory.CreateDirectory(Root);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    public string RunFolder(string runId) => Path.Combine(Root, "runs", runId);

    public static LatencyStats Stats(long count, double p50, double p95) => new(count, p50 / 2, p50, p50 * 1.2, p95 * 0.9, p95, p95 * 1.1, p95 * 1.5, p50 * 1.1, 0);

    /// <summary>A run with one pass entry and one repetition sample per value of <paramref name="mbps"/>.</summary>
    public static RunSummary Run(string runId, string kind = "verify", IReadOnlyList<double>? mbps = null, IReadOnlyList<double>? writeP95 = null,
        MachineFingerprint? machine = null, string commit = "abc123", DateTimeOffset? started = null, int exitCode = 0)
    {
        mbps ??= [10, 10.1, 9.9, 10.05, 9.95];
        writeP95 ??= mbps.Select(_ => 5.0).ToList();
        string[] passes = kind switch { "verify" => ["cold", "warm"], "load" => ["load"], _ => ["ingest"] };
        var passList = new List<PassSummary>();
        var reps = new List<RepetitionSample>();
        foreach (var pass in passes)
        {
            for (var r = 0; r < mbps.Count; r++)
            {
                var latencies = new Dictionary<string, LatencyStats>
                {
                    ["ParseDuration"] = Stats(20, 1, 4),
                    ["DatabaseWriteLatency"] = Stats(20, 2, writeP95[r]),
                    ["WritePath"] = pass == "warm" ? Stats(20, 0.01, 0.05) : Stats(20, 0.5, 3),
                };
                if (kind == "load")
                {
                    latencies["QueueDelay"] = Stats(20, 3, 40);
                    latencies["EndToEnd"] = Stats(20, 6, 60);
                }

                passList.Add(new PassSummary
                {
                    Pass = pass,
                    Repetition = r + 1,
                    HostsParsed = 20,
                    HostsFailed = 1,
                    Bytes = 5_000_000,
                    RowsInserted = pass == "warm" ? 0 : 400,
                    DurationSeconds = 0.5,
                    Throughput = new Throughput(mbps[r], 40, pass == "warm" ? 0 : 800),
                    Latencies = latencies,
                    Sites =
                    [
                        new SiteSummary("WLLS", 10, 0, 0, 2_500_000, 200),
                        new SiteSummary(Hostile, 10, 0, 1, 2_500_000, 200),
                    ],
                    CacheHitRatio = pass == "warm" ? 1 : 0,
                });
                reps.Add(new RepetitionSample(pass, r + 1, 0.5, mbps[r], 40, pass == "warm" ? 0 : 800));
            }
        }

        var start = started ?? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return new RunSummary
        {
            RunId = runId,
            RunKind = kind,
            StartedUtc = start,
            CompletedUtc = start.AddSeconds(5),
            Machine = machine ?? Machine,
            Code = new CodeIdentity("0.1.0", commit),
            Settings = new() { ["Inputs"] = "samples", ["Description"] = Hostile },
            Passes = passList,
            Repetitions = reps,
            ExitCode = exitCode,
            PeakWorkingSetBytes = 80_000_000,
            DiagnosticCount = 2,
            Diagnostics =
            [
                new Diagnostic("logs/" + Hostile + ".log", 42, "Truncated capture: " + Hostile, Hostile + "-A01"),
                new Diagnostic("logs/WLLS-A01.log", 7, "Binary file skipped.", null),
            ],
            WarmRunComparison = kind != "verify" ? null : new WarmRunComparison
            {
                ColdHosts = 20,
                WarmHosts = 20,
                ColdWritePath = Stats(20, 0.5, 3),
                WarmWritePath = Stats(20, 0.01, 0.05),
                ImprovementPercent = 98,
                ImprovementSamples = [98],
                CacheHitRatio = 1,
            },
        };
    }

    public string Write(RunSummary summary, bool telemetry = true, bool timeSeries = true, bool gates = true, int hosts = 20, int timePoints = 30)
    {
        var folder = RunFolder(summary.RunId);
        RunSummaryFile.Write(folder, summary);
        if (telemetry)
        {
            WriteTelemetry(folder, summary, hosts);
        }

        if (timeSeries)
        {
            WriteTimeSeries(folder, summary, timePoints);
        }

        if (gates)
        {
            GateReportFile.Write(Path.Combine(folder, GateReportFile.FileName), GateReport.Create(summary.RunId, summary.RunKind, null,
                new TelemetryReadResult { Path = Path.Combine(folder, "telemetry.ndjson") },
                [
                    new GateVerdict("write.p95", "DatabaseWriteLatency p95", "≤ 50 ms", "5 ms", 5, 20, GateStatus.Pass, "5 ms ≤ 50 ms"),
                    new GateVerdict("warm.improvement", "write path", "≥ 90 %", "45 %", 45, 20, GateStatus.Fail, "45 % < 90 % " + Hostile),
                    new GateVerdict("queue.p95", "QueueDelay p95", "≤ 120 ms", "–", null, 0, GateStatus.NotApplicable, "load runs only"),
                ]));
        }

        return folder;
    }

    /// <summary>Hand-written NDJSON, as the engine writes it, with a torn line in the middle and one at the end.</summary>
    public static void WriteTelemetry(string folder, RunSummary summary, int hosts)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        foreach (var pass in summary.Passes.Select(p => p.Pass).Distinct())
        {
            var t0 = summary.StartedUtc;
            text.Append(c, $$"""{"EventName":"RunStarted","Timestamp":"{{t0:O}}","RunId":"{{summary.RunId}}","Pass":"{{pass}}","Pid":1,"RunKind":"{{summary.RunKind}}","Root":"/r","Inputs":1,"Store":"sqlite"}""").Append('\n');
            for (var i = 0; i < hosts; i++)
            {
                var at = t0.AddMilliseconds(10 * i + 5);
                var host = i == 3 ? Hostile.Replace("\"", "\\\"", StringComparison.Ordinal) : $"WLLS-A01-AS-{i:D5}";
                text.Append(c, $$"""{"EventName":"ParserSchedulerLaunch","Timestamp":"{{at:O}}","RunId":"{{summary.RunId}}","Pass":"{{pass}}","Pid":1,"Site":"WLLS","Hostname":"{{host}}","ActiveWorkers":2,"ActiveSites":1,"QueuedJobs":{{hosts - i}},"QueuedSites":1,"ConsecutiveSameSite":1,"OtherSitesWaiting":false,"FairnessBypass":false}""").Append('\n');
                text.Append(c, $$"""{"EventName":"ParseDuration","Timestamp":"{{at.AddMilliseconds(3):O}}","RunId":"{{summary.RunId}}","Pass":"{{pass}}","Pid":1,"Hostname":"{{host}}","Site":"WLLS","Platform":"cisco_ios","StartTime":"{{at:O}}","DurationSeconds":{{0.001 + i % 7 * 0.0005}},"Success":true,"FileName":"{{host}}.log","Bytes":25000,"Interfaces":12}""").Append('\n');
                text.Append(c, $$"""{"EventName":"DatabaseWriteLatency","Timestamp":"{{at.AddMilliseconds(6):O}}","RunId":"{{summary.RunId}}","Pass":"{{pass}}","Pid":1,"Hostname":"{{host}}","Site":"WLLS","LatencyMs":{{2 + i % 5}}}""").Append('\n');
                if (summary.RunKind == "load")
                {
                    text.Append(c, $$"""{"EventName":"LoadHostCompleted","Timestamp":"{{at.AddMilliseconds(7):O}}","RunId":"{{summary.RunId}}","Pass":"{{pass}}","Pid":1,"Hostname":"{{host}}","QueueDelayMs":{{5 + i % 9}}}""").Append('\n');
                }

                if (i == hosts / 2)
                {
                    text.Append("""{"EventName":"ParseDuration","Timestamp":"2026-01""").Append('\n');
                }
            }
        }

        text.Append("""{"EventName":"RunCompleted","Timest""");
        File.WriteAllText(Path.Combine(folder, "telemetry.ndjson"), text.ToString());
    }

    public static void WriteTimeSeries(string folder, RunSummary summary, int points)
    {
        var list = new List<TimePoint>();
        foreach (var pass in summary.Passes.Select(p => p.Pass).Distinct())
        {
            for (var i = 0; i < points; i++)
            {
                list.Add(new TimePoint
                {
                    Pass = pass,
                    Site = "*",
                    Seconds = i * 0.5,
                    QueuedHosts = points - i,
                    ActiveWorkers = 2,
                    HostsCompleted = i * 10,
                    BytesCompleted = i * 1_000_000L,
                    RowsWritten = i * 100,
                    WorkingSetBytes = (60 + i % 10) * 1_000_000L,
                    ManagedHeapBytes = (20 + i % 5) * 1_000_000L,
                    QueueDelayP50Ms = summary.RunKind == "load" ? 3 + i % 4 : null,
                    QueueDelayP95Ms = summary.RunKind == "load" ? 20 + i % 10 : null,
                    EndToEndP95Ms = summary.RunKind == "load" ? 40 + i % 10 : null,
                });
            }
        }

        TimeSeries.Write(folder, new TimeSeries { IntervalSeconds = 0.5, Points = list });
    }

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    internal static string Render(Tool.Reports.ReportWriter report)
    {
        using var writer = new StringWriter();
        report.Write(writer);
        return writer.ToString();
    }
}
