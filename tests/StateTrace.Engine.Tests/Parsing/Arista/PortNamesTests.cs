using StateTrace.Engine.Parsing.Arista;

namespace StateTrace.Engine.Tests.Parsing.Arista;

public class PortNamesTests
{
    [Theory]
    [InlineData("Ethernet1", "Et1")]
    [InlineData("Ethernet49/1", "Et49/1")]
    [InlineData("Ethernet 3/1/4", "Et3/1/4")]
    [InlineData("Port-Channel49", "Po49")]
    [InlineData("port-channel49", "Po49")]
    [InlineData("Management1", "Ma1")]
    [InlineData("Vxlan1", "Vx1")]
    [InlineData("Et1", "Et1")]
    [InlineData("Po49", "Po49")]
    [InlineData("Cpu", "Cpu")]
    [InlineData(" Et2 ", "Et2")]
    public void Short_EosSpellings_GiveTheTableName(string name, string expected)
    {
        PortNames.Short(name).Should().Be(expected);
    }
}
