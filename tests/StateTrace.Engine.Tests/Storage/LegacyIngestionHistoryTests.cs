using System.Text;
using StateTrace.Engine.Pipeline;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Storage.Sqlite;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Storage;

public class LegacyIngestionHistoryTests
{
    [Theory]
    [InlineData("""[{"Hostname":"LAB-1","FileHash":"AB12","SourceLength":10,"LastIngestedUtc":"2025-12-31T14:21:38.0000000Z"},{"Hostname":"LAB-2","FileHash":"cd34","SourceLength":20}]""")]
    [InlineData("""{"Hostname":"LAB-1","FileHash":"AB12","SourceLength":10,"LastIngestedUtc":"2025-12-31T14:21:38Z"}{"Hostname":"LAB-2","FileHash":"cd34","SourceLength":20}""")]
    [InlineData("""
        {
            "Hostname":  "LAB-1", "ActualHostname": "LAB-1", "Site": "LAB",
            "FileHash":  "AB12", "SourceLength":  10, "LastIngestedUtc":  "2025-12-31T14:21:38Z"
        }
        {"Hostname":"LAB-2","FileHash":"cd34","SourceLength":20}
        """)]
    public void Read_ArrayConcatenatedOrPrettyObjectsWithBom_GivesEveryRecord(string json)
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray();

        var records = LegacyIngestionHistory.Read(bytes);

        records.Select(r => (r.Host, r.Hash, r.Length)).Should().Equal(("LAB-1", "ab12", 10L), ("LAB-2", "cd34", 20L));
        records[0].When.Should().Be(new DateTimeOffset(2025, 12, 31, 14, 21, 38, TimeSpan.Zero));
    }

    [Fact]
    public async Task Ingest_FirstRunWithOriginalHistoryFile_ImportsItOnceWithoutSkippingUnmatchedHosts()
    {
        using var temp = new TempDirectory();
        var history = Path.Combine(temp.Path, "Data", "IngestionHistory");
        Directory.CreateDirectory(history);
        await File.WriteAllTextAsync(Path.Combine(history, "LAB.json"),
            """[{"Hostname":"LAB-OLD-01","FileHash":"ab12","SourceLength":10,"LastIngestedUtc":"2025-12-31T14:21:38Z"}]""", new UTF8Encoding(true));
        var input = Directory.GetFiles(Path.Combine(RepoPaths.Samples, "LAB"))[0];

        var result = await IngestPipeline.RunAsync(new IngestOptions { Root = temp.Path, Inputs = [input] });
        await IngestPipeline.RunAsync(new IngestOptions { Root = temp.Path, Inputs = [input] });

        result.Summary.Passes[0].HostsParsed.Should().Be(1);
        using var store = SqliteSiteStore.Open(Path.Combine(temp.Path, "Data"), "LAB");
        store.FindIngestion("LAB-OLD-01").Should().BeEquivalentTo(new { FileHash = "ab12", SourceLength = 10L, RunId = LegacyIngestionHistory.RunId });
    }

    [Fact]
    public async Task Ingest_UnreadableOriginalHistory_IsADiagnosticNotACrash()
    {
        using var temp = new TempDirectory();
        var history = Path.Combine(temp.Path, "Data", "IngestionHistory");
        Directory.CreateDirectory(history);
        await File.WriteAllTextAsync(Path.Combine(history, "LAB.json"), "[{\"Hostname\": ");
        var input = Directory.GetFiles(Path.Combine(RepoPaths.Samples, "LAB"))[0];

        var result = await IngestPipeline.RunAsync(new IngestOptions { Root = temp.Path, Inputs = [input] });

        result.Summary.Passes[0].HostsParsed.Should().Be(1);
        result.Diagnostics.Should().ContainSingle().Which.Reason.Should().Contain("original ingestion history could not be read");
    }
}
