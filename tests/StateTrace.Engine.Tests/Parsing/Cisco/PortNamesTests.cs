using StateTrace.Engine.Parsing.Cisco;

namespace StateTrace.Engine.Tests.Parsing.Cisco;

public class PortNamesTests
{
    [Theory]
    [InlineData("GigabitEthernet1/0/1", "Gi1/0/1")]
    [InlineData("FastEthernet0/1", "Fa0/1")]
    [InlineData("TenGigabitEthernet1/1/4", "Te1/1/4")]
    [InlineData("TwoGigabitEthernet1/0/9", "Tw1/0/9")]
    [InlineData("TwentyFiveGigE1/1/1", "Twe1/1/1")]
    [InlineData("FortyGigabitEthernet1/1/2", "Fo1/1/2")]
    [InlineData("HundredGigE1/0/49", "Hu1/0/49")]
    [InlineData("AppGigabitEthernet1/0/1", "Ap1/0/1")]
    [InlineData("Port-channel12", "Po12")]
    [InlineData("port-channel12", "Po12")]
    [InlineData("Ethernet0/0", "Et0/0")]
    [InlineData("GigabitEthernet 1/0/3", "Gi1/0/3")]
    [InlineData("Gi1/0/1", "Gi1/0/1")]
    [InlineData("Port-channel1.13", "Po1.13")]
    [InlineData("CPU", "CPU")]
    public void Short_LongNames_Abbreviate(string name, string expected)
    {
        PortNames.Short(name).Should().Be(expected);
    }

    [Theory]
    [InlineData("Gi1/0/1", "GigabitEthernet1/0/1")]
    [InlineData("Twe1/1/1", "TwentyFiveGigE1/1/1")]
    [InlineData("Tw1/0/9", "TwoGigabitEthernet1/0/9")]
    [InlineData("Te1/1/4", "TenGigabitEthernet1/1/4")]
    [InlineData("Po1", "Port-channel1")]
    [InlineData("Eth1/1", "Ethernet1/1")]
    [InlineData("Ap1/0/1", "AppGigabitEthernet1/0/1")]
    [InlineData("GigabitEthernet1/0/1", "GigabitEthernet1/0/1")]
    [InlineData("Router", "Router")]
    public void Long_ShortNames_Expand(string name, string expected)
    {
        PortNames.Long(name).Should().Be(expected);
    }

    [Theory]
    [InlineData("Gi1/0/1")]
    [InlineData("Twe1/1/1")]
    [InlineData("Po48")]
    [InlineData("Hu1/0/49")]
    public void Short_OfLong_RoundTrips(string shortName)
    {
        PortNames.Short(PortNames.Long(shortName)).Should().Be(shortName);
    }
}
