using StateTrace.Engine.Parsing.Juniper;

namespace StateTrace.Engine.Tests.Parsing.Juniper;

public class ChassisHardwareTests
{
    private const string Folder = "ntc-more/juniper_junos/show_chassis_hardware";

    public static TheoryData<string> Fixtures => NtcOracle.Cases(Folder);

    /// <summary>
    /// Their reading has one record per component family, ours one per inventory line, so the facts we take from
    /// it — the chassis serial number and description — are compared with their first record's chassis fields.
    /// Where they cut the Chassis line at the wrong words, our reading is asserted instead.
    /// </summary>
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_NtcFixture_ChassisAgreesWithOracle(string fixture)
    {
        var reports = new ReportCollector();

        var rows = ChassisHardware.Parse(NtcOracle.ReadRaw(fixture), 1, reports.Report);

        var chassis = rows.Should().ContainSingle(r => r.Item == "Chassis").Subject;
        var theirs = NtcOracle.Expected(fixture)[0];
        var expected = Path.GetFileName(fixture) switch
        {
            // "Chassis   A0000   JNP204 [MX204]": theirs takes JNP204 as the serial and [MX204] as the description.
            "juniper_junos_show_chassis_hardware3.raw" => ("A0000", "JNP204 [MX204]"),
            // "Chassis   XH3123120000   Virtual Chassis": theirs takes "Virtual" as the serial and "Chassis" as the description.
            "juniper_junos_show_chassis_hardware_dac_no_revision.raw" => ("XH3123120000", "Virtual Chassis"),
            _ => ((string)theirs["chassis_serial_number"]!, (string)theirs["chassis_description"]!),
        };
        (chassis.SerialNumber, chassis.Description).Should().Be(expected);
        reports.Items.Should().BeEmpty();
    }

    [Fact]
    public void Fixtures_Folder_HoldsEveryCapture()
    {
        NtcOracle.Files(Folder).Should().HaveCount(5);
    }

    [Fact]
    public void Parse_EveryLine_CellsCutAtHeaderColumnsWithDepth()
    {
        var rows = ChassisHardware.Parse(NtcOracle.ReadRaw(Folder + "/juniper_junos_show_chassis_hardware.raw"), 1, null);

        rows.Should().HaveCount(24);
        rows[2].Should().Be(new ChassisItem("PEM 0", "Rev 05", "740-028288", "AJ00000", "AC Power Entry Module", 0));
        rows[4].Should().Be(new ChassisItem("Routing Engine", "", "BUILTIN", "BUILTIN", "Routing Engine", 0));
        rows[5].Should().Be(new ChassisItem("TFEB 0", "", "BUILTIN", "BUILTIN", "Forwarding Engine Processor", 0));
        rows[10].Should().Be(new ChassisItem("Xcvr 0", "REV 01", "740-011571", "USASR24490", "XFP-10G-SR", 3));
        rows[^1].Should().Be(new ChassisItem("Fan Tray", "", "", "", "Fan Tray", 0));
    }

    [Fact]
    public void Parse_NoHeader_ReportsFirstLine()
    {
        var reports = new ReportCollector();

        ChassisHardware.Parse("Chassis   A1111   MX10-T\n", 3, reports.Report).Should().BeEmpty();

        reports.Items.Should().ContainSingle().Which.Line.Should().Be(3);
    }
}
