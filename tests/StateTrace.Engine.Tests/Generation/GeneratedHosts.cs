using System.Text;
using StateTrace.Engine.Generation;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Sites;

namespace StateTrace.Engine.Tests.Generation;

/// <summary>Generated hosts rendered in memory, and the parser checks the generator tests share.</summary>
internal static class GeneratedHosts
{
    /// <summary>Hosts 0..<paramref name="hostsPerSite"/>-1 of sites 0..<paramref name="sites"/>-1 and their captures.</summary>
    public static IEnumerable<(HostPlan Plan, string Text)> Render(VendorMix mix, int sites, int hostsPerSite, int ports, ulong seed = 1)
    {
        for (var s = 0; s < sites; s++)
        {
            for (var h = 0; h < hostsPerSite; h++)
            {
                var plan = new HostPlan(seed, s, h, ports, mix);
                yield return (plan, Text(plan));
            }
        }
    }

    public static string Text(HostPlan plan)
    {
        var text = new StringBuilder();
        SessionWriters.For(plan).Write(plan, text);
        return text.ToString();
    }

    /// <summary>What the ingest pipeline does with a host: detect, then parse with the detected platform's parser.</summary>
    public static DeviceFacts Parse(IDeviceParser parser, string hostname, string text, string platform)
    {
        var facts = new DeviceFacts { Hostname = hostname, Site = SiteNames.SiteOf(hostname), Platform = platform };
        parser.Parse(new CapturedSession(hostname, text), facts);
        return facts;
    }

    /// <summary>
    /// Checks that <paramref name="facts"/> hold exactly one interface per generated port, whose Port, Status, Vlan and
    /// Description are what the device printed (<see cref="ISessionWriter.View"/>), and no diagnostics.
    /// </summary>
    public static void ShouldMatch(DeviceFacts facts, HostPlan plan)
    {
        var writer = SessionWriters.For(plan);
        facts.Diagnostics.Select(d => $"line {d.Line}: {d.Reason}").Should().BeEmpty($"{plan.Hostname} ({plan.Platform}) is generated as the device prints it");
        for (var i = 0; i < plan.Ports.Length; i++)
        {
            var view = writer.View(plan, i, plan.Ports[i]);
            var rows = facts.Interfaces.Where(f => f.Port == view.Port).ToList();
            rows.Should().ContainSingle($"{plan.Hostname} ({plan.Platform}) has port {view.Port}; the parser emitted [{string.Join(", ", facts.Interfaces.Take(6).Select(f => f.Port))}…]");
            var row = rows[0];
            var because = $"{plan.Hostname} ({plan.Platform}) port {view.Port}";
            row.Status.Should().Be(view.Status, because);
            row.Vlan.Should().Be(view.Vlan, because);
            row.Description.Trim().Should().Be(view.Description.Trim(), because);
        }
    }
}
