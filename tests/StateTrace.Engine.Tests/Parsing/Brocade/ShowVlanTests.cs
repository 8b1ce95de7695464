using StateTrace.Engine.Parsing.Brocade;

namespace StateTrace.Engine.Tests.Parsing.Brocade;

public class ShowVlanTests
{
    public static TheoryData<string> Fixtures => NtcOracle.Cases("ntc-more/ruckus_fastiron/show_vlan");

    /// <summary>
    /// Their records are one per (VLAN, port), some twice: once with stack_id/slot, once with the group in "lag"
    /// (<c>U1/M1</c>, or <c>LAG</c> for link aggregation groups). Both name the same port, so the sets must agree.
    /// </summary>
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcMoreFixture_SameMembershipAsOracle(string fixture)
    {
        var reports = new ReportCollector();
        var theirs = NtcOracle.Expected(fixture);

        var rows = ShowVlan.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        reports.Items.Should().BeEmpty();
        var ours = new HashSet<string>();
        foreach (var row in rows)
        {
            ours.UnionWith(row.Untagged.Select(p => $"{row.VlanId} Untagged {p}"));
            ours.UnionWith(row.Tagged.Select(p => $"{row.VlanId} Tagged {p}"));
        }

        var expected = theirs.Select(r => $"{r["vlan_id"]} {r["status"]} {PortOf(r)}").ToHashSet();
        ours.Should().BeEquivalentTo(expected);

        var names = theirs.Select(r => ((string)r["vlan_id"]!, (string)r["vlan_name"]!)).Distinct().ToList();
        rows.Where(r => names.Any(n => n.Item1 == r.VlanId)).Select(r => (r.VlanId, r.Name))
            .Should().BeEquivalentTo(names.Select(n => (n.Item1, n.Item2 == "[None]" ? "" : n.Item2)), "'[None]' is how FastIron says a VLAN has no name");
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files("ntc-more/ruckus_fastiron/show_vlan").Should().HaveCount(2);
    }

    [Fact]
    public void Parse_GroupsAndLags_GiveTableFormPorts()
    {
        var rows = ShowVlan.Parse(NtcOracle.ReadRaw("ntc-more/ruckus_fastiron/show_vlan/show_vlan1.raw"), 1, null);

        rows.Should().HaveCount(53);
        rows[0].Should().BeEquivalentTo(new { VlanId = "1", Name = "", Untagged = Array.Empty<string>() });
        rows[0].Tagged.Should().StartWith(["1/1/1", "1/1/2"]).And.Contain(["1/1/46", "1/2/5", "lg1", "lg71"]);
    }

    [Fact]
    public void Parse_ChassisSlotAndFixedPorts_AreNamedAsTheDevicePrintsThem()
    {
        const string text = """
            PORT-VLAN 20, Name Users, Priority level0, Spanning tree Off
             Untagged Ports: (S3)   1   2
               Tagged Ports: 7 8
            """;

        var row = ShowVlan.Parse(text, 1, null).Should().ContainSingle().Subject;

        row.Untagged.Should().Equal("3/1", "3/2");
        row.Tagged.Should().Equal("7", "8");
    }

    [Fact]
    public void Parse_NoVlanLine_Reports()
    {
        var reports = new ReportCollector();

        ShowVlan.Parse("Invalid input -> vlan\n", 5, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(5);
    }

    private static string PortOf(Dictionary<string, object?> r)
    {
        var port = (string)r["port"]!;
        var lag = (string)r["lag"]!;
        if (lag == "LAG")
        {
            return "lg" + port;
        }

        if (lag.Length > 0)
        {
            var parts = lag.Split('/');
            return $"{parts[0][1..]}/{parts[1][1..]}/{port}";
        }

        return $"{r["stack_id"]}/{r["slot"]}/{port}";
    }
}
