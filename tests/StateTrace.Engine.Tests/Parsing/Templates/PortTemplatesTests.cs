using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Cisco;
using StateTrace.Engine.Parsing.Templates;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Parsing.Templates;

public sealed class PortTemplatesTests : IDisposable
{
    private const string Flexible = """
        interface GigabitEthernet1/0/1
         switchport access vlan 20
         authentication event fail action next-method
         authentication order mab dot1x
         authentication priority dot1x mab
         authentication port-control auto
         mab
         dot1x pae authenticator
         dot1x timeout quiet-period 90
         dot1x timeout tx-period 5
        """;

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static DeviceFacts Facts(string platform, params (string Port, string Template, string Config)[] ports)
    {
        var facts = new DeviceFacts { Platform = platform };
        foreach (var (port, template, config) in ports)
        {
            facts.Interfaces.Add(new InterfaceFacts { Port = port, AuthTemplate = template, Config = config });
        }

        return facts;
    }

    private static (string Color, string Status) Applied(string platform, string template, string config, PortTemplates? templates = null)
    {
        var facts = Facts(platform, ("Gi1/0/1", template, config));
        (templates ?? PortTemplates.Defaults).Apply(facts);
        return (facts.Interfaces[0].PortColor, facts.Interfaces[0].ConfigStatus);
    }

    [Fact]
    public void Apply_EveryRequiredLineAndNoExcludedOne_IsMatchInTheTemplateColour()
    {
        Applied(Platforms.CiscoIos, "flexible", Flexible).Should().Be(("Green", "Match"));
    }

    [Fact]
    public void Apply_RequiredLineMissing_IsMismatch()
    {
        var config = Flexible.Replace(" dot1x timeout tx-period 5", "", StringComparison.Ordinal);

        Applied(Platforms.CiscoIos, "flexible", config).Should().Be(("Green", "Mismatch"));
    }

    [Fact]
    public void Apply_ExcludedLinePresent_IsMismatch()
    {
        Applied(Platforms.CiscoIos, "flexible", Flexible + "\n authentication open").Should().Be(("Green", "Mismatch"));
    }

    [Fact]
    public void Apply_LinesCompareTrimmedAndInAnyCase()
    {
        var config = "interface Gi1/0/9\n   AUTHENTICATION PORT-CONTROL AUTO   \n\tMab\n";

        Applied(Platforms.CiscoIos, "macauth", config).Should().Be(("Blue", "Match"));
    }

    [Fact]
    public void Apply_NoAuthTemplate_IsGrayAndUnknown()
    {
        Applied(Platforms.CiscoIos, "", Flexible).Should().Be(("Gray", "Unknown"));
    }

    [Fact]
    public void Apply_TemplateButNoConfig_IsTheColourAndUnknown()
    {
        Applied(Platforms.CiscoIos, "dot1x", "").Should().Be(("Purple", "Unknown"));
    }

    [Fact]
    public void Apply_TemplateNameNoTemplateHas_IsGrayAndMismatch()
    {
        Applied(Platforms.CiscoIos, "webauth", Flexible).Should().Be(("Gray", "Mismatch"));
    }

    [Theory]
    [InlineData("FLEXIBLE")]
    [InlineData("Dual Authentication Port")]
    [InlineData("dual authentication port")]
    public void Apply_TemplateFoundByNameOrAliasInAnyCase(string name)
    {
        Applied(Platforms.CiscoIos, name, Flexible).Should().Be(("Green", "Match"));
    }

    [Fact]
    public void Apply_OpenPortWithoutAuthLines_IsRedMatch()
    {
        Applied(Platforms.CiscoIos, "open", "interface Gi1/0/5\n switchport access vlan 10").Should().Be(("Red", "Match"));
    }

