using StateTrace.Engine.Telemetry;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Telemetry;

public class TelemetryRollupTests
{
    private static string Event(string name, string site, string fields, string day = "2026-11-25") =>
        $$"""{"EventName":"{{name}}","Timestamp":"{{day}}T10:00:00Z","RunId":"r","Pass":"ingest","Pid":1,"Site":"{{site}}",{{fields}}}""";

    [Fact]
    public void Run_EventsOfTwoSitesWithTornLines_AggregatesPerSiteAndOverallAndCountsTheTorn()
    {
        using var temp = new TempDirectory();
        var lines = new List<string>();
        for (var i = 1; i <= 100; i++)
        {
            lines.Add(Event("ParseDuration", i <= 50 ? "WLLS" : "BOYO", $"\"Hostname\":\"H{i}\",\"DurationSeconds\":{i / 1000.0:0.000}"));
        }

        lines.Insert(10, "{\"EventName\":\"ParseDur");
        lines.Add(Event("RowsWritten", "WLLS", "\"Hostname\":\"H1\",\"Rows\":40,\"DeletedRows\":2"));
        lines.Add(Event("RowsWritten", "WLLS", "\"Hostname\":\"H2\",\"Rows\":10,\"DeletedRows\":0"));
        lines.Add("\u0000\u0001 binary junk");
        lines.Add(Event("SkippedDuplicate", "BOYO", "\"Hostname\":\"H9\"", day: "2026-11-26"));
        var file = temp.File("telemetry.ndjson", string.Join('\n', lines) + "\n{\"EventName\":");

        var result = TelemetryRollup.Run([file]);

        result.TornLines.Should().Be(3);
        result.Events.Should().Be(103);
        var all = result.Rows.Single(r => r.Scope == "All" && r.Metric == "ParseDurationMs");
        all.Count.Should().Be(100);
        all.P95.Should().BeApproximately(95, 1);
        all.Max.Should().BeApproximately(100, 1);
        result.Rows.Single(r => r.Scope == "WLLS" && r.Metric == "ParseDurationMs").Max.Should().BeApproximately(50, 1);
        result.Rows.Single(r => r.Scope == "WLLS" && r.Metric == "RowsWritten")
            .Should().Match<RollupRow>(r => r.Total == 50 && r.SecondaryTotal == 2 && r.Notes == "UniqueHosts=2");
        result.Rows.Single(r => r.Metric == "SkippedDuplicate" && r.Scope == "BOYO").Date.Should().Be("2026-11-26");
    }

    [Fact]
    public void ToCsv_ScopeWithComma_IsQuoted()
    {
        var csv = TelemetryRollup.ToCsv([new RollupRow("2026-11-25", "A,B", "X", 1, 0, 0, 0, 0, 0, "say \"hi\"")]);

        csv.Split('\n')[1].Should().Be("2026-11-25,\"A,B\",X,1,0,0,0,0,0,\"say \"\"hi\"\"\"");
    }

    [Fact]
    public void Run_MissingPath_SaysWhich()
    {
        var run = () => TelemetryRollup.Run(["/no/such/telemetry.ndjson"]);

        run.Should().Throw<FileNotFoundException>().WithMessage("*/no/such/telemetry.ndjson*");
    }
}
