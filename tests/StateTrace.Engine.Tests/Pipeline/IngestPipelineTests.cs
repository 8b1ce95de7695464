using Microsoft.Data.Sqlite;
using StateTrace.Engine.Pipeline;
using StateTrace.Engine.Runs;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Pipeline;

public class IngestPipelineTests
{
    private static Task<IngestResult> Ingest(string root, bool force = false, params string[] inputs) =>
        IngestPipeline.RunAsync(new IngestOptions { Root = root, Inputs = inputs.Length == 0 ? [RepoPaths.Samples] : inputs, Force = force });

    private static List<string[]> Query(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public async Task RunAsync_Samples_StoresEveryHostPerSiteWithTelemetryAndSummary()
    {
        using var temp = new TempDirectory();

        var result = await Ingest(temp.Path);

        result.Diagnostics.Should().BeEmpty();
        var pass = result.Summary.Passes.Single();
        pass.HostsParsed.Should().BeGreaterThanOrEqualTo(12);
        pass.HostsFailed.Should().Be(0);
        pass.Sites.Select(s => s.Site).Should().HaveCountGreaterThanOrEqualTo(3);
        foreach (var site in pass.Sites)
        {
            var database = Path.Combine(temp.Path, "Data", site.Site, site.Site + ".sqlite");
            File.Exists(database).Should().BeTrue();
            Query(database, "SELECT COUNT(*) FROM DeviceSummary")[0][0].Should().Be(site.HostsParsed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Query(database, "SELECT COUNT(*) FROM DeviceSummary WHERE Site <> '" + site.Site + "'")[0][0].Should().Be("0");
        }

        pass.RowsInserted.Should().Be(pass.Sites.Sum(s => s.RowsWritten));
        var summary = RunSummaryFile.Read(result.RunDirectory);
        summary.RunId.Should().Be(result.Summary.RunId);
        summary.Passes[0].Latencies["ParseDuration"].Count.Should().Be(pass.HostsParsed);
        summary.Passes[0].Latencies["DatabaseWriteLatency"].Count.Should().Be(pass.HostsParsed);
        var telemetry = await File.ReadAllLinesAsync(Path.Combine(result.RunDirectory, "telemetry.ndjson"));
        telemetry.Count(l => l.Contains("\"EventName\":\"ParseDuration\"", StringComparison.Ordinal)).Should().Be(pass.HostsParsed);
        telemetry.Count(l => l.Contains("\"EventName\":\"RowsWritten\"", StringComparison.Ordinal)).Should().Be(pass.HostsParsed);
        telemetry[0].Should().Contain("\"EventName\":\"RunStarted\"");
        telemetry[^1].Should().Contain("\"EventName\":\"RunCompleted\"");
        Directory.Exists(Path.Combine(result.RunDirectory, "spool")).Should().BeFalse();
    }

    [Fact]
    public async Task RunAsync_Samples_CiscoFactsMatchTheCapture()
    {
        using var temp = new TempDirectory();
        await Ingest(temp.Path);

        var lab = Path.Combine(temp.Path, "Data", "LAB", "LAB.sqlite");
        var device = Query(lab, "SELECT Hostname, Site, Make, Platform, Version, Ports FROM DeviceSummary").Single();
        device[0].Should().Be("LAB-C9200L-AS-01");
        device[1].Should().Be("LAB");
        device[2].Should().Be("Cisco");
        device[3].Should().Be("cisco_ios");
        device[4].Should().MatchRegex(@"^\d+\.\d+").And.NotBe("SW");
        var ports = Query(lab, "SELECT Port, VLAN, Config FROM Interfaces ORDER BY PortSort");
        ports.Should().HaveCount(int.Parse(device[5], System.Globalization.CultureInfo.InvariantCulture));
        ports.Should().OnlyContain(p => p[2].Length == 0 || p[2].StartsWith("interface ", StringComparison.Ordinal));
        ports.Select(p => p[1]).Should().NotContain("0").And.Contain(v => v == "trunk" || v.Length > 0);
    }

    [Fact]
    public async Task RunAsync_UnchangedInputAgain_SkipsEveryHost_ForceWritesNoRow()
    {
        using var temp = new TempDirectory();
        var first = await Ingest(temp.Path);

        var second = await Ingest(temp.Path);
        var forced = await Ingest(temp.Path, force: true);

        second.Summary.Passes[0].HostsSkipped.Should().Be(first.Summary.Passes[0].HostsParsed);
        second.Summary.Passes[0].HostsParsed.Should().Be(0);
        var skipped = await File.ReadAllLinesAsync(Path.Combine(second.RunDirectory, "telemetry.ndjson"));
        skipped.Count(l => l.Contains("\"EventName\":\"SkippedDuplicate\"", StringComparison.Ordinal)).Should().Be(first.Summary.Passes[0].HostsParsed);
        forced.Summary.Passes[0].HostsParsed.Should().Be(first.Summary.Passes[0].HostsParsed);
        forced.Summary.Passes[0].RowsWritten.Should().Be(0);
        forced.Summary.Passes[0].RowsUnchanged.Should().Be(first.Summary.Passes[0].RowsInserted);
    }

    [Fact]
    public async Task RunAsync_ChangedHost_IsReparsedAndOnlyItsChangedRowWritten()
    {
        using var temp = new TempDirectory();
        var input = Path.Combine(temp.Path, "in.log");
        const string session = "HQ-1#show version\nCisco IOS Software, C9300 Software, Version 17.9.4a\n" +
            "HQ-1#show interfaces status\nPort      Name               Status       Vlan       Duplex  Speed Type\n" +
            "Gi1/0/1   printer            connected    10         a-full a-1000 10/100/1000BaseTX\n" +
            "Gi1/0/2   ap                 notconnect   20           auto   auto 10/100/1000BaseTX\n";
        await File.WriteAllTextAsync(input, session);
        var root = Path.Combine(temp.Path, "root");
        await Ingest(root, false, input);

        await File.WriteAllTextAsync(input, session.Replace("notconnect   20", "connected    20", StringComparison.Ordinal));
        var second = await Ingest(root, false, input);

        second.Summary.Passes[0].HostsParsed.Should().Be(1);
        second.Summary.Passes[0].RowsUpdated.Should().Be(1);
        second.Summary.Passes[0].RowsInserted.Should().Be(0);
        second.Summary.Passes[0].RowsUnchanged.Should().Be(1);
    }

    [Fact]
    public async Task RunAsync_BadInputsBesideGoodOnes_ReportsEachAndStoresTheRest()
    {
        using var temp = new TempDirectory();
        var input = Path.Combine(temp.Path, "in");
        Directory.CreateDirectory(input);
        File.Copy(Path.Combine(RepoPaths.Samples, "LAB", "LAB-C9200L-AS-01.log"), Path.Combine(input, "good.log"));
        await File.WriteAllBytesAsync(Path.Combine(input, "binary.log"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x20, 0x00, 0x7F, 0x00, 0x00, 0x01]);
        await File.WriteAllTextAsync(Path.Combine(input, "notes.txt"), "no prompt anywhere\n");
        await File.WriteAllTextAsync(Path.Combine(input, "unknown.log"), "mystery-1#show stuff\nnothing recognisable\n");

        var result = await Ingest(Path.Combine(temp.Path, "root"), false, input);

        result.Summary.Passes[0].HostsParsed.Should().Be(1);
        result.Summary.Passes[0].HostsFailed.Should().Be(1);
        result.Diagnostics.Select(d => Path.GetFileName(d.File)).Should().BeEquivalentTo("binary.log", "notes.txt", "unknown.log");
        result.Diagnostics.Single(d => d.File.EndsWith("unknown.log", StringComparison.Ordinal)).Should().Match<StateTrace.Engine.Diagnostics.Diagnostic>(d => d.Line == 1 && d.Host == "mystery-1");
        result.Summary.ExitCode.Should().Be(3);
        result.Summary.DiagnosticCount.Should().Be(3);
    }

    [Fact]
    public async Task RunAsync_Samples_ColoursPortsFromTheShippedTemplatesAndChecksTheirConfig()
    {
        using var temp = new TempDirectory();
        await Ingest(temp.Path);

        File.Exists(Path.Combine(temp.Path, "Data", "Templates", "Cisco.json")).Should().BeTrue("the default templates are written on first use");
        var rows = Query(Path.Combine(temp.Path, "Data", "WLLS", "WLLS.sqlite"), "SELECT AuthTemplate, PortColor, ConfigStatus FROM Interfaces");
        rows.Should().OnlyContain(r => r[1].Length > 0 && (r[2] == "Match" || r[2] == "Mismatch" || r[2] == "Unknown"));
        rows.Where(r => r[0] == "flexible").Should().NotBeEmpty().And.OnlyContain(r => r[1] == "Green");
        rows.Select(r => r[2]).Should().Contain("Match");
    }

    [Fact]
    public async Task RunAsync_BrokenTemplateFile_StopsBeforeWritingWithTheFileNamed()
    {
        using var temp = new TempDirectory();
        temp.File(Path.Combine("Data", "Templates", "Cisco.json"), "{ \"templates\": [ { \"name\": ");

        var run = () => Ingest(temp.Path);

        (await run.Should().ThrowAsync<StateTrace.Engine.Parsing.Templates.PortTemplateException>()).Which.Message.Should().Contain("Cisco.json");
        Directory.Exists(Path.Combine(temp.Path, "Data", "WLLS")).Should().BeFalse();
    }

    [Fact]
    public async Task RunAsync_Samples_WritesATimeSeriesEndingWithEveryHostDone()
    {
        using var temp = new TempDirectory();

        var result = await Ingest(temp.Path);

        var series = TimeSeries.Read(result.RunDirectory);
        series.Should().NotBeNull();
        var last = series!.Points[^1];
        last.Pass.Should().Be("ingest");
        last.HostsCompleted.Should().Be(result.Pass.HostsParsed + result.Pass.HostsSkipped + result.Pass.HostsFailed);
        last.RowsWritten.Should().Be(result.Pass.RowsWritten);
        last.QueuedHosts.Should().Be(0);
        last.WorkingSetBytes.Should().BeGreaterThan(0);
    }
}
