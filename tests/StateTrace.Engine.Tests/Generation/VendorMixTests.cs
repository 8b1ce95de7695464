using StateTrace.Engine.Generation;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Tests.Generation;

public class VendorMixTests
{
    [Fact]
    public void Reference_IsHalfCiscoAndNamesEveryPlatform()
    {
        var shares = VendorMix.Reference.Percent.ToDictionary(p => p.Key, p => p.Value);

        shares.Keys.Should().BeEquivalentTo(Platforms.All);
        shares.Values.Sum().Should().Be(100);
        shares[Platforms.CiscoIos].Should().Be(50);
        shares[Platforms.PaloAltoPanos].Should().BeInRange(2, 5, "firewalls are a few percent");
        VendorMix.Reference.ToString().Should().Be("cisco_ios=50,aruba_aoscx=12,hp_procurve=10,brocade_fastiron=8,arista_eos=7,cisco_nxos=6,juniper_junos=4,paloalto_panos=3");
    }

    [Theory]
    [InlineData("cisco_ios=1", "cisco_ios=100")]
    [InlineData("cisco_ios", "cisco_ios=100")]
    [InlineData("cisco_ios,juniper_junos", "cisco_ios=50,juniper_junos=50")]
    [InlineData(" Cisco_IOS = 3 ; arista_eos=1 ", "cisco_ios=75,arista_eos=25")]
    [InlineData("cisco_ios=1,paloalto_panos=0.001", "cisco_ios=99,paloalto_panos=1")]
    [InlineData("cisco_ios=1,arista_eos=0", "cisco_ios=100")]
    [InlineData("cisco_ios=1,arista_eos=1,cisco_nxos=1", "cisco_ios=34,arista_eos=33,cisco_nxos=33")]
    public void Parse_KnownForms_RoundToWholePercent(string text, string expected)
    {
        var mix = VendorMix.Parse(text);

        mix.ToString().Should().Be(expected);
        VendorMix.Parse(mix.ToString()).ToString().Should().Be(expected, "the manifest's form reads back to the same mix");
    }

    [Theory]
    [InlineData("cisco", "*Unknown platform 'cisco'*cisco_ios, cisco_nxos*")]
    [InlineData("cisco_ios=-1", "*weight of 0 or more*")]
    [InlineData("cisco_ios=lots", "*weight of 0 or more*")]
    [InlineData("cisco_ios=NaN", "*weight of 0 or more*")]
    [InlineData("cisco_ios=1,cisco_ios=2", "*given twice*")]
    [InlineData("cisco_ios=0", "*no platform a share*")]
    [InlineData("", "*no platform a share*")]
    public void Parse_Nonsense_ThrowsOneClearSentence(string text, string message)
    {
        var parse = () => VendorMix.Parse(text);

        parse.Should().Throw<FormatException>().WithMessage(message);
    }

    [Fact]
    public void PlatformOf_DependsOnSeedSiteAndHostOnly()
    {
        var mix = VendorMix.Reference;

        var first = Enumerable.Range(0, 200).Select(h => mix.PlatformOf(1, 3, h)).ToList();

        Enumerable.Range(0, 200).Select(h => mix.PlatformOf(1, 3, h)).Should().Equal(first);
        Enumerable.Range(0, 200).Select(h => mix.PlatformOf(2, 3, h)).Should().NotEqual(first, "the seed picks the vendors too");
    }

    [Fact]
    public void PlatformOf_ManyHosts_FollowTheShares()
    {
        var mix = VendorMix.Reference;

        var counts = Enumerable.Range(0, 10).SelectMany(s => Enumerable.Range(0, 200).Select(h => mix.PlatformOf(7, s, h)))
            .GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());

        foreach (var (platform, share) in mix.Percent)
        {
            counts[platform].Should().Be(share * 20, $"{platform} holds {share} % of every 100 hosts of five neighbouring sites");
        }
    }

    [Theory]
    [InlineData(5, 8)]
    [InlineData(5, 12)]
    [InlineData(3, 20)]
    public void PlatformOf_SmallReferenceCorpora_ShowEveryPlatformForManySeeds(int sites, int hostsPerSite)
    {
        var mix = VendorMix.Reference;
        for (ulong seed = 1; seed <= 50; seed++)
        {
            var seen = Enumerable.Range(0, sites).SelectMany(s => Enumerable.Range(0, hostsPerSite).Select(h => mix.PlatformOf(seed, s, h))).ToHashSet();
            seen.Should().BeEquivalentTo(Platforms.All, $"seed {seed}, {sites} sites of {hostsPerSite}");
        }
    }

    [Fact]
    public void PlatformOf_OneSite_StillFollowsTheShares()
    {
        var mix = VendorMix.Reference;

        var hosts = Enumerable.Range(0, 100).Select(h => mix.PlatformOf(1, 0, h)).ToList();

        hosts.Count(p => p == Platforms.CiscoIos).Should().BeInRange(45, 55);
        hosts.Count(p => p == Platforms.ArubaAosCx).Should().BeInRange(7, 17);
    }

    [Fact]
    public void Only_GivesEveryHostThatPlatform()
    {
        var mix = VendorMix.Only(Platforms.JuniperJunos);

        Enumerable.Range(0, 50).Select(h => mix.PlatformOf(1, h % 7, h)).Should().AllBe(Platforms.JuniperJunos);
    }
}
