using System.Text.Json;
using StateTrace.Engine.Telemetry;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Telemetry;

public class TelemetryWriterTests
{
    [Fact]
    public async Task Emit_Events_WritesOneEnvelopedObjectPerLineToRunAndDailyFiles()
    {
        using var temp = new TempDirectory();
        var runFile = Path.Combine(temp.Path, "runs", "r1", "telemetry.ndjson");
        var daily = Path.Combine(temp.Path, "Logs", "IngestionMetrics");
        await using (var writer = new TelemetryWriter(runFile, daily, "r1"))
        {
            writer.Emit(new RunStarted("ingest", temp.Path, 2, "sqlite"));
            writer.Pass = "warm";
            writer.Emit(new DatabaseWriteLatency("WLLS-A01-AS-01", "WLLS", 1.25));
        }

        var lines = await File.ReadAllLinesAsync(runFile);
        lines.Should().HaveCount(2);
        using var first = JsonDocument.Parse(lines[0]);
        first.RootElement.EnumerateObject().Take(5).Select(p => p.Name).Should().Equal("EventName", "Timestamp", "RunId", "Pass", "Pid");
        first.RootElement.GetProperty("EventName").GetString().Should().Be("RunStarted");
        using var second = JsonDocument.Parse(lines[1]);
        second.RootElement.GetProperty("Pass").GetString().Should().Be("warm");
        second.RootElement.GetProperty("LatencyMs").GetDouble().Should().Be(1.25);
        second.RootElement.GetProperty("Pid").GetInt32().Should().Be(Environment.ProcessId);

        var dailyFile = Directory.GetFiles(daily).Should().ContainSingle().Subject;
        Path.GetFileName(dailyFile).Should().Be($"{DateTime.UtcNow:yyyy-MM-dd}.json");
        (await File.ReadAllLinesAsync(dailyFile)).Should().Equal(lines);
    }
}
