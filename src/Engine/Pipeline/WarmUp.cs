using System.Diagnostics;
using System.Text;
using StateTrace.Engine.Generation;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Detection;
using StateTrace.Engine.Parsing.Templates;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Storage.Sqlite;

namespace StateTrace.Engine.Pipeline;

/// <summary>
/// Runs every parser and the SQLite write path once, on one small generated host per platform, before a run starts
/// timing hosts — as a benchmark harness warms up. Without it the first hosts of each platform carry the JIT's
/// compile time, which on a small corpus decides the p95 of the parse and write gates. Once per process; the time it
/// takes is reported apart (summary setting <c>WarmUpMs</c>).
/// </summary>
internal static class WarmUp
{
    private static int done;

    public static TimeSpan Run(PortTemplates templates, string scratchDirectory)
    {
        if (Interlocked.Exchange(ref done, 1) == 1)
        {
            return TimeSpan.Zero;
        }

        var clock = Stopwatch.StartNew();
        var hosts = new List<DeviceFacts>();
        for (var i = 0; i < Platforms.All.Count; i++)
        {
            var plan = new HostPlan(0x5EED, 0, i, 8, VendorMix.Only(Platforms.All[i]));
            var text = new StringBuilder(32 * 1024);
            SessionWriters.For(plan).Write(plan, text);
            var session = new CapturedSession(plan.Hostname, text.ToString());
            var detection = VendorDetector.Detect(session);
            if (ParserRegistry.For(detection.Platform) is not { } parser)
            {
                continue;
            }

            var facts = new DeviceFacts { Hostname = plan.Hostname, Site = "WARMUP", Platform = detection.Platform };
            parser.Parse(session, facts);
            templates.Apply(facts);
            hosts.Add(facts);
        }

        try
        {
            using var store = SqliteSiteStore.Open(scratchDirectory, "WARMUP");
            for (var pass = 0; pass < 2; pass++)
            {
                using var transaction = store.Begin();
                var index = transaction.LoadIndex();
                foreach (var facts in hosts)
                {
                    var changes = HostDiff.Compute(facts, HostDiff.Sign(facts), new IngestionStamp(facts.Hostname, "warm-up", pass), index.Hosts.GetValueOrDefault(facts.Hostname));
                    transaction.Apply(changes, new RunStamp("warm-up", DateTimeOffset.UnixEpoch));
                }

                transaction.Commit(inventoryChanged: true);
            }
        }
        finally
        {
            if (Directory.Exists(scratchDirectory))
            {
                Directory.Delete(scratchDirectory, recursive: true);
            }
        }

        return clock.Elapsed;
    }
}
