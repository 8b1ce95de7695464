using System.Text;
using StateTrace.Engine.Gates;
using StateTrace.Engine.Telemetry;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Gates;

public class TelemetryReaderTests
{
    private static string Event(string name, string pass, string fields) =>
        $$"""{"EventName":"{{name}}","Timestamp":"2026-01-01T00:00:00+00:00","RunId":"r1","Pass":"{{pass}}","Pid":42,{{fields}}}""";

    private static string Parse(string pass, bool success = true) => Event("ParseDuration", pass, $$"""
        "Hostname":"WLLS-A01-AS-01","Site":"WLLS","Platform":"cisco_ios","DurationSeconds":0.004,"Success":{{(success ? "true" : "false")}}
        """);

    private static string Sync(string pass) => Event("InterfaceSyncTiming", pass, "\"Hostname\":\"WLLS-A01-AS-01\",\"Site\":\"WLLS\",\"WritePathMs\":0.3");

    private static string Launch(int streak, bool othersWaiting, bool bypass = false) => Event("ParserSchedulerLaunch", "cold",
        $$"""
        "Site":"WLLS","Hostname":"h","ConsecutiveSameSite":{{streak}},"OtherSitesWaiting":{{(othersWaiting ? "true" : "false")}},"FairnessBypass":{{(bypass ? "true" : "false")}}
        """);

    private static string Cache(string reason, double ms) =>
        Event("InterfaceSiteCacheMetrics", "cold", $"\"Site\":\"WLLS\",\"Reason\":\"{reason}\",\"Hosts\":3,\"Rows\":144,\"HydrateDurationMs\":{ms}");

    private static string Write(TempDirectory temp, params byte[][] lines)
    {
        var bytes = new List<byte>();
        foreach (var line in lines)
        {
            bytes.AddRange(line);
        }

        return temp.Bytes("telemetry.ndjson", [.. bytes]);
    }

    private static byte[] Line(string text) => Encoding.UTF8.GetBytes(text + "\n");

    [Fact]
    public void Read_TornLinesInTheMiddleAndAtTheEnd_SkipsAndCountsThemWithLineNumbers()
    {
        using var temp = new TempDirectory();
        var whole = Parse("cold");
        var blob = Enumerable.Range(0, 300).Select(i => (byte)(i % 256 == '\n' ? 0 : i % 256)).Append((byte)'\n').ToArray();
        var path = Write(temp,
            Line(whole),
            Line(Sync("cold")),
            Line(whole[..(whole.Length / 2)]),
            Line(Sync("cold")),
            blob,
            Line(""),
            Line(Parse("warm")),
            Encoding.UTF8.GetBytes(Sync("warm")[..40]));

        var result = TelemetryReader.Read(path);

        result.Found.Should().BeTrue();
        result.Events.Should().Be(4);
        result.TornLines.Should().Be(3);
        result.TornLineNumbers.Should().Equal(3, 5, 8);
        result.Passes["cold"].Should().Be(new PassTelemetry(1, 2));
        result.Passes["warm"].Should().Be(new PassTelemetry(1, 0));
    }

    [Fact]
    public void Read_LinesThatAreJsonButNotEvents_AreCountedTorn()
    {
        using var temp = new TempDirectory();
        var path = Write(temp, Line("42"), Line("""{"Pass":"cold"}"""), Line(Sync("cold") + " trailing"), Line("[1,2]"), Line(Sync("cold")));

        var result = TelemetryReader.Read(path);

        result.TornLines.Should().Be(4);
        result.TornLineNumbers.Should().Equal(1, 2, 3, 4);
        result.Passes["cold"].InterfaceSyncTimings.Should().Be(1);
    }

    [Fact]
    public void Read_FailedParses_AreNotCountedForCompleteness()
    {
        using var temp = new TempDirectory();
        var path = Write(temp, Line(Parse("ingest")), Line(Parse("ingest", success: false)), Line(Parse("ingest")));

        TelemetryReader.Read(path).Passes["ingest"].ParseSucceeded.Should().Be(2);
    }

