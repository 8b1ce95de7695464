using StateTrace.Engine.Nightly;
using static StateTrace.Engine.Tests.Nightly.NightlyHistory;

namespace StateTrace.Engine.Tests.Nightly;

public class NightlyRulesTests
{
    private static readonly NightlyRuleOptions Rules = new();

    private static MetricVerdict Judge(NightlyEntry current, IEnumerable<NightlyEntry> index) =>
        NightlyRules.Evaluate(current, index, Rules).Single(v => v.Metric == Metric);

    /// <summary>Runs the rule over nightlies in order, each judged against the ones before it as the command does.</summary>
    private static List<MetricVerdict> Replay(List<NightlyEntry> index, params (double Mbps, string Machine)[] nightlies)
    {
        var verdicts = new List<MetricVerdict>();
        var day = 100;
        foreach (var (mbps, machine) in nightlies)
        {
            var entry = Entry(day++, mbps, machine);
            var verdict = Judge(entry, index);
            verdicts.Add(verdict);
            index.Add(entry with { Verdicts = new() { [Metric] = verdict.Verdict } });
        }

        return verdicts;
    }

    [Fact]
    public void Evaluate_WithinThreshold_IsOkAgainstTheMedianOfTheLastFiveGreen()
    {
        var verdict = Judge(Entry(6, 95), FiveGreen());

        verdict.Verdict.Should().Be(NightlyVerdict.Ok);
        verdict.BaselineMedian.Should().Be(100);
        verdict.Change.Should().BeApproximately(-0.05, 1e-9);
        verdict.BaselineRuns.Should().Equal(FiveGreen().Select(e => e.RunId));
        verdict.Reason.Should().Be("95 MB/s vs median 100 MB/s of the last 5 green nightlies (-5.0 %)");
    }

    [Fact]
    public void Evaluate_ExactlyTheThresholdWorse_IsNoBreach()
    {
        Judge(Entry(6, 90), FiveGreen()).Verdict.Should().Be(NightlyVerdict.Ok);
        Judge(Entry(6, 89.9), FiveGreen()).Verdict.Should().Be(NightlyVerdict.Breach);
    }

    [Fact]
    public void Evaluate_OneBreach_IsAWarningOnly()
    {
        var verdict = Judge(Entry(6, 80), FiveGreen());

        verdict.Verdict.Should().Be(NightlyVerdict.Breach);
        verdict.Reason.Should().Contain("80 MB/s vs median 100 MB/s").And.Contain("worse by more than 10 %").And.Contain("first breach");
    }

    [Fact]
    public void Evaluate_TwoConsecutiveBreaches_Alert()
    {
        var verdicts = Replay(FiveGreen(), (80, MachineA), (81, MachineA));

        verdicts.Select(v => v.Verdict).Should().Equal(NightlyVerdict.Breach, NightlyVerdict.Alert);
        verdicts[1].Reason.Should().Contain("the previous nightly 20260100-020000-aa0100 breached too");
    }

    [Fact]
    public void Evaluate_BreachThenRecoveryThenBreach_NeverAlerts()
    {
        var verdicts = Replay(FiveGreen(), (80, MachineA), (99, MachineA), (80, MachineA));

        verdicts.Select(v => v.Verdict).Should().Equal(NightlyVerdict.Breach, NightlyVerdict.Ok, NightlyVerdict.Breach);
    }

    [Fact]
    public void Evaluate_ThirdBreachInARow_StillAlerts()
    {
        var verdicts = Replay(FiveGreen(), (80, MachineA), (80, MachineA), (80, MachineA));

        verdicts.Select(v => v.Verdict).Should().Equal(NightlyVerdict.Breach, NightlyVerdict.Alert, NightlyVerdict.Alert);
    }

    [Fact]
    public void Evaluate_BreachOnAnotherMachineBetween_NeitherBreaksNorMakesThePair()
    {
        var index = FiveGreen();
        index.AddRange(FiveGreen(MachineB));

        // A breaches, B breaches (its own first), A breaches again: A's previous nightly is A's, so A alerts; B does not.
        var verdicts = Replay(index, (80, MachineA), (80, MachineB), (80, MachineA));

        verdicts.Select(v => v.Verdict).Should().Equal(NightlyVerdict.Breach, NightlyVerdict.Breach, NightlyVerdict.Alert);
    }

