using StateTrace.Engine.Parsing.Juniper;

namespace StateTrace.Engine.Tests.Parsing.Juniper;

public class InterfacesTerseTests
{
    [Fact]
    public void Parse_UnitsFamiliesAndContinuations_OneRowPerFamily()
    {
        var rows = InterfacesTerse.Parse(JunosSamples.InterfacesTerse, 1, null);

        rows.Should().Contain(new TerseRow("ge-0/0/0", "up", "up", "", "", ""));
        rows.Should().Contain(new TerseRow("ge-0/0/0.0", "up", "up", "eth-switch", "", ""));
        rows.Should().Contain(new TerseRow("ge-0/0/2", "down", "down", "", "", ""));
        rows.Should().Contain(new TerseRow("xe-0/1/0.0", "up", "up", "aenet", "", "ae0.0"));
        rows.Should().Contain(new TerseRow("lo0.0", "up", "up", "inet", "10.255.0.1", "0/0"));
        rows.Where(r => r.Interface == "irb.10").Select(r => (r.Proto, r.Local)).Should().Equal(
            ("inet", "10.10.0.1/24"), ("inet6", "fe80::2a8a:1cff:fee0:9a10/64"));
    }

    [Fact]
    public void Parse_RowWithoutStates_ReportsLine()
    {
        var reports = new ReportCollector();

        InterfacesTerse.Parse("Interface  Admin Link Proto Local Remote\nge-0/0/0 sideways\n", 50, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(51);
    }
}
