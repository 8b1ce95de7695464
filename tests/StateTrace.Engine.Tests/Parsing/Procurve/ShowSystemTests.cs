using StateTrace.Engine.Parsing.Procurve;

namespace StateTrace.Engine.Tests.Parsing.Procurve;

public class ShowSystemTests
{
    public static TheoryData<string> Fixtures => NtcOracle.Cases("ntc-more/hp_procurve/show_system");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcMoreFixture_AgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();
        var theirs = NtcOracle.Expected(fixture);

        var system = ShowSystem.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        reports.Items.Should().BeEmpty();
        system.Name.Should().Be((string)theirs[0]["name"]!);
        system.Contact.Should().Be((string)theirs[0]["contact"]!);
        system.Location.Should().Be((string)theirs[0]["location"]!);
        system.Version.Should().Be((string)theirs[0]["software_version"]!);
        system.RomVersion.Should().Be((string)theirs[0]["rom_version"]!);
        system.Uptime.Should().Be((string)theirs[0]["uptime"]!);
        system.Serial.Should().Equal(theirs.Select(r => (string)r["serial"]!), "a VSF stack lists one serial per member, one record each on their side");
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files("ntc-more/hp_procurve/show_system").Should().HaveCount(2);
    }

    [Fact]
    public void Parse_TwoPairsPerLine_SplitsAtTheGapBeforeTheSecondKey()
    {
        var system = ShowSystem.Parse(NtcOracle.ReadRaw("ntc-more/hp_procurve/show_system/hp_procurve_show_system.raw"), 1, null);

        system.Should().BeEquivalentTo(new
        {
            Name = "HP_Procurve-01",
            Location = "Downtown DC2",
            Version = "K.15.06.0017",
            BaseMac = "7446a0-41a56f",
            Serial = new[] { "AB12CDE3FG" },
            Uptime = "15 days",
        });
    }

    [Fact]
    public void Parse_ValueWithColonAndProductName_StayWhole()
    {
        const string text = """
              System Name        : core-sw
              System Location    : Bldg 5: Room 2
              Product Name       : Aruba 2930F-48G-PoE+-4SFP+ Switch (JL256A)
              Up Time            : 12:30:15
            """;

        var system = ShowSystem.Parse(text, 1, null);

        system.Location.Should().Be("Bldg 5: Room 2");
        system.Uptime.Should().Be("12:30:15");
        system.Model.Should().Be("Aruba 2930F-48G-PoE+-4SFP+ Switch (JL256A)");
    }

    [Fact]
    public void Parse_NothingKnown_Reports()
    {
        var reports = new ReportCollector();

        ShowSystem.Parse("Invalid input: system\n", 8, reports.Report);

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(8);
    }
}