    [Theory]
    [InlineData(Platforms.BrocadeFastIron, "flexible", "interface ethernet 1/1/5\n dot1x port-control auto\n mac-authentication enable", "Match")]
    [InlineData(Platforms.BrocadeFastIron, "dot1x", "interface ethernet 1/1/5\n dot1x port-control auto\n mac-authentication enable", "Mismatch")]
    [InlineData(Platforms.ArubaAosCx, "macauth", "interface 1/1/5\n    aaa authentication port-access mac-auth\n        enable", "Match")]
    [InlineData(Platforms.HpProcurve, "dot1x", "interface 5\n   aaa port-access authenticator\n   exit", "Match")]
    [InlineData(Platforms.AristaEos, "flexible", "interface Ethernet5\n   dot1x pae authenticator\n   dot1x port-control auto", "Mismatch")]
    [InlineData(Platforms.JuniperJunos, "macauth", "set protocols dot1x authenticator interface ge-0/0/5.0 mac-radius restrict", "Match")]
    [InlineData(Platforms.JuniperJunos, "flexible", "set protocols dot1x authenticator interface ge-0/0/5.0 mac-radius restrict", "Mismatch")]
    [InlineData(Platforms.CiscoNxos, "flexible", "interface Ethernet1/5\n  dot1x port-control auto", "Match")]
    public void Apply_EachVendorsDefaults_CheckThatVendorsLines(string platform, string template, string config, string status)
    {
        Applied(platform, template, config).Status.Should().Be(status);
    }

    [Fact]
    public void Apply_CiscoParserPorts_AgreeWithMissingAuthCmds()
    {
        var facts = new DeviceFacts();
        var config = """
            interface GigabitEthernet1/0/1
            """ + "\n" + string.Join('\n', Flexible.Split('\n').Skip(1)) + """

            !
            interface GigabitEthernet1/0/2
             dot1x pae authenticator
            !
            interface GigabitEthernet1/0/3
             switchport access vlan 10
            !
            end
            """;
        var status = """
            Port      Name               Status       Vlan       Duplex  Speed Type
            Gi1/0/1                      connected    20         a-full a-1000 10/100/1000BaseTX
            Gi1/0/2                      connected    20         a-full a-1000 10/100/1000BaseTX
            Gi1/0/3                      notconnect   10           auto   auto 10/100/1000BaseTX
            """;
        new CiscoIosParser().Parse(new CapturedSession("SW1", $"SW1#show run\n{config}\nSW1#show int status\n{status}\nSW1#"), facts);

        PortTemplates.Defaults.Apply(facts);

        facts.Interfaces.Select(p => (p.Port, p.AuthTemplate, p.MissingAuthCmds, p.PortColor, p.ConfigStatus)).Should().Equal(
            ("Gi1/0/1", "flexible", "", "Green", "Match"),
            ("Gi1/0/2", "dot1x", "", "Purple", "Mismatch"),
            ("Gi1/0/3", "open", "", "Red", "Match"));
    }

    [Fact]
    public void Load_EmptyDataFolder_WritesEveryDefaultFile()
    {
        var templates = PortTemplates.Load(temp.Path);

        Directory.GetFiles(Path.Combine(temp.Path, "Templates"), "*.json").Select(Path.GetFileName).Should().BeEquivalentTo(
            "Cisco.json", "Brocade.json", "Arista.json", "Aruba.json", "ProCurve.json", "Juniper.json", "Generic.json");
        Directory.GetFiles(Path.Combine(temp.Path, "Templates"), "*.tmp").Should().BeEmpty();
        templates.Find(Platforms.CiscoIos, "flexible")!.Color.Should().Be("Green");
        File.ReadAllText(Path.Combine(temp.Path, "Templates", "Cisco.json")).Should().Contain("\"required_commands\"");
    }

    [Fact]
    public void Load_WithoutWritingDefaults_WritesNothingAndUsesDefaults()
    {
        var templates = PortTemplates.Load(temp.Path, writeDefaults: false);

        Directory.Exists(Path.Combine(temp.Path, "Templates")).Should().BeFalse();
        templates.Find(Platforms.BrocadeFastIron, "macauth")!.Color.Should().Be("Blue");
    }

