using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Tests.Parsing;

public class PortSortTests
{
    [Theory]
    [InlineData("Gi1/0/2", "Gi1/0/10")]
    [InlineData("Gi1/0/10", "Gi2/0/1")]
    [InlineData("ge-0/0/2", "ge-0/0/10")]
    [InlineData("ge-0/0/10", "ge-1/0/0")]
    [InlineData("1/1/2", "1/1/10")]
    [InlineData("Ethernet2", "Ethernet10")]
    [InlineData("Po2", "Po10")]
    [InlineData("Gi1/0/1", "Gi1/0/1.100")]
    [InlineData("Gi1/0/1.100", "Gi1/0/2")]
    [InlineData("Gi1/0/1.2", "Gi1/0/1.10")]
    [InlineData("ge-0/0/1.0", "ge-0/0/2")]
    [InlineData("Po1", "Gi1/0/1")]
    [InlineData("Po1", "Te1/1/1")]
    [InlineData("Po1", "Fa0/1")]
    [InlineData("ae0", "xe-0/0/0")]
    [InlineData("mgmt0", "Po1")]
    [InlineData("Gi1/0/48", "Vlan10")]
    [InlineData("Po48", "Vlan1")]
    [InlineData("Fa0/24", "Vlan1")]
    [InlineData("Vlan2", "Vlan10")]
    [InlineData("FourHundredGigE1/0/1", "HundredGigE1/0/1")]
    [InlineData("HundredGigE1/0/1", "FortyGigabitEthernet1/0/1")]
    [InlineData("FortyGigabitEthernet1/0/1", "TenGigabitEthernet1/0/1")]
    [InlineData("Te1/1/4", "Gi1/0/1")]
    [InlineData("Gi1/0/1", "Fa0/1")]
    [InlineData("Gi1/0/48", "")]
    [InlineData("vme", "ae0")]
    [InlineData("reth0", "ge-0/0/0")]
    [InlineData("xle-0/0/0", "xe-0/0/0")]
    [InlineData("fte-0/0/1", "xe-0/0/0")]
    [InlineData("mge-0/0/1", "ge-0/0/0")]
    [InlineData("ge-0/0/47", "irb.10")]
    [InlineData("mgmt1", "lg1")]
    [InlineData("lg1", "1/1/1")]
    [InlineData("1/2/4", "tn1")]
    [InlineData("tn1", "ve900")]
    [InlineData("ve900", "lb1")]
    [InlineData("ha1-a", "ha1-b")]
    [InlineData("hsci", "ae1")]
    [InlineData("ha1-b", "ethernet1/1")]
    [InlineData("Trk1", "A1")]
    [InlineData("A2", "A10")]
    [InlineData("A24", "B1")]
    [InlineData("E24", "F1")]
    [InlineData("F24", "Vlan1")]
    [InlineData("1/A18", "1/B18")]
    [InlineData("1/B24", "2/A1")]
    public void KeyOf_Ports_SortInOrder(string first, string second)
    {
        string.CompareOrdinal(PortSort.KeyOf(first), PortSort.KeyOf(second)).Should().BeNegative($"{first} sorts before {second}");
    }

    [Theory]
    [InlineData("Gi1/0/1", "GigabitEthernet1/0/1")]
    [InlineData("Te1/1/1", "TenGigabitEthernet1/1/1")]
    [InlineData("Twe1/1/1", "TwentyFiveGigE1/1/1")]
    [InlineData("Tw1/0/1", "TwoGigabitEthernet1/0/1")]
    [InlineData("Fo1/1/1", "FortyGigabitEthernet1/1/1")]
    [InlineData("Hu1/0/49", "HundredGigE1/0/49")]
    [InlineData("Po1", "Port-channel1")]
    [InlineData("Et1", "Ethernet1")]
    [InlineData("Fa0/1", "FastEthernet0/1")]
    [InlineData("gi1/0/1", "Gi1/0/1")]
    [InlineData("Vl10", "Vlan10")]
    public void KeyOf_ShortAndLongNames_SameKey(string shortName, string longName)
    {
        PortSort.KeyOf(shortName).Should().Be(PortSort.KeyOf(longName));
    }

