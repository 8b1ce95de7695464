using StateTrace.Engine.Parsing.Arista;

namespace StateTrace.Engine.Tests.Parsing.Arista;

public class InventoryTests
{
    private const string Folder = "ntc-more/arista_eos/show_inventory";

    private static readonly (string, string)[] Mapping =
    [
        ("Slot", "port"), ("Model", "pid"), ("Description", "descr"), ("Serial", "sn"), ("HardwareVersion", "vid"),
    ];

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    // Their reading also lists the "System has N ports" counts (Management 1, Switched 52) as items with no model;
    // those are port counts, not hardware, so we compare every item they list that names a model.
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcMoreFixture_EveryHardwareItemAgrees(string fixture)
    {
        var reports = new ReportCollector();

        var items = Inventory.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        var theirs = NtcOracle.Expected(fixture).Where(r => (string?)r["pid"] is { Length: > 0 }).ToList();
        items.Should().HaveCount(theirs.Count);
        for (var i = 0; i < theirs.Count; i++)
        {
            foreach (var (ours, their) in Mapping)
            {
                var value = (string)typeof(AristaInventoryItem).GetProperty(ours)!.GetValue(items[i])!;
                value.Should().Be(((string?)theirs[i][their] ?? "").Trim(), $"item {i} {ours}");
            }
        }

        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(2);
    }

    [Fact]
    public void Parse_Sections_KindsInOrder()
    {
        var items = Inventory.Parse(NtcOracle.ReadRaw(Folder + "/arista_eos_show_inventory1.raw"), 1, null);

        items[0].Should().Be(new AristaInventoryItem(AristaInventoryKind.System, "", "DCS-7150S-52-CL", "52-port SFP+ 10GigE 1RU + Clock", "JPE13120702", "02.00"));
        items.Select(i => i.Kind).Distinct().Should().Equal(
            AristaInventoryKind.System, AristaInventoryKind.PowerSupply, AristaInventoryKind.Fan, AristaInventoryKind.Transceiver);
        items[^1].Should().Be(new AristaInventoryItem(AristaInventoryKind.Transceiver, "52", "SFP-10G-SR", "Arista Networks", "XCW1225FD753", "0002"));
    }

    [Fact]
    public void Parse_LineOutsideAnySection_ReportsIt()
    {
        var reports = new ReportCollector();

        var items = Inventory.Parse("garbage before\nSystem information\n DCS-7050SX-64 64-port\n 01.00 JPE1 2015-01-01\n", 20, reports.Report);

        items.Should().ContainSingle().Which.Serial.Should().Be("JPE1");
        reports.Items.Should().ContainSingle().Which.Line.Should().Be(20);
    }
}
