using StateTrace.Engine.Generation;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Tests.Generation;

/// <summary>The comparison the change-run tests rely on must itself catch a change that is not listed.</summary>
public class CaptureDiffTests
{
    public static TheoryData<string> AllPlatforms() => [.. Platforms.All];

    [Theory]
    [MemberData(nameof(AllPlatforms))]
    public void Check_ChangedPortListedAsAnother_ReportsBoth(string platform)
    {
        var plan = new HostPlan(1, 0, 0, 12, VendorMix.Only(platform));
        var random = new Prng(42);
        var ports = (PortPlan[])plan.Ports.Clone();
        ports[2] = ports[2].WithNewDescription(ref random, plan);
        var changed = plan.WithPorts(ports);

        var problems = CaptureDiff.Check(plan, GeneratedHosts.Text(plan), GeneratedHosts.Text(changed), new Dictionary<int, (string, string)> { [7] = ("a", "b") });

        problems.Should().Contain(p => p.Contains("listed as changed but none of its lines differ", StringComparison.Ordinal));
        problems.Should().HaveCountGreaterThan(1, "the difference on the third port belongs to no listed port");
    }

    [Theory]
    [MemberData(nameof(AllPlatforms))]
    public void Check_ListedChangeOnly_ReportsNothing(string platform)
    {
        var plan = new HostPlan(1, 0, 0, 12, VendorMix.Only(platform));
        var random = new Prng(42);
        var ports = (PortPlan[])plan.Ports.Clone();
        ports[2] = ports[2].WithNewDescription(ref random, plan);

        var problems = CaptureDiff.Check(plan, GeneratedHosts.Text(plan), GeneratedHosts.Text(plan.WithPorts(ports)),
            new Dictionary<int, (string, string)> { [2] = (plan.Ports[2].Description, ports[2].Description) });

        problems.Should().BeEmpty();
    }

    [Fact]
    public void Check_UptimeChanged_ReportsTheVersionBlock()
    {
        var plan = new HostPlan(1, 0, 0, 12, VendorMix.Only(Platforms.CiscoIos));
        var text = GeneratedHosts.Text(plan);
        var uptime = text.IndexOf(" uptime is ", StringComparison.Ordinal);

        var problems = CaptureDiff.Check(plan, text, text[..uptime] + " uptime is 1 minute" + text[text.IndexOf('\n', uptime)..], new Dictionary<int, (string, string)>());

        problems.Should().ContainSingle().Which.Should().Contain("'show version' changed");
    }
}
