using StateTrace.Engine.Generation;
using StateTrace.Engine.Input;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Detection;

namespace StateTrace.Engine.Tests.Generation;

/// <summary>
/// Every platform's writer against the engine that reads it: the prompts split, the vendor detector recognises the
/// platform, and the platform's parser (once wired) reads back exactly the ports that were generated.
/// </summary>
public class SessionWriterTests
{
    [Fact]
    public void PlatformData_CoversEveryPlatform()
    {
        var rows = typeof(SessionWriterTests).GetMethods()
            .Select(m => m.GetCustomAttributes(typeof(PlatformDataAttribute), false).Cast<PlatformDataAttribute>().Select(a => a.Platform).ToList())
            .Where(r => r.Count > 0);
        rows.Should().AllSatisfy(r => r.Should().BeEquivalentTo(Platforms.All));
    }

    [Theory]
    [PlatformData("cisco_ios")]
    [PlatformData("cisco_nxos")]
    [PlatformData("arista_eos")]
    [PlatformData("brocade_fastiron")]
    [PlatformData("aruba_aoscx")]
    [PlatformData("hp_procurve")]
    [PlatformData("juniper_junos")]
    [PlatformData("paloalto_panos")]
    public void Write_EachPlatform_IsDetectedAsThatPlatform(string platform)
    {
        foreach (var (plan, text) in GeneratedHosts.Render(VendorMix.Only(platform), sites: 2, hostsPerSite: 4, ports: 12))
        {
            plan.Platform.Should().Be(platform);
            var detection = VendorDetector.Detect(new CapturedSession(plan.Hostname, text));
            detection.Platform.Should().Be(platform, $"{plan.Hostname} is a {platform} host; evidence: {string.Join("; ", detection.Evidence)}");
            detection.IsKnown.Should().BeTrue($"{plan.Hostname} should be recognised with confidence (got {detection.Confidence})");
        }
    }

    [Theory]
    [PlatformData("cisco_ios", needsParser: true)]
    [PlatformData("cisco_nxos", needsParser: true)]
    [PlatformData("arista_eos", needsParser: true)]
    [PlatformData("brocade_fastiron", needsParser: true)]
    [PlatformData("aruba_aoscx", needsParser: true)]
    [PlatformData("hp_procurve", needsParser: true)]
    [PlatformData("juniper_junos", needsParser: true)]
    [PlatformData("paloalto_panos", needsParser: true)]
    public void Write_EachPlatform_ParsesToOneRowPerGeneratedPort(string platform)
    {
        var parser = ParserRegistry.For(platform)!;
        foreach (var (plan, text) in GeneratedHosts.Render(VendorMix.Only(platform), sites: 2, hostsPerSite: 4, ports: 48))
        {
            GeneratedHosts.ShouldMatch(GeneratedHosts.Parse(parser, plan.Hostname, text, platform), plan);
        }
    }

    [Theory]
    [PlatformData("cisco_ios")]
    [PlatformData("cisco_nxos")]
    [PlatformData("arista_eos")]
    [PlatformData("brocade_fastiron")]
    [PlatformData("aruba_aoscx")]
    [PlatformData("hp_procurve")]
    [PlatformData("juniper_junos")]
    [PlatformData("paloalto_panos")]
    public void Write_EachPlatformWithMorePortsThanAMember_StacksOrCapsThem(string platform)
    {
        var parser = ParserRegistry.For(platform);
        foreach (var (plan, text) in GeneratedHosts.Render(VendorMix.Only(platform), sites: 1, hostsPerSite: 3, ports: 100))
        {
            var expected = plan.Kind switch
            {
                HostKind.Firewall => HostPlan.FirewallPorts,
                HostKind.Server => HostPlan.ServerSwitchPorts,
                _ when platform == Platforms.AristaEos => HostPlan.StandalonePorts,
                _ => 100,
            };
            plan.Ports.Should().HaveCount(expected, $"{plan.Hostname} is a {plan.Kind} {platform} host");
            var writer = SessionWriters.For(plan);
            var names = Enumerable.Range(0, plan.Ports.Length).Select(i => writer.View(plan, i, plan.Ports[i]).Port).ToList();
            names.Should().OnlyHaveUniqueItems();
            if (parser is not null)
            {
                GeneratedHosts.ShouldMatch(GeneratedHosts.Parse(parser, plan.Hostname, text, platform), plan);
            }
        }
    }

