using StateTrace.Engine.Runs;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Runs;

public class RunSummaryFileTests
{
    private static RunSummary Sample() => new()
    {
        RunId = "20261125-120000-abcdef",
        RunKind = "ingest",
        Machine = Fingerprints.Machine("sqlite"),
        Code = new CodeIdentity("0.1.0", "abc123"),
        Passes =
        [
            new PassSummary
            {
                Pass = "ingest", HostsParsed = 3, Bytes = 1000, RowsInserted = 10,
                Throughput = new Throughput(1, 2, 3),
                Latencies = new() { ["ParseDuration"] = new LatencyStats(3, 1, 2, 2, 3, 3, 3, 3, 2, 0) },
            },
        ],
    };

    [Fact]
    public void WriteThenRead_Summary_RoundTrips()
    {
        using var temp = new TempDirectory();
        RunSummaryFile.Write(temp.Path, Sample());

        var read = RunSummaryFile.Read(temp.Path);

        read.Should().BeEquivalentTo(Sample());
        read.Passes[0].RowsWritten.Should().Be(10);
    }

    [Fact]
    public void Read_OtherSchemaVersion_IsRefusedWithBothVersions()
    {
        using var temp = new TempDirectory();
        var path = temp.File("summary.json", """{"SchemaVersion": 7, "RunId": "x"}""");

        var read = () => RunSummaryFile.Read(path);

        read.Should().Throw<InvalidDataException>().WithMessage("*version 7*reads version 1*");
    }

    [Fact]
    public void Read_TornFile_SaysItIsNotJson()
    {
        using var temp = new TempDirectory();
        var path = temp.File("summary.json", """{"SchemaVersion": 1, "RunId": "x", "Pas""");

        var read = () => RunSummaryFile.Read(path);

        read.Should().Throw<InvalidDataException>().WithMessage("*not valid JSON*");
    }

    [Fact]
    public void LatencyRecorder_BeyondOneHour_ClampsAndCounts()
    {
        var recorder = new LatencyRecorder();
        recorder.Record(TimeSpan.FromMilliseconds(5));
        recorder.Record(TimeSpan.FromHours(3));

        var stats = recorder.Snapshot();

        stats.Count.Should().Be(2);
        stats.Clamped.Should().Be(1);
        stats.P50.Should().BeApproximately(5, 0.01);
        stats.Max.Should().BeApproximately(3_600_000, 3_600);
    }
}
