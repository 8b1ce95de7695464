using StateTrace.Engine.Nightly;
using StateTrace.Engine.Runs;
using StateTrace.Engine.Tests.Support;
using static StateTrace.Engine.Tests.Nightly.NightlyHistory;

namespace StateTrace.Engine.Tests.Nightly;

public class NightlyFilesTests
{
    [Fact]
    public void ReadIndex_NoIndexYet_IsEmpty()
    {
        using var temp = new TempDirectory();

        NightlyFiles.ReadIndex(Path.Combine(temp.Path, "runs")).Entries.Should().BeEmpty();
    }

    [Fact]
    public void WriteIndexThenRead_RoundTripsEveryField()
    {
        using var temp = new TempDirectory();
        var machine = new MachineFingerprint("Test CPU", 2, 24L << 30, "Linux", ".NET 10", "Workstation", "sqlite");
        var index = new NightlyIndex
        {
            Entries =
            [
                Entry(1, 100) with
                {
                    Machine = machine,
                    MachineId = machine.Id,
                    Commit = "abc123",
                    Version = "0.1.0",
                    Corpus = "reference-seed1-200MB",
                    Metrics = new() { ["cold.mbps"] = 41.25, ["warm.improvement"] = 95.5 },
                    Verdicts = new() { ["cold.mbps"] = NightlyVerdict.Breach, ["warm.improvement"] = NightlyVerdict.Ok },
                },
            ],
        };

        var path = NightlyFiles.WriteIndex(temp.Path, index);
        var read = NightlyFiles.ReadIndex(temp.Path);

        path.Should().Be(Path.Combine(temp.Path, "index.json"));
        read.Should().BeEquivalentTo(index);
        File.ReadAllText(path).Should().Contain("\"cold.mbps\": \"Breach\"").And.Contain("\"SchemaVersion\": 1");
    }

    [Fact]
    public void ReadIndex_OtherSchemaVersion_IsRefusedWithBothVersions()
    {
        using var temp = new TempDirectory();
        temp.File("index.json", """{ "SchemaVersion": 2, "Entries": [] }""");

        var read = () => NightlyFiles.ReadIndex(temp.Path);

        read.Should().Throw<InvalidDataException>().WithMessage("*index schema version 2*reads version 1*");
    }

    [Fact]
    public void ReadIndex_TornFile_IsRefused()
    {
        using var temp = new TempDirectory();
        temp.File("index.json", """{ "SchemaVersion": 1, "Entries": [ { "RunId": """);

        var read = () => NightlyFiles.ReadIndex(temp.Path);

        read.Should().Throw<InvalidDataException>().WithMessage("*not a valid nightly index*");
    }

    [Fact]
    public void WriteReport_WritesNightlyJsonWithVerdictsAsText()
    {
        using var temp = new TempDirectory();
        var verdict = new MetricVerdict("cold.mbps", "MB/s", true, 80, 100, ["a", "b"], -0.2, NightlyVerdict.Alert, "80 MB/s vs … ≥");

        var path = NightlyFiles.WriteReport(temp.Path, new NightlyReport { RunId = "r", MachineId = "m", Alert = true, Verdicts = [verdict] });

        path.Should().Be(Path.Combine(temp.Path, "nightly.json"));
        File.ReadAllText(path).Should().Contain("\"Verdict\": \"Alert\"").And.Contain("\"Reason\": \"80 MB/s vs … ≥\"");
    }
}
