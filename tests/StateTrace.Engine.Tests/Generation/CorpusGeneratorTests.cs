using System.Security.Cryptography;
using System.Text.RegularExpressions;
using StateTrace.Engine.Generation;
using StateTrace.Engine.Input;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Sites;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Generation;

public class CorpusGeneratorTests
{
    // Small hosts keep every test to a few hundred kilobytes; the vendor mix is the reference one.
    private static GeneratorOptions Small(string output, int sites = 2, int hostsPerSite = 3, ulong seed = 1) => new()
    {
        Seed = seed,
        Sites = sites,
        HostsPerSite = hostsPerSite,
        PortsPerHost = 12,
        OutputDirectory = output,
    };

    private static GeneratorOptions CiscoOnly(string output, int sites, int hostsPerSite) =>
        Small(output, sites, hostsPerSite) with { Vendors = VendorMix.Only(Platforms.CiscoIos) };

    [Fact]
    public void Generate_SameSeedTwice_WritesByteIdenticalFiles()
    {
        using var a = new TempDirectory();
        using var b = new TempDirectory();

        CorpusGenerator.Generate(Small(a.Path, sites: 3, hostsPerSite: 9));
        CorpusGenerator.Generate(Small(b.Path, sites: 3, hostsPerSite: 9));

        var first = HashTree(a.Path);
        first.Should().HaveCount(3 * 2 + 1, "9 hosts per site make two capture files per site, plus corpus.json");
        HashTree(b.Path).Should().Equal(first);
    }

    [Fact]
    public void Generate_DifferentSeed_WritesDifferentCaptures()
    {
        using var a = new TempDirectory();
        using var b = new TempDirectory();

        CorpusGenerator.Generate(Small(a.Path, seed: 1));
        CorpusGenerator.Generate(Small(b.Path, seed: 2));

        var first = HashTree(a.Path);
        var second = HashTree(b.Path);
        second.Keys.Should().BeEquivalentTo(first.Keys.Where(k => k.EndsWith(".log", StringComparison.Ordinal)).Append("corpus.json"));
        foreach (var (file, hash) in first.Where(f => f.Key.EndsWith(".log", StringComparison.Ordinal)))
        {
            second[file].Should().NotBe(hash, $"{file} should change with the seed");
        }
    }

    [Fact]
    public void Generate_MoreSites_KeepsEveryHostsBytes()
    {
        using var a = new TempDirectory();
        using var b = new TempDirectory();

        var two = CorpusGenerator.Generate(Small(a.Path, sites: 2, hostsPerSite: 3));
        var five = CorpusGenerator.Generate(Small(b.Path, sites: 5, hostsPerSite: 4));

        var wider = five.Hosts.ToDictionary(h => h.Hostname);
        foreach (var host in two.Hosts)
        {
            HostBytes(wider[host.Hostname]).Should().Equal(HostBytes(host), $"{host.Hostname} must not depend on the number of sites");
        }
    }

    [Fact]
    public void Generate_LargerSize_KeepsEveryHostsBytes()
    {
        using var a = new TempDirectory();
        using var b = new TempDirectory();
        var options = Small(a.Path) with { HostsPerSite = null };

        var small = CorpusGenerator.Generate(options with { TargetBytes = 200_000 });
        var large = CorpusGenerator.Generate(options with { TargetBytes = 600_000, OutputDirectory = b.Path });

        large.Hosts.Count.Should().BeGreaterThan(small.Hosts.Count);
        var larger = large.Hosts.ToDictionary(h => h.Hostname);
        foreach (var host in small.Hosts)
        {
            HostBytes(larger[host.Hostname]).Should().Equal(HostBytes(host), $"{host.Hostname} must not depend on the corpus size");
        }
    }

    [Fact]
    public void Generate_TargetBytes_StopsWithinOneHostAndSpreadsHostsEvenly()
    {
        using var temp = new TempDirectory();
        const long target = 1_000_000;

        var result = CorpusGenerator.Generate(Small(temp.Path, sites: 3) with { HostsPerSite = null, TargetBytes = target });

        result.TotalBytes.Should().BeGreaterThanOrEqualTo(target);
        (result.TotalBytes - target).Should().BeLessThan(result.Hosts[^1].Length, "generation stops at the first host that reaches the target");
        result.Sites.Max(s => s.Hosts).Should().BeLessThanOrEqualTo(result.Sites.Min(s => s.Hosts) + 1);
        result.Sites.Sum(s => s.Bytes).Should().Be(result.TotalBytes);
        result.Files.Sum(f => new FileInfo(f).Length).Should().Be(result.TotalBytes);
    }

