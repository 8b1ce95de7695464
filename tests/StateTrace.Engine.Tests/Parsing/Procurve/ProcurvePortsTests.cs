using StateTrace.Engine.Parsing.Procurve;

namespace StateTrace.Engine.Tests.Parsing.Procurve;

public class ProcurvePortsTests
{
    [Theory]
    [InlineData("24", "24", "")]
    [InlineData("A8*", "A8", "")]
    [InlineData("D1-Trk1", "D1", "Trk1")]
    [InlineData("1/28-...", "1/28", "")]
    [InlineData("Trk2", "Trk2", "")]
    public void Split_TableDecorations_GivePortAndTrunk(string text, string port, string trunk)
    {
        ProcurvePorts.Split(text).Should().Be((port, trunk));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("A12", true)]
    [InlineData("1/12", true)]
    [InlineData("Trk1", true)]
    [InlineData("D1-Trk1", true)]
    [InlineData("1/A18", true)]
    [InlineData("A/1", false)]
    [InlineData("* third", false)]
    [InlineData("Port", false)]
    [InlineData("", false)]
    [InlineData("-----", false)]
    public void IsPort_VariousTexts_TrueOnlyForPorts(string text, bool expected)
    {
        ProcurvePorts.IsPort(text).Should().Be(expected);
    }

    [Fact]
    public void AddList_RangesOfEveryNaming_Expand()
    {
        var ports = new List<string>();

        ProcurvePorts.AddList("1-3,A22-A24,1/47-1/48,Trk1-Trk2,B4,2/A1-2/A2", ports);

        ports.Should().Equal("1", "2", "3", "A22", "A23", "A24", "1/47", "1/48", "Trk1", "Trk2", "B4", "2/A1", "2/A2");
    }

    [Fact]
    public void AddList_MixedOrHugeRanges_KeepEndsOrStopAtTheCap()
    {
        var mixed = new List<string>();
        var huge = new List<string>();

        ProcurvePorts.AddList("A24-B2", mixed);
        ProcurvePorts.AddList("1-99999999", huge);

        mixed.Should().Equal("A24", "B2");
        huge.Should().HaveCount(ProcurvePorts.MaxRange + 1);
    }

    [Theory]
    [InlineData("1-24,Trk1", true)]
    [InlineData("active", false)]
    [InlineData("1 client-limit 2", false)]
    public void IsList_VariousTexts_TrueOnlyForPortLists(string text, bool expected)
    {
        ProcurvePorts.IsList(text).Should().Be(expected);
    }
}
