using System.Text.RegularExpressions;
using StateTrace.Engine.Nightly;

namespace StateTrace.Tool.Tests.Harness;

/// <summary>The MSBuild entry point built for real: gate verdicts become coded errors, each on its own line.</summary>
public sealed class HarnessTargetsTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "statetrace-tests", Guid.NewGuid().ToString("N"));

    public HarnessTargetsTests()
    {
        Directory.CreateDirectory(root);
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>A whole MSBuild diagnostic line as CI systems read it: <c>project(line,col): error CODE: text</c> (the console logger may add <c> [project]</c>).</summary>
    private static Regex Diagnostic(string kind, string code, string text) =>
        new($@"^{Regex.Escape(HarnessProject.Project)}\(\d+,\d+\): {kind} {code}: {text}( \[{Regex.Escape(HarnessProject.Project)}\])?$", RegexOptions.Multiline);

    [Fact]
    public async Task Gate_PassingRun_BuildSucceeds()
    {
        var run = CraftedRun.Write(root, "20260101-000000-pass");

        var (code, output) = await HarnessProject.BuildAsync("Gate", root, "Run=" + run);

        code.Should().Be(0, output);
        output.Should().Contain($"Verdicts: {Path.Combine(run, "gates.json")}").And.NotContain("error");
    }

    [Fact]
    public async Task Gate_FailingGate_FailsTheBuildWithST1001OnItsOwnLine()
    {
        var run = CraftedRun.Write(root, "20260101-000000-fail", coldWriteP95: 80);

        var (code, output) = await HarnessProject.BuildAsync("Gate", root, "Run=" + run);

        code.Should().NotBe(0);
        output.Should().MatchRegex(Diagnostic("error", "ST1001", Regex.Escape("gate write.p95 failed: 80 ms > 50 ms; cold pass")));
        Diagnostic("error", "ST1001", ".*").Matches(output).Should().HaveCount(1, "only write.p95 failed");
    }

    [Fact]
    public async Task Gate_RunIdAndGatesFileWithAnImpossibleThreshold_FailsThatGate()
    {
        CraftedRun.Write(root, "20260101-000000-strict");
        var gates = Path.Combine(root, "strict.json");
        File.WriteAllText(gates, """{ "gates": { "warm.improvement": { "threshold": 100 } } }""");

        var (code, output) = await HarnessProject.BuildAsync("Gate", root, "Run=20260101-000000-strict", "GatesFile=" + gates);

        code.Should().NotBe(0);
        output.Should().MatchRegex(Diagnostic("error", "ST1001", Regex.Escape("gate warm.improvement failed: 93.5 % < 100 %") + ".*"));
    }

    [Fact]
    public async Task Gate_TooFewHosts_FailsWithST1002PerGate()
    {
        var run = CraftedRun.Write(root, "20260101-000000-few", hosts: 4);

        var (code, output) = await HarnessProject.BuildAsync("Gate", root, "Run=" + run);

        code.Should().NotBe(0);
        output.Should().MatchRegex(Diagnostic("error", "ST1002", Regex.Escape("gate warm.improvement had insufficient data: 4 hosts, needs ≥ 10") + ".*"));
        Diagnostic("error", "ST1001", ".*").IsMatch(output).Should().BeFalse();
    }

    [Fact]
    public async Task Gate_NoSuchRun_FailsWithST1003AndTheExitCode()
    {
        var (code, output) = await HarnessProject.BuildAsync("Gate", root, "Run=20260101-000000-missing");

        code.Should().NotBe(0);
        output.Should().Contain("No run folder or summary at 20260101-000000-missing");
        output.Should().MatchRegex(Diagnostic("error", "ST1003", Regex.Escape("statetrace gate exited 2 (usage: ") + ".*"));
    }

    [Fact]
    public async Task Gate_WithoutRun_FailsWithST1000()
    {
        var (code, output) = await HarnessProject.BuildAsync("Gate", root);

        code.Should().NotBe(0);
        output.Should().MatchRegex(Diagnostic("error", "ST1000", "Gate needs -p:Run=.*"));
    }

    [Fact]
    public async Task Verify_Samples_Succeeds()
    {
        var (code, output) = await HarnessProject.BuildAsync("Verify", root, "Corpus=samples", "GatesFile=" + TimingFreeGates.Write(root));

        code.Should().Be(0, output);
        output.Should().MatchRegex(@"Run \S+ \(verify\): [1-9]\d* passed, 0 failed, 0 insufficient data");
        Directory.GetFiles(Path.Combine(root, "runs"), "gates.json", SearchOption.AllDirectories).Should().ContainSingle();
    }

    [Fact]
    public async Task Report_Run_WritesTheReportUnderRoot()
    {
        var run = CraftedRun.Write(root, "20260101-000000-report");

        var (code, output) = await HarnessProject.BuildAsync("Report", root, "Run=" + run);

        code.Should().Be(0, output);
        File.Exists(Path.Combine(root, "reports", "out", "20260101-000000-report.html")).Should().BeTrue();
    }

    [Fact]
    public async Task Nightly_SecondBreachInARow_FailsWithST1101AndAFirstBreachWarnsWithST1102()
    {
        // A first nightly tells which machine fingerprint this is; then a crafted history of that machine: five green
        // nightlies far faster than this one (the newest already breached throughput) with a tiny parse p95.
        var (_, first) = await HarnessProject.BuildAsync("Nightly", root, "Size=512KB", "Repeat=1");
        first.Should().Contain("Nightly: ");
        var machine = NightlyFiles.ReadIndex(Path.Combine(root, "runs")).Entries.Single().MachineId;
        var crafted = Enumerable.Range(1, 5).Select(d => new NightlyEntry
        {
            RunId = $"crafted-{d}",
            TimestampUtc = new DateTimeOffset(2020, 1, d, 2, 0, 0, TimeSpan.Zero),
            MachineId = machine,
            Green = true,
            Metrics = new() { ["cold.mbps"] = 1e6, ["cold.parse.p95"] = 1e-6 },
            Verdicts = d == 5 ? new() { ["cold.mbps"] = NightlyVerdict.Breach } : [],
        }).ToList();
        NightlyFiles.WriteIndex(Path.Combine(root, "runs"), new NightlyIndex { Entries = crafted });

        var (code, output) = await HarnessProject.BuildAsync("Nightly", root, "Size=512KB", "Repeat=1");

        code.Should().NotBe(0);
        output.Should().Contain("cached");
        output.Should().MatchRegex(Diagnostic("error", "ST1101", Regex.Escape("nightly cold.mbps regressed: ") + ".*the previous nightly crafted-5 breached too"));
        output.Should().MatchRegex(Diagnostic("warning", "ST1102", Regex.Escape("nightly cold.parse.p95 breached once: ") + ".*first breach.*"));
    }
}