    [Fact]
    public void Generate_EveryPromptLine_ParsesToAHostOfItsSiteInItsWritersCommandOrder()
    {
        using var temp = new TempDirectory();
        var result = CorpusGenerator.Generate(Small(temp.Path, sites: 3, hostsPerSite: 9));

        var seen = new Dictionary<string, List<string>>();
        foreach (var file in result.Files)
        {
            var site = Path.GetFileName(Path.GetDirectoryName(file))!;
            foreach (var line in File.ReadLines(file))
            {
                if (!PromptGrammar.TryParse(line, out var host, out var command))
                {
                    continue;
                }

                var hostname = line[host];
                SiteNames.SiteOf(hostname).Should().Be(site, $"'{line}' in {file}");
                if (!seen.TryGetValue(hostname, out var commands))
                {
                    seen[hostname] = commands = [];
                }

                commands.Add(line[command]);
            }
        }

        seen.Keys.Should().BeEquivalentTo(result.Hosts.Select(h => h.Hostname));
        foreach (var host in result.Hosts)
        {
            // Per-port counters are captured on some hosts only, Arista 802.1X hosts on access switches only; every
            // other command of the host's writer, and nothing else, is typed on every host, in order.
            var expected = SessionWriters.For(host.Platform).Commands;
            var commands = seen[host.Hostname];
            commands.Should().Equal(expected.Where(commands.Contains), host.Hostname);
            expected.Except(commands).Where(c => !SessionWriterTests.Optional(host.Platform, c)).Should().BeEmpty(host.Hostname);
        }
    }

