using StateTrace.Engine.Parsing;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Parsing;

public class CommandNamesTests
{
    public static TheoryData<string> FixtureCommands()
    {
        var data = new TheoryData<string>();
        foreach (var tree in new[] { "ntc", "ntc-more" })
        {
            foreach (var platform in Directory.GetDirectories(Path.Combine(RepoPaths.Fixtures, tree)))
            {
                foreach (var folder in Directory.GetDirectories(platform))
                {
                    data.Add(Path.GetFileName(folder).Replace('_', ' '));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureCommands))]
    public void Canonical_FixtureCommandFolder_IsItself(string command)
    {
        CommandNames.Canonical(command).Should().Be(command);
    }

    [Theory]
    [InlineData("sh int status", "show interfaces status")]
    [InlineData("sh int st", "show interfaces status")]
    [InlineData("show run", "show running-config")]
    [InlineData("sh run", "show running-config")]
    [InlineData("sh mac add", "show mac address-table")]
    [InlineData("sh mac address-table", "show mac address-table")]
    [InlineData("sh ver", "show version")]
    [InlineData("sh int br", "show interfaces brief")]
    [InlineData("sh ip int br", "show ip interface brief")]
    [InlineData("sh lldp nei det", "show lldp neighbors detail")]
    [InlineData("sh cdp neighbor detail", "show cdp neighbors detail")]
    [InlineData("sh span", "show spanning-tree")]
    [InlineData("sh vlan br", "show vlan brief")]
    [InlineData("sh auth sess", "show authentication sessions")]
    [InlineData("sh inv", "show inventory")]
    [InlineData("sh int terse", "show interfaces terse")]
    [InlineData("sh sys info", "show system info")]
    [InlineData("sh chassis hard", "show chassis hardware")]
    [InlineData("sh ethernet-sw table", "show ethernet-switching table")]
    [InlineData("show lldp neighbor-info detail", "show lldp neighbors-info detail")]
    [InlineData("sh lldp info remote det", "show lldp info remote-device detail")]
    [InlineData("sh mac-auth sess all", "show mac-authentication sessions all")]
    [InlineData("sh lldp in rem det", "show lldp info remote-device detail")]
    [InlineData("sh lldp info rem", "show lldp info remote-device")]
    [InlineData("sh dot1x ho", "show dot1x hosts")]
    [InlineData("sh dot1x hosts", "show dot1x hosts")]
    [InlineData("sh vlans", "show vlans")]
    [InlineData("sh lldp neighbor-info det", "show lldp neighbors-info detail")]
    [InlineData("SHOW VERSION", "show version")]
    [InlineData("  show   interfaces    status  ", "show interfaces status")]
    public void Canonical_Abbreviation_ExpandsToTheCommand(string typed, string expected)
    {
        CommandNames.Canonical(typed).Should().Be(expected);
    }

    public static TheoryData<string, string> ParserCommandNames()
    {
        var data = new TheoryData<string, string>();
        foreach (var platform in Platforms.All)
        {
            foreach (var name in CommandParsers.Commands(platform))
            {
                data.Add(platform, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ParserCommandNames))]
    public void Canonical_EveryNameAParserLists_IsAlreadyCanonical(string platform, string name)
    {
        CommandNames.Canonical(name).Should().Be(name, $"{platform} lists its commands by canonical name");
    }

    [Theory]
    [InlineData("show interface status", "show interface status")]
    [InlineData("show interfaces status", "show interfaces status")]
    [InlineData("show interface brief", "show interface brief")]
    [InlineData("show interface", "show interface")]
    [InlineData("show mac-address-table", "show mac-address-table")]
    [InlineData("show mac-address", "show mac-address")]
    [InlineData("show system information", "show system information")]
    [InlineData("show config running", "show config running")]
    public void Canonical_WordTypedInFull_IsNeverChanged(string typed, string expected)
    {
        CommandNames.Canonical(typed).Should().Be(expected);
    }

    [Theory]
    [InlineData("do show running-config", "show running-config")]
    [InlineData("do sh int status", "show interfaces status")]
    [InlineData("run show interfaces terse", "show interfaces terse")]
    [InlineData("run show system info", "show system info")]
    public void Canonical_DoOrRunFromConfigurationMode_IsDropped(string typed, string expected)
    {
        CommandNames.Canonical(typed).Should().Be(expected);
    }

    [Fact]
    public void Canonical_OutputFilter_IsDroppedAndReturned()
    {
        var canonical = CommandNames.Canonical("sh run | include hostname | exclude x", out var filter);

        canonical.Should().Be("show running-config");
        filter.ToString().Should().Be("include hostname | exclude x");
    }

    [Theory]
    [InlineData("show interfaces status err-disabled", "show interfaces status err-disabled")]
    [InlineData("sh mac address-table int Gi1/0/1", "show mac address-table interfaces gi1/0/1")]
    [InlineData("terminal length 0", "terminal length 0")]
    [InlineData("skip-page-display", "skip-page-display")]
    [InlineData("", "")]
    public void Canonical_CommandOutsideTheCatalogue_ExpandsWordByWord(string typed, string expected)
    {
        CommandNames.Canonical(typed).Should().Be(expected);
    }

    [Theory]
    [InlineData("include Gi1/0", true)]
    [InlineData("i hostname", true)]
    [InlineData("begin interface", true)]
    [InlineData("section interface", true)]
    [InlineData("display xml", true)]
    [InlineData("no-more", false)]
    [InlineData("no-m", false)]
    [InlineData("nomore", false)]
    [InlineData(" no-more | include x", true)]
    [InlineData("", false)]
    public void IsNarrowing_Filter_TellsWhetherLinesCanBeDropped(string filter, bool expected)
    {
        CommandNames.IsNarrowing(filter).Should().Be(expected);
    }
}