    [Fact]
    public void Read_SchedulerLaunches_TakesTheLongestStreakOnlyWhileAnotherSiteWaits()
    {
        using var temp = new TempDirectory();
        var path = Write(temp, Line(Launch(1, false)), Line(Launch(14, false)), Line(Launch(6, true)), Line(Launch(9, true, bypass: true)), Line(Launch(2, true)));

        var result = TelemetryReader.Read(path);

        result.Launches.Should().Be(5);
        result.LaunchesWithOthersWaiting.Should().Be(3);
        result.MaxStreakWhileOthersWait.Should().Be(9);
        result.FairnessBypasses.Should().Be(1);
    }

    [Fact]
    public void Read_SiteCacheMetrics_KeepsHydrationsFromTheStoreOnly()
    {
        using var temp = new TempDirectory();
        var path = Write(temp, Line(Cache("CacheInitial", 12.5)), Line(Cache("SnapshotImport", 900)), Line(Cache("CacheRefresh", 40)),
            Line(Cache("Initial", 7)), Line(Cache("Refresh", 8)));

        TelemetryReader.Read(path).HydrationsMs.Should().Equal(12.5, 40, 7, 8);
    }

    [Fact]
    public void Read_MissingFile_IsNotFound()
    {
        using var temp = new TempDirectory();

        var result = TelemetryReader.Read(Path.Combine(temp.Path, "telemetry.ndjson"));

        result.Found.Should().BeFalse();
        result.Events.Should().Be(0);
    }

    [Fact]
    public void Read_OverlongDebrisLine_IsCountedTornAndTheNextLineStillReads()
    {
        using var temp = new TempDirectory();
        var debris = Encoding.ASCII.GetBytes(new string('x', (TelemetryReader.MaxLineBytes * 2) + 5) + "\n");
        var path = Write(temp, Line(Sync("cold")), debris, Line(Sync("cold")));

        var result = TelemetryReader.Read(path);

        result.TornLineNumbers.Should().Equal(2);
        result.Passes["cold"].InterfaceSyncTimings.Should().Be(2);
    }

    [Fact]
    public void Read_ManyCrlfLinesAcrossBufferBoundaries_CountsEveryEvent()
    {
        using var temp = new TempDirectory();
        var lines = Enumerable.Range(0, 5000).Select(i => Encoding.UTF8.GetBytes((i % 2 == 0 ? Parse("cold") : Sync("cold")) + "\r\n")).ToArray();
        var path = Write(temp, lines);

        var result = TelemetryReader.Read(path);

        result.Events.Should().Be(5000);
        result.TornLines.Should().Be(0);
        result.Passes["cold"].Should().Be(new PassTelemetry(2500, 2500));
    }

    [Fact]
    public async Task Read_TelemetryWriterOutput_FindsTheFieldsTheGatesNeed()
    {
        using var temp = new TempDirectory();
        var file = Path.Combine(temp.Path, "runs", "r1", "telemetry.ndjson");
        await using (var writer = new TelemetryWriter(file, Path.Combine(temp.Path, "Logs"), "r1") { Pass = "cold" })
        {
            writer.Emit(new ParserSchedulerLaunch("WLLS", "WLLS-1", 1, 1, 3, 2, 4, true, false));
            writer.Emit(new ParseDuration("WLLS-1", "WLLS", "cisco_ios", DateTimeOffset.UtcNow, 0.01, true, "a.log", 100, 48));
            writer.Emit(new InterfaceSiteCacheMetrics("WLLS", "CacheInitial", 0, 0, 3.5, 1));
            writer.Emit(new InterfaceSyncTiming(Hostname: "WLLS-1", Site: "WLLS", FactsConsidered: 48, ExistingCount: 0, Inserted: 48,
                Updated: 0, Deleted: 0, Unchanged: 0, DiffSignatureDurationMs: 0.5, DiffComparisonDurationMs: 0.5, ApplyDurationMs: 2,
                WritePathMs: 3, LoadExistingDurationMs: 3.5, SiteCacheExistingRowSource: "CacheInitial", SiteCacheGeneration: 1, BatchHosts: 1));
        }

        var result = TelemetryReader.Read(file);

        result.Events.Should().Be(4);
        result.Passes["cold"].Should().Be(new PassTelemetry(1, 1));
        result.MaxStreakWhileOthersWait.Should().Be(4);
        result.HydrationsMs.Should().Equal(3.5);
    }
}
