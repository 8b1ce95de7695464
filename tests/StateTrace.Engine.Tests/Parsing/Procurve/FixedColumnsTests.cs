using StateTrace.Engine.Parsing.Procurve;

namespace StateTrace.Engine.Tests.Parsing.Procurve;

public class FixedColumnsTests
{
    [Fact]
    public void FromRule_TwoHeaderLines_NamesEachColumn()
    {
        const string upper = "                   | Intrusion                           MDI  Flow";
        const string header = "  Port  Type       | Alert     Enabled Status Mode       Mode Ctrl";
        const string rule = "  ----- ---------- + --------- ------- ------ ---------- ---- ----";

        var columns = FixedColumns.FromRule(rule, upper, header);

        columns.Count.Should().Be(8);
        columns.Find("Intrusion Alert").Should().Be(2);
        columns.Find("MDI Mode").Should().Be(6);
        columns.Find("Mode").Should().Be(5);
        columns.Find("Bcast Limit").Should().Be(-1);
        columns.Field("  51               | No        Yes     Down   .               off", 6).ToString().Should().BeEmpty();
    }

    [Theory]
    [InlineData("  ----- ---------- + --------- -------", true)]
    [InlineData("  -------------- ------------", true)]
    [InlineData("  - x -", false)]
    [InlineData("", false)]
    public void IsRule_VariousLines_TrueOnlyForDashRules(string line, bool expected)
    {
        FixedColumns.IsRule(line).Should().Be(expected);
    }
}
