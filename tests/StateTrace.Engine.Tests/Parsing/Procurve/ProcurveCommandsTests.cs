using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Procurve;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Parsing.Procurve;

public class ProcurveCommandsTests : CommandsRobustnessTests
{
    private protected override IReadOnlyList<string> Names => ProcurveCommands.Names;

    private protected override int Seed => 20240603;

    private protected override string Prompt => "WLLS-A01-AS-02# ";

    private protected override (string Command, string Output) Unread => ("show time", "Mon Jan  1 12:00:00 2024");

    private protected override string[] ExtraCaptures =>
        [RunningConfigTests.Aos16, PortAccessClientsTests.Clients, PortAccessClientsTests.WithStatus, ShowVersionTests.Aos];

    private protected override string[] VendorHostileLines =>
    [
        "interface", "interface 1", "vlan", "vlan 1 untagged", "vlan x", " untagged vlan 1-99999999",
        "aaa port-access authenticator 1-", "aaa port-access mac-based -,-", "---", "- -", "--\n1", " | \n ---- + ----\n x | y",
        "Image stamp:", "Image stamp: K.", "ArubaOS (MODEL:", "ArubaOS )MODEL: (", ": : :", "  Up Time  :  a  b  :  c  :", "Local Port :",
        "  Type : ipv4\n  Address : 1", "  ----- ------\n       1, 2", "; Configuration Editor", "; x Configuration Editor; release #",
        "1 " + new string('x', 70_000),
        "  ----\n  " + new string('9', 70_000), "  ----- -----\n  A1-" + new string('9', 300),
    ];

    private protected override IReadOnlyList<object>? Parse(string command, ReadOnlySpan<char> text, long firstLine, ParseReport? report) =>
        ProcurveCommands.Parse(command, text, firstLine, report);

    private protected override (string Folder, string Command)[] CaptureFolders =>
    [
        ("ntc/hp_procurve/show_interfaces_brief", "show interfaces brief"),
        ("ntc-more/hp_procurve/show_interfaces_status", "show interfaces status"),
        ("ntc-more/hp_procurve/show_version", "show version"),
        ("ntc-more/hp_procurve/show_system", "show system"),
        ("ntc-more/hp_procurve/show_mac-address", "show mac-address"),
        ("ntc-more/hp_procurve/show_vlans", "show vlans"),
        ("ntc-more/hp_procurve/show_lldp_info_remote-device_detail", "show lldp info remote-device detail"),
    ];

    [Fact]
    public void FixturesWithCommand_CoverEveryCaptureOfThePlatform()
    {
        var onDisk = Directory.GetFiles(Path.Combine(RepoPaths.Fixtures, "ntc", "hp_procurve"), "*.raw", SearchOption.AllDirectories).Length
            + Directory.GetFiles(Path.Combine(RepoPaths.Fixtures, "ntc-more", "hp_procurve"), "*.raw", SearchOption.AllDirectories).Length;

        FixturesWithCommand().Should().HaveCount(onDisk);
    }

    [Theory]
    [InlineData("sh int br", typeof(ProcurveBriefRow))]
    [InlineData("show interface brief | include Up", typeof(ProcurveBriefRow))]
    [InlineData("sh int status", typeof(ProcurveStatusRow))]
    public void Parse_AbbreviatedCommand_Dispatches(string command, Type record)
    {
        var text = record == typeof(ProcurveBriefRow)
            ? NtcOracle.ReadRaw("ntc/hp_procurve/show_interfaces_brief/show_interfaces_brief.raw")
            : NtcOracle.ReadRaw("ntc-more/hp_procurve/show_interfaces_status/show_interfaces_status.raw");

        ProcurveCommands.Parse(command, text, 1, null).Should().NotBeNullOrEmpty().And.AllBeOfType(record);
    }
}
