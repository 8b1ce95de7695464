using StateTrace.Engine.Parsing.PaloAlto;

namespace StateTrace.Engine.Tests.Parsing.PaloAlto;

public class RoutingRouteTests
{
    private const string Folder = "ntc-more/paloalto_panos/show_routing_route";

    private static readonly (string, string)[] Mapping =
    [
        ("Network", "network"), ("PrefixLength", "prefix_length"), ("Nexthop", "nexthop_ip"), ("Metric", "metric"), ("Flags", "flags"),
        ("Age", "age"), ("Interface", "nexthop_if"), ("NextAs", "next_as"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = RoutingRoute.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        string.Join(Environment.NewLine, NtcOracle.Compare(fixture, rows, Mapping)).Should().BeEmpty();
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(2);
    }

    [Fact]
    public void Parse_VirtualRouterSection_NamesEveryRoute()
    {
        var rows = RoutingRoute.Parse(NtcOracle.ReadRaw(Folder + "/paloalto_panos_show_routing_route.raw"), 1, null);

        rows.Should().OnlyContain(r => r.VirtualRouter == "VR_HANDOFF");
        rows[1].Should().Be(new PanosRoute("VR_HANDOFF", "10.0.0.0/8", "10.0.0.0", "8", "discard", "10", "A S", "", "", ""));
    }
}
