using StateTrace.Engine.Parsing.Brocade;

namespace StateTrace.Engine.Tests.Parsing.Brocade;

public class BrocadePortsTests
{
    [Theory]
    [InlineData("1/1/1", "1/1/1")]
    [InlineData("ethernet 1/1/1", "1/1/1")]
    [InlineData("ethe 2/1/48", "2/1/48")]
    [InlineData("GigabitEthernet1/1/1", "1/1/1")]
    [InlineData("10GigabitEthernet 1/2/2", "1/2/2")]
    [InlineData("40GigabitEthernet1/2/1", "1/2/1")]
    [InlineData("GigabitEthernet14", "14")]
    [InlineData("GigEthernetmgmt1", "mgmt1")]
    [InlineData("management 1", "mgmt1")]
    [InlineData("ve 10", "ve10")]
    [InlineData("Ve10", "ve10")]
    [InlineData("lag 3", "lg3")]
    [InlineData("loopback 1", "lb1")]
    [InlineData("group-ve 7", "group-ve7")]
    [InlineData("mgmt1", "mgmt1")]
    public void TableName_AnySpelling_GivesTheTableForm(string name, string expected)
    {
        BrocadePorts.TableName(name).Should().Be(expected);
    }

    [Fact]
    public void AddList_RangesAndKinds_ExpandOnTheLastNumber()
    {
        var ports = new List<string>();

        BrocadePorts.AddList("ethe 1/1/9 to 1/1/11 ethe 1/2/1 lag 1 to 2 ve 5", ports);

        ports.Should().Equal("1/1/9", "1/1/10", "1/1/11", "1/2/1", "lg1", "lg2", "ve5");
    }

    [Fact]
    public void AddList_RangeAcrossModulesOrBackwards_KeepsOnlyTheEnds()
    {
        var ports = new List<string>();

        BrocadePorts.AddList("ethe 1/1/47 to 1/2/2 ethe 1/1/9 to 1/1/3", ports);

        ports.Should().Equal("1/1/47", "1/2/2", "1/1/9", "1/1/3");
    }

    [Fact]
    public void AddList_HugeRange_StopsAtTheCap()
    {
        var ports = new List<string>();

        BrocadePorts.AddList("ethe 1/1/1 to 1/1/999999999", ports);

        ports.Should().HaveCount(BrocadePorts.MaxRange + 1);
    }

    [Fact]
    public void AddList_TrailingWords_EndTheList()
    {
        var ports = new List<string>();

        BrocadePorts.AddList("ethe 1/1/1 to 1/1/2 priority 3", ports);

        ports.Should().Equal("1/1/1", "1/1/2");
    }
}