    [Theory]
    [PlatformData("cisco_ios")]
    [PlatformData("cisco_nxos")]
    [PlatformData("arista_eos")]
    [PlatformData("brocade_fastiron")]
    [PlatformData("aruba_aoscx")]
    [PlatformData("hp_procurve")]
    [PlatformData("juniper_junos")]
    [PlatformData("paloalto_panos")]
    public void Write_EachPlatform_PromptsNameTheHostAndTypeTheWritersCommandsInOrder(string platform)
    {
        foreach (var (plan, text) in GeneratedHosts.Render(VendorMix.Only(platform), sites: 1, hostsPerSite: 6, ports: 12))
        {
            var commands = new List<string>();
            foreach (var line in text.Split('\n'))
            {
                if (PromptGrammar.TryParse(line, out var host, out var command))
                {
                    line[host].Should().Be(plan.Hostname, $"'{line}' is a prompt line of {plan.Hostname}");
                    commands.Add(line[command]);
                }
            }

            var expected = SessionWriters.For(plan).Commands;
            commands.Should().BeSubsetOf(expected);
            commands.Should().Equal(expected.Where(commands.Contains), "commands come in capture order");
            commands.Should().Contain(expected.Where(c => !Optional(platform, c)), $"{plan.Hostname} captures every command but the optional ones");
        }
    }

    [Theory]
    [PlatformData("cisco_ios")]
    [PlatformData("cisco_nxos")]
    [PlatformData("arista_eos")]
    [PlatformData("brocade_fastiron")]
    [PlatformData("aruba_aoscx")]
    [PlatformData("hp_procurve")]
    [PlatformData("juniper_junos")]
    [PlatformData("paloalto_panos")]
    public void Write_EachPlatform_MovesEveryLineEndToLf(string platform)
    {
        foreach (var (_, text) in GeneratedHosts.Render(VendorMix.Only(platform), sites: 1, hostsPerSite: 2, ports: 12))
        {
            text.Should().NotContain("\r").And.NotContain("\t").And.EndWith("\n");
            text.All(c => c < 128).Should().BeTrue("device output here is ASCII");
        }
    }

    [Fact]
    public void Generate_ReferenceCorpusOfSixtyHosts_HoldsEveryPlatformEachDetectedAsItself()
    {
        var hosts = ReferenceCorpus.Hosts;

        hosts.Select(h => h.Plan.Platform).Distinct().Should().BeEquivalentTo(Platforms.All, "the reference mix shows every vendor");
        hosts.Count(h => h.Plan.Platform == Platforms.CiscoIos).Should().BeInRange(24, 36, "about half the reference hosts are Cisco IOS-XE");
        foreach (var (plan, text) in hosts)
        {
            var detection = VendorDetector.Detect(new CapturedSession(plan.Hostname, text));
            detection.Platform.Should().Be(plan.Platform, $"{plan.Hostname}; evidence: {string.Join("; ", detection.Evidence)}");
            detection.IsKnown.Should().BeTrue(plan.Hostname);
        }
    }

    [Theory]
    [PlatformData("cisco_ios", needsParser: true)]
    [PlatformData("cisco_nxos", needsParser: true)]
    [PlatformData("arista_eos", needsParser: true)]
    [PlatformData("brocade_fastiron", needsParser: true)]
    [PlatformData("aruba_aoscx", needsParser: true)]
    [PlatformData("hp_procurve", needsParser: true)]
    [PlatformData("juniper_junos", needsParser: true)]
    [PlatformData("paloalto_panos", needsParser: true)]
    public void Generate_ReferenceCorpusOfSixtyHosts_HostsOfEachPlatformParseToTheirPorts(string platform)
    {
        var parser = ParserRegistry.For(platform)!;
        var hosts = ReferenceCorpus.Hosts.Where(h => h.Plan.Platform == platform).ToList();

        hosts.Should().NotBeEmpty();
        foreach (var (plan, text) in hosts)
        {
            GeneratedHosts.ShouldMatch(GeneratedHosts.Parse(parser, plan.Hostname, text, platform), plan);
        }
    }

    /// <summary>Per-port counters (Cisco, AOS-CX, Junos) are captured on some hosts, 802.1X hosts on Arista access switches.</summary>
    internal static bool Optional(string platform, string command) => (platform, command) switch
    {
        (Platforms.CiscoIos, "show interfaces") => true,
        (Platforms.ArubaAosCx, "show interface") => true,
        (Platforms.JuniperJunos, "show interfaces | no-more") => true,
        (Platforms.AristaEos, "show dot1x hosts") => true,
        _ => false,
    };

    /// <summary>The reference corpus's first 60 hosts (5 sites of 12), rendered once for every test that reads them.</summary>
    private static class ReferenceCorpus
    {
        public static List<(HostPlan Plan, string Text)> Hosts { get; } = [.. GeneratedHosts.Render(VendorMix.Reference, sites: 5, hostsPerSite: 12, ports: 48)];
    }
}
