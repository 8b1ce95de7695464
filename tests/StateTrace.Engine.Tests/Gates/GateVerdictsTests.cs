using StateTrace.Engine.Gates;

namespace StateTrace.Engine.Tests.Gates;

public class GateVerdictsTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("Pass NotApplicable", 0)]
    [InlineData("NotApplicable", 0)]
    [InlineData("Pass InsufficientData NotApplicable", 5)]
    [InlineData("InsufficientData Fail", 1)]
    [InlineData("Fail InsufficientData", 1)]
    [InlineData("Pass Pass Fail", 1)]
    public void ExitCode_VerdictSet_FailBeforeInsufficientDataBeforeOk(string statuses, int expected)
    {
        var verdicts = statuses.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select((s, i) => new GateVerdict($"g{i}", "m", "≤ 1", "1", 1, 1, Enum.Parse<GateStatus>(s), ""));

        GateVerdicts.ExitCode(verdicts).Should().Be(expected);
    }
}
