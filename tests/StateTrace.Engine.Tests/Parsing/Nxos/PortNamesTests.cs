using StateTrace.Engine.Parsing.Nxos;

namespace StateTrace.Engine.Tests.Parsing.Nxos;

public class PortNamesTests
{
    [Theory]
    [InlineData("Ethernet1/1", "Eth1/1")]
    [InlineData("Ethernet101/1/10", "Eth101/1/10")]
    [InlineData("Ethernet1/52.111", "Eth1/52.111")]
    [InlineData("port-channel10", "Po10")]
    [InlineData("Port-Channel10", "Po10")]
    [InlineData("loopback0", "Lo0")]
    [InlineData("mgmt0", "mgmt0")]
    [InlineData("Vlan146", "Vlan146")]
    [InlineData("Eth1/1", "Eth1/1")]
    [InlineData("vPC Peer-Link", "vPC Peer-Link")]
    public void Short_NxosSpellings_GiveTheTableName(string name, string expected)
    {
        PortNames.Short(name).Should().Be(expected);
    }
}