    [Fact]
    public void Load_EditedFile_IsKeptAndUsed()
    {
        var path = temp.File("Templates/Cisco.json", """
            {
              // Our site paints dual-auth ports teal and requires a voice VLAN.
              "templates": [
                { "name": "Flex", "aliases": ["flexible"], "color": "#008080",
                  "required_commands": ["switchport voice vlan"], "match_type": "prefix", },
              ],
            }
            """);

        var templates = PortTemplates.Load(temp.Path);

        File.ReadAllText(path).Should().Contain("teal");
        Applied(Platforms.CiscoIos, "flexible", "interface Gi1/0/1\n switchport voice vlan 300", templates).Should().Be(("#008080", "Match"));
        Applied(Platforms.CiscoIos, "flexible", "interface Gi1/0/1\n switchport voice-vlan 300", templates).Should().Be(("#008080", "Mismatch"));
        Applied(Platforms.CiscoIos, "open", "interface Gi1/0/1", templates).Should().Be(("Gray", "Mismatch"));
    }

    [Theory]
    [InlineData("{ \"templates\": [ { \"name\": \"A\", \"color\": \"Green\" ", "not valid template JSON at line 1")]
    [InlineData("{ \"vendor\": \"Cisco\" }", "there is no \"templates\" list")]
    [InlineData("{ \"templates\": [ { \"aliases\": [\"x\"], \"color\": \"Green\" } ] }", "templates[0] has no \"name\"")]
    [InlineData("{ \"templates\": [ { \"name\": \"A\" } ] }", "template \"A\" has no \"color\"")]
    [InlineData("{ \"templates\": [ { \"name\": \"A\", \"color\": \"light green\" } ] }", "\"color\" light green is neither")]
    [InlineData("{ \"templates\": [ { \"name\": \"A\", \"color\": \"Red\", \"match_type\": \"regex\" } ] }", "\"match_type\" regex is not one of")]
    [InlineData("{ \"templates\": [ { \"name\": \"A\", \"color\": \"Red\", \"required_commands\": [\"mab\", \" \"] } ] }", "required_commands[1] is blank")]
    [InlineData("{ \"templates\": [ { \"name\": \"A\", \"color\": \"Red\", \"required_commands\": [\"mab\"], \"excluded_commands\": [\"MAB\"] } ] }", "\"mab\" is both required and excluded")]
    [InlineData("{ \"templates\": [ { \"name\": \"A\", \"aliases\": [\"x\"], \"color\": \"Red\" }, { \"name\": \"X\", \"color\": \"Blue\" } ] }", "\"X\" is used by both \"A\" and \"X\"")]
    [InlineData("{ \"templates\": [ { \"name\": \"A\", \"color\": \"Red\", \"required_command\": [\"mab\"] } ] }", "\"required_command\" is not a template field")]
    [InlineData("{ \"templates\": [ null ] }", "templates[0] is empty")]
    [InlineData("{ \"templates\": [ { \"name\": 5, \"color\": \"Red\" } ] }", "templates[0].name holds the wrong kind of value")]
    public void Load_BadTemplateFile_ThrowsNamingTheFileAndTheReason(string json, string reason)
    {
        var path = temp.File("Templates/Arista.json", json);

        var load = () => PortTemplates.Load(temp.Path);

        var error = load.Should().Throw<PortTemplateException>().Which;
        error.File.Should().Be(path);
        error.Message.Should().StartWith(path + ": ").And.Contain(reason);
    }

    [Fact]
    public void Defaults_EveryVendorFile_ParsesAndNamesTheFourTemplates()
    {
        foreach (var platform in Platforms.All)
        {
            foreach (var alias in new[] { "flexible", "macauth", "dot1x", "open" })
            {
                PortTemplates.Defaults.Find(platform, alias).Should().NotBeNull($"{platform} has a {alias} template");
            }
        }
    }
}