    [Fact]
    public void Generate_HostnamesNameSiteBuildingRoleAndCloset()
    {
        using var temp = new TempDirectory();
        var result = CorpusGenerator.Generate(Small(temp.Path, sites: 5, hostsPerSite: 12));

        foreach (var host in result.Hosts)
        {
            var role = host.Platform switch
            {
                Platforms.PaloAltoPanos => "FW",
                Platforms.CiscoNxos => "CS",
                Platforms.AristaEos => "(AS|CS)",
                _ => "AS",
            };
            host.Hostname.Should().MatchRegex($"^{host.Site}-[A-Z][0-9]{{2}}-{role}-[0-9]{{2}}$");
        }

        result.Hosts.Select(h => h.Hostname).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Generate_ShowVersion_CarriesARealReleaseInBothPlaces()
    {
        using var temp = new TempDirectory();
        var result = CorpusGenerator.Generate(CiscoOnly(temp.Path, sites: 2, hostsPerSite: 8));

        foreach (var host in result.Hosts)
        {
            var version = Block(host, "show version");

            var release = Regex.Match(version, @"^Cisco IOS XE Software, Version (\d{2}\.\d{2}\.\d{2}[a-z]?)$", RegexOptions.Multiline);
            release.Success.Should().BeTrue(host.Hostname);
            version.Should().MatchRegex(@"(?m)^Cisco IOS Software \[\w+\], Catalyst L3 Switch Software \(CAT9K_(LITE_)?IOSXE\), Version 1[67]\.\d+\.\d+[a-z]?, RELEASE SOFTWARE");
            version.Should().MatchRegex(@"(?m)^Switch Ports Model +SW Version +SW Image +Mode *$");
            version.Should().MatchRegex(@"(?m)^\* +1 \d+ +C9[23]00L?-\d+[PUT](-4G)? +" + Regex.Escape(release.Groups[1].Value) + " +CAT9K_");
            version.Should().MatchRegex(@"(?m)^Model Number +: C9[23]00L?-\d+[PUT]");
            version.Should().MatchRegex(@"(?m)^System Serial Number +: (FOC|JAE)\d{4}[A-Z0-9]{4}$");
            version.Should().Contain($"{host.Hostname} uptime is ");
        }
    }

    [Fact]
    public void Generate_FortyEightPortCiscoHosts_AverageEightyToHundredKilobytes()
    {
        using var temp = new TempDirectory();

        var result = CorpusGenerator.Generate(CiscoOnly(temp.Path, sites: 2, hostsPerSite: 30) with { PortsPerHost = 48 });

        result.Hosts.Average(h => h.Length).Should().BeInRange(80_000, 100_000);
    }

    [Fact]
    public void Generate_InterfacesStatus_IsColumnAlignedWithNamesCutTo18()
    {
        using var temp = new TempDirectory();
        var result = CorpusGenerator.Generate(CiscoOnly(temp.Path, sites: 1, hostsPerSite: 4));

        foreach (var host in result.Hosts)
        {
            var rows = Block(host, "show interfaces status").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            rows[0].Should().Be("Port         Name               Status       Vlan       Duplex  Speed Type");
            foreach (var row in rows.Skip(1))
            {
                row.Should().MatchRegex(@"^\S+ +.{18} (connected|notconnect|disabled) +(\d+|trunk|routed) +(a-)?(full|half|auto) +(a-)?(10|100|1000|10G|auto)( \S.*)?$", host.Hostname);
            }
        }
    }

    [Fact]
    public void Generate_ProgressReporter_HearsOfEveryHost()
    {
        using var temp = new TempDirectory();
        var progress = new Recorder();

        var result = CorpusGenerator.Generate(Small(temp.Path), progress);

        progress.Reports.Select(r => r.Hosts).Should().Equal(Enumerable.Range(1, result.Hosts.Count));
        progress.Reports[^1].Bytes.Should().Be(result.TotalBytes);
        progress.Reports[^1].TargetHosts.Should().Be(6);
    }

    [Fact]
    public void Generate_IntoEarlierCorpus_RemovesItsStaleCaptures()
    {
        using var temp = new TempDirectory();
        CorpusGenerator.Generate(Small(temp.Path, sites: 3, hostsPerSite: 9));

        var second = CorpusGenerator.Generate(Small(temp.Path, sites: 2, hostsPerSite: 2));

        Directory.EnumerateFiles(temp.Path, "*.log", SearchOption.AllDirectories)
            .Should().BeEquivalentTo(second.Files);
        Directory.Exists(Path.Combine(temp.Path, "HQ01")).Should().BeFalse();
    }

    [Theory]
    [InlineData(0, null, null, 48, "*sites*")]
    [InlineData(1001, null, null, 48, "*sites*")]
    [InlineData(2, 0, null, 48, "*hosts per site*")]
    [InlineData(2, null, 0L, 48, "*target size*")]
    [InlineData(2, 3, 1000L, 48, "*not both*")]
    [InlineData(2, 3, null, 0, "*ports per host*")]
    public void Generate_NonsenseOptions_ThrowsWithAClearMessage(int sites, int? hostsPerSite, long? targetBytes, int ports, string message)
    {
        using var temp = new TempDirectory();
        var options = new GeneratorOptions
        {
            Sites = sites,
            HostsPerSite = hostsPerSite,
            TargetBytes = targetBytes,
            PortsPerHost = ports,
            OutputDirectory = temp.Path,
        };

        var generate = () => CorpusGenerator.Generate(options);

        generate.Should().Throw<ArgumentException>().WithMessage(message);
        Directory.EnumerateFileSystemEntries(temp.Path).Should().BeEmpty();
    }

    [Fact]
    public void Generate_UnknownProfile_NamesTheKnownOnes()
    {
        using var temp = new TempDirectory();

        var generate = () => CorpusGenerator.Generate(Small(temp.Path) with { Profile = "huge" });

        generate.Should().Throw<ArgumentException>().WithMessage("*'huge'*reference*");
    }

    [Fact]
    public void Generate_NonEmptyFolderWithoutCorpus_IsRefusedAndLeftAlone()
    {
        using var temp = new TempDirectory();
        var precious = temp.File("notes.txt", "mine");

        var generate = () => CorpusGenerator.Generate(Small(temp.Path));

        generate.Should().Throw<ArgumentException>().WithMessage("*not empty*");
        File.ReadAllText(precious).Should().Be("mine");
    }

    private static Dictionary<string, string> HashTree(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f).Replace('\\', '/'),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static byte[] HostBytes(GeneratedHost host)
    {
        using var stream = File.OpenRead(host.File);
        stream.Position = host.Offset;
        var bytes = new byte[host.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The output of one command of one host: the lines after its prompt up to the next prompt.</summary>
    private static string Block(GeneratedHost host, string command)
    {
        var text = System.Text.Encoding.UTF8.GetString(HostBytes(host));
        var start = text.IndexOf($"{host.Hostname}#{command}\n", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"{host.Hostname} should capture {command}");
        start = text.IndexOf('\n', start) + 1;
        var end = text.IndexOf($"\n{host.Hostname}#", start - 1, StringComparison.Ordinal);
        return text[start..(end + 1)];
    }

    private sealed class Recorder : IProgress<GenerationProgress>
    {
        public List<GenerationProgress> Reports { get; } = [];

        public void Report(GenerationProgress value) => Reports.Add(value);
    }
}
