using System.Text.Json;
using StateTrace.Tool.Commands;

namespace StateTrace.Tool.Tests.Commands;

public sealed class ParseCommandTests : IDisposable
{
    private static readonly string Fixtures = FindFixtures();

    private readonly string root = Path.Combine(Path.GetTempPath(), "statetrace-tests", Guid.NewGuid().ToString("N"));

    public ParseCommandTests()
    {
        Directory.CreateDirectory(root);
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string FindFixtures()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StateTrace.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "fixtures");
            }
        }

        throw new InvalidOperationException("StateTrace.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Fixture(string relative) => Path.Combine(Fixtures, relative);

    private string Write(string name, string content)
    {
        var path = Path.Combine(root, name);
        File.WriteAllText(path, content);
        return path;
    }

    private async Task<(ExitCode Code, JsonElement Json)> Run(ParseArgs args)
    {
        var output = new StringWriter();
        var code = await ParseCommand.RunAsync(args with { Root = root }, output, CancellationToken.None);
        return (code, JsonDocument.Parse(output.ToString()).RootElement.Clone());
    }

    [Fact]
    public async Task RunAsync_CiscoStatusCapture_PrintsTheRecordsWithTheMappedValues()
    {
        var file = Fixture("ntc/cisco_ios/show_interfaces_status/cisco_ios_show_interfaces_status.raw");

        var (code, json) = await Run(new ParseArgs(file, "cisco_ios", "show interfaces status"));

        code.Should().Be(ExitCode.Ok);
        json.GetProperty("Platform").GetString().Should().Be("cisco_ios");
        json.GetProperty("Command").GetString().Should().Be("show interfaces status");
        json.GetProperty("Diagnostics").GetArrayLength().Should().Be(0);
        var records = json.GetProperty("Records");
        records.GetArrayLength().Should().BeGreaterThan(3);
        var second = records[1];
        second.GetProperty("Port").GetString().Should().Be("Gi1/0/2");
        second.GetProperty("Name").GetString().Should().Be("AccessPoint");
        second.GetProperty("Status").GetString().Should().Be("connected");
        second.GetProperty("Vlan").GetString().Should().Be("8");
        second.GetProperty("Duplex").GetString().Should().Be("a-full");
        second.GetProperty("Speed").GetString().Should().Be("a-1000");
        second.GetProperty("Type").GetString().Should().Be("10/100/1000BaseTX");
        records[2].GetProperty("Name").GetString().Should().Be("John's Office");
    }

    [Fact]
    public async Task RunAsync_AbbreviatedCommandWithEchoAndTrailingPrompt_SameRecords()
    {
        var raw = await File.ReadAllTextAsync(Fixture("ntc/cisco_ios/show_version/cisco_ios_show_version.raw"));
        var plain = Write("plain.raw", raw);
        var wrapped = Write("wrapped.raw", "router1#sh ver\n" + raw + "\nrouter1#\n");

        var (_, a) = await Run(new ParseArgs(plain, "cisco_ios", "show version"));
        var (code, b) = await Run(new ParseArgs(wrapped, "cisco_ios", "sh ver"));

        code.Should().Be(ExitCode.Ok);
        b.GetProperty("Command").GetString().Should().Be("show version");
        b.GetProperty("Records").GetRawText().Should().Be(a.GetProperty("Records").GetRawText());
        b.GetProperty("Records")[0].GetProperty("Hostname").GetString().Should().Be("router1");
        b.GetProperty("Records")[0].GetProperty("Version").GetString().Should().Be("12.2(54)SG1");
    }

    [Fact]
    public async Task RunAsync_SpellingTheParserReads_IsAcceptedThoughNotListed()
    {
        var file = Fixture("ntc/cisco_ios/show_interfaces_status/cisco_ios_show_interfaces_status.raw");

        var (code, json) = await Run(new ParseArgs(file, "cisco_ios", "show interface status"));

        code.Should().Be(ExitCode.Ok);
        json.GetProperty("Records")[0].GetProperty("Port").GetString().Should().Be("Gi1/0/1");
    }

    [Fact]
    public async Task RunAsync_CaptureThatYieldsDiagnostics_ReturnsBadInputWithTheLine()
    {
        var file = Write("bad.raw", "Port      Name               Status       Vlan       Duplex  Speed Type\nGi1/0/1   ???\n");

        var (code, json) = await Run(new ParseArgs(file, "cisco_ios", "show interfaces status"));

        code.Should().Be(ExitCode.BadInput);
        var diagnostic = json.GetProperty("Diagnostics")[0];
        diagnostic.GetProperty("File").GetString().Should().Be(file);
        diagnostic.GetProperty("Line").GetInt64().Should().Be(2);
    }

    [Fact]
    public async Task RunAsync_UnknownPlatform_ThrowsUsageListingTheValidOnes()
    {
        var file = Fixture("ntc/cisco_ios/show_version/cisco_ios_show_version.raw");

        var run = () => ParseCommand.RunAsync(new ParseArgs(file, "cisco_asa", "show version"), TextWriter.Null, CancellationToken.None);

        (await run.Should().ThrowAsync<UsageException>()).Which.Message
            .Should().Contain("cisco_asa").And.Contain("cisco_ios").And.Contain("paloalto_panos");
    }

    [Fact]
    public async Task RunAsync_UnknownCommand_ThrowsUsageListingThePlatformsCommands()
    {
        var file = Fixture("ntc/cisco_ios/show_version/cisco_ios_show_version.raw");

        var run = () => ParseCommand.RunAsync(new ParseArgs(file, "cisco_ios", "show clock"), TextWriter.Null, CancellationToken.None);

        (await run.Should().ThrowAsync<UsageException>()).Which.Message
            .Should().Contain("show clock").And.Contain("show version").And.Contain("show interfaces status");
    }

    [Fact]
    public async Task RunAsync_MissingFile_ThrowsUsage()
    {
        var run = () => ParseCommand.RunAsync(new ParseArgs(Path.Combine(root, "nope.log")), TextWriter.Null, CancellationToken.None);

        (await run.Should().ThrowAsync<UsageException>()).Which.Message.Should().Contain("nope.log");
    }

    [Fact]
    public async Task RunAsync_PlatformWithoutCommand_ThrowsUsage()
    {
        var file = Fixture("ntc/cisco_ios/show_version/cisco_ios_show_version.raw");

        var run = () => ParseCommand.RunAsync(new ParseArgs(file, "cisco_ios"), TextWriter.Null, CancellationToken.None);

        await run.Should().ThrowAsync<UsageException>().WithMessage("--platform and --command go together*");
    }

    [Fact]
    public async Task RunAsync_SessionLog_PrintsDetectionAndFactsPerHost()
    {
        var version = await File.ReadAllTextAsync(Fixture("ntc/cisco_ios/show_version/cisco_ios_show_version4.raw"));
        var status = await File.ReadAllTextAsync(Fixture("ntc/cisco_ios/show_interfaces_status/cisco_ios_show_interfaces_status.raw"));
        var log = Write("session.log", $"""
            WLLS-A01-AS-01#terminal length 0
            WLLS-A01-AS-01#show version
            {version}
            WLLS-A01-AS-01#sh int status
            {status}
            WLLS-A01-AS-01#show run
            Building configuration...

            Current configuration : 300 bytes
            !
            interface GigabitEthernet1/0/2
             authentication port-control auto
             mab
            !
            end
            WLLS-A01-AS-01#exit
            """);

        var (code, json) = await Run(new ParseArgs(log));

        code.Should().Be(ExitCode.Ok);
        var host = json.GetProperty("Hosts")[0];
        host.GetProperty("Hostname").GetString().Should().Be("WLLS-A01-AS-01");
        host.GetProperty("Site").GetString().Should().Be("WLLS");
        host.GetProperty("Status").GetString().Should().Be("parsed");
        var detection = host.GetProperty("Detection");
        detection.GetProperty("Platform").GetString().Should().Be("cisco_ios");
        detection.GetProperty("Confidence").GetInt32().Should().Be(100);
        detection.GetProperty("Evidence")[0].GetString().Should().Contain("Cisco IOS");
        var facts = host.GetProperty("Facts");
        facts.GetProperty("Version").GetString().Should().Be("16.9.3");
        var ports = facts.GetProperty("Interfaces");
        ports.GetArrayLength().Should().BeGreaterThan(3);
        ports[1].GetProperty("Port").GetString().Should().Be("Gi1/0/2");
        ports[1].GetProperty("AuthTemplate").GetString().Should().Be("macauth");
        ports[1].GetProperty("PortColor").GetString().Should().Be("Blue");
        ports[1].GetProperty("ConfigStatus").GetString().Should().Be("Match");
        Directory.Exists(Path.Combine(root, "Data")).Should().BeFalse("parse writes nothing under the root");
    }

    [Fact]
    public async Task RunAsync_SessionLogWithPlatformsWithoutParsers_ReportsThemInTheJson()
    {
        var junos = await File.ReadAllTextAsync(Fixture("ntc-more/juniper_junos/show_version/juniper_junos_show_version.raw"));
        var log = Write("mixed.log", $"admin@mx240-1> show version\n{junos}\nadmin@mx240-1> exit\nmystery#show clock\n10:00\nmystery#\n");

        var (code, json) = await Run(new ParseArgs(log));

        code.Should().Be(ExitCode.BadInput);
        var hosts = json.GetProperty("Hosts");
        hosts.GetArrayLength().Should().Be(2);
        hosts[0].GetProperty("Detection").GetProperty("Platform").GetString().Should().Be("juniper_junos");
        hosts[0].GetProperty("Status").GetString().Should().BeOneOf("no parser", "parsed");
        hosts[1].GetProperty("Hostname").GetString().Should().Be("mystery");
        hosts[1].GetProperty("Status").GetString().Should().Be("unrecognised");
        hosts[1].GetProperty("Facts").ValueKind.Should().Be(JsonValueKind.Null);
        json.GetProperty("Diagnostics").EnumerateArray().Select(d => d.GetProperty("Reason").GetString())
            .Should().Contain(r => r!.Contains("could not be recognised", StringComparison.Ordinal));
    }
}