    [Fact]
    public void Evaluate_OtherMachinesHistory_IsNeverCompared()
    {
        // Machine B has five green nightlies at 1000 MB/s and just breached; A has none of its own.
        var index = FiveGreen(MachineB).Select(e => e with { Metrics = new() { [Metric] = 1000 } }).ToList();
        index.Add(Entry(6, 10, MachineB, verdict: NightlyVerdict.Breach));

        var verdict = Judge(Entry(7, 80, MachineA), index);

        verdict.Verdict.Should().Be(NightlyVerdict.InsufficientHistory);
        verdict.BaselineRuns.Should().BeEmpty();
        verdict.Reason.Should().Be($"0 green nightlies of machine {MachineA} measured it; the baseline needs 5");
    }

    [Fact]
    public void Evaluate_FewerThanFiveGreen_IsInsufficientHistoryAndNeverAlerts()
    {
        var index = FiveGreen().Take(4).ToList();
        index.Add(Entry(5, 10, green: false, verdict: NightlyVerdict.Breach));

        var verdict = Judge(Entry(6, 10), index);

        verdict.Verdict.Should().Be(NightlyVerdict.InsufficientHistory);
        verdict.BaselineMedian.Should().BeNull();
    }

    [Fact]
    public void Evaluate_RedNightlies_AreLeftOutOfTheMedian()
    {
        // Red nightlies at 10 MB/s in between would drag the median down to 98 if they counted.
        var index = new List<NightlyEntry>
        {
            Entry(1, 98), Entry(2, 10, green: false), Entry(3, 100), Entry(4, 10, green: false), Entry(5, 100),
            Entry(6, 101), Entry(7, 10, green: false), Entry(8, 102),
        };

        var verdict = Judge(Entry(9, 85), index);

        verdict.BaselineMedian.Should().Be(100);
        verdict.BaselineRuns.Should().HaveCount(5).And.NotContain(index.Where(e => !e.Green).Select(e => e.RunId));
        verdict.Verdict.Should().Be(NightlyVerdict.Breach);
    }

    [Fact]
    public void Evaluate_OnlyTheLastFiveGreenCount()
    {
        // Ten green nightlies: the first five, at 50 MB/s, no longer count (with them the median would be 75).
        var index = Enumerable.Range(1, 5).Select(d => Entry(d, 50))
            .Concat(FiveGreen().Select((e, i) => e with { TimestampUtc = e.TimestampUtc.AddDays(10), RunId = $"late-{i}" }))
            .ToList();

        Judge(Entry(30, 80), index).Verdict.Should().Be(NightlyVerdict.Breach);
    }

    [Fact]
    public void Evaluate_PreviousNightlyRedButBreached_StillMakesTheSecondBreach()
    {
        var index = FiveGreen();
        index.Add(Entry(6, 70, green: false, verdict: NightlyVerdict.Breach));

        Judge(Entry(7, 70), index).Verdict.Should().Be(NightlyVerdict.Alert);
    }

    [Fact]
    public void Evaluate_LowerIsBetterLatency_BreachesWhenHigher()
    {
        var index = FiveGreen().Select(e => e with { Metrics = new() { ["cold.parse.p95"] = 10 } }).ToList();
        var current = Entry(6, 100) with { Metrics = new() { ["cold.parse.p95"] = 12 } };

        var verdicts = NightlyRules.Evaluate(current, index, Rules);

        verdicts.Single(v => v.Metric == "cold.parse.p95").Should().Match<MetricVerdict>(v => v.Verdict == NightlyVerdict.Breach && v.Unit == "ms");
        NightlyRules.Evaluate(current with { Metrics = new() { ["cold.parse.p95"] = 5 } }, index, Rules)
            .Single(v => v.Metric == "cold.parse.p95").Verdict.Should().Be(NightlyVerdict.Ok);
    }

    [Fact]
    public void Evaluate_MetricNotMeasured_SaysSoForEveryKeyMetric()
    {
        var verdicts = NightlyRules.Evaluate(Entry(6, 100), FiveGreen(), Rules);

        verdicts.Select(v => v.Metric).Should().Equal(NightlyMetrics.All.Select(m => m.Name));
        verdicts.Where(v => v.Metric != Metric).Should().OnlyContain(v => v.Verdict == NightlyVerdict.NotMeasured);
    }

    [Fact]
    public void Evaluate_CustomThresholdAndWindow_AreHonoured()
    {
        var rules = new NightlyRuleOptions { Threshold = 0.02, Window = 3 };

        var verdict = NightlyRules.Evaluate(Entry(6, 97), FiveGreen().Skip(2), rules).Single(v => v.Metric == Metric);

        verdict.BaselineMedian.Should().Be(101);
        verdict.Verdict.Should().Be(NightlyVerdict.Breach);
    }
}
