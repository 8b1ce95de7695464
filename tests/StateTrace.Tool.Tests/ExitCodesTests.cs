using StateTrace.Tool;

namespace StateTrace.Tool.Tests;

public class ExitCodesTests
{
    [Theory]
    [InlineData(0, 3, 3)]
    [InlineData(3, 5, 5)]
    [InlineData(5, 1, 1)]
    [InlineData(1, 4, 4)]
    [InlineData(4, 2, 2)]
    [InlineData(2, 0, 2)]
    [InlineData(1, 3, 1)]
    public void Combine_TwoCodes_HighestPrecedenceWinsEitherWay(int a, int b, int expected)
    {
        ExitCodes.Combine((ExitCode)a, (ExitCode)b).Should().Be((ExitCode)expected);
        ExitCodes.Combine((ExitCode)b, (ExitCode)a).Should().Be((ExitCode)expected);
    }

    [Fact]
    public void ExitCode_Values_MatchTheDocumentedTable()
    {
        new[] { ExitCode.Ok, ExitCode.GateFailed, ExitCode.Usage, ExitCode.BadInput, ExitCode.Environment, ExitCode.InsufficientData }
            .Select(c => (int)c).Should().Equal(0, 1, 2, 3, 4, 5);
    }
}