    [Theory]
    [InlineData("vme", "05-MGMT")]
    [InlineData("ha1-a", "05-MGMT")]
    [InlineData("hsci", "05-MGMT")]
    [InlineData("reth0", "10-PO")]
    [InlineData("lg1", "10-PO")]
    [InlineData("xle-0/0/0", "24-FO")]
    [InlineData("fte-0/0/0", "24-FO")]
    [InlineData("mge-0/0/0", "35-MG")]
    [InlineData("tn1", "90-TU")]
    [InlineData("ve900", "97-VL")]
    [InlineData("lb1", "98-LO")]
    [InlineData("A1", "30-ET-00001-00001-")]
    [InlineData("F24", "30-ET-00006-00024-")]
    [InlineData("1/B18", "30-ET-00001-00002-00018-")]
    public void KeyOf_VendorSpellings_FallInTheirFamily(string port, string prefix)
    {
        PortSort.KeyOf(port).Should().StartWith(prefix);
    }

    [Theory]
    [InlineData("1/A18", "1/B18")]
    [InlineData("A18", "B18")]
    [InlineData("ha1-a", "ha1-b")]
    [InlineData("1/A18", "1/18")]
    public void KeyOf_PortsThatDifferOnlyInALetter_HaveDifferentKeys(string first, string second)
    {
        PortSort.KeyOf(first).Should().NotBe(PortSort.KeyOf(second));
    }

    [Fact]
    public void KeyOf_ShuffledProCurveChassisPorts_SortByModuleThenPort()
    {
        string[] expected = ["Trk1", "A1", "A2", "A10", "A24", "B1", "B2", "F24", "DEFAULT_VLAN"];
        var shuffled = new[] { "B2", "A10", "DEFAULT_VLAN", "F24", "A1", "Trk1", "B1", "A24", "A2" };

        shuffled.OrderBy(PortSort.KeyOf, StringComparer.Ordinal).Should().Equal(expected);
    }

    [Fact]
    public void KeyOf_TwoGigAndTwentyFiveGig_AreDifferentFamilies()
    {
        // Cisco abbreviates TwoGigabitEthernet as Tw and TwentyFiveGigE as Twe (Catalyst 9300 mGig and uplink ports).
        PortSort.KeyOf("Tw1/0/1").Should().NotBe(PortSort.KeyOf("Twe1/0/1"));
        string.CompareOrdinal(PortSort.KeyOf("Twe1/1/1"), PortSort.KeyOf("Tw1/0/1")).Should().BeNegative("25G sorts before 2.5G");
    }

    [Fact]
    public void KeyOf_Examples_MatchDocumentedShape()
    {
        PortSort.KeyOf("Gi1/0/1").Should().Be("40-GI-00001-00000-00001-00000");
        PortSort.KeyOf("Po1").Should().Be("10-PO-00001-00000-00000-00000");
        PortSort.KeyOf("Gi1/0/1.100").Should().Be("40-GI-00001-00000-00001-00100");
        PortSort.KeyOf("").Should().StartWith("99-UNK");
    }

    [Fact]
    public void KeyOf_ShuffledCiscoPorts_SortNaturally()
    {
        string[] expected = ["Po1", "Po2", "Te1/1/1", "Te1/1/2", "Gi1/0/1", "Gi1/0/2", "Gi1/0/10", "Gi2/0/1", "Vlan1", "Vlan20"];
        var shuffled = new[] { "Gi1/0/10", "Vlan20", "Te1/1/2", "Gi2/0/1", "Po2", "Gi1/0/1", "Vlan1", "Te1/1/1", "Po1", "Gi1/0/2" };

        shuffled.OrderBy(PortSort.KeyOf, StringComparer.Ordinal).Should().Equal(expected);
    }
}
