using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Brocade;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Parsing.Brocade;

public class BrocadeCommandsTests : CommandsRobustnessTests
{
    private protected override IReadOnlyList<string> Names => BrocadeCommands.Names;

    private protected override int Seed => 20240602;

    private protected override string Prompt => "SSH@WLLS-A01-AS-01#";

    private protected override (string Command, string Output) Unread => ("show clock", "12:00:00 GMT+00 Mon Jan 01 2024");

    private protected override string[] ExtraCaptures =>
        [RunningConfigTests.Icx, AuthSessionsTests.Unified, AuthSessionsTests.Dot1x, AuthSessionsTests.MacAuth];

    private protected override string[] VendorHostileLines =>
    [
        "interface", "interface ", "interface ethernet", "vlan", "vlan x name", "authentication",
        " dot1x port-control auto ethe 1/1/1 to", " untagged ethe to to to 1/1/1", "Port Link", "Port    Link    State",
        "1/1/1 Up Forward Full 1G None No 1 0 0000.0000.0000", "MAC Address Port", "0000.0000.0000", "Local port:", "  + :", "+ Port ID:\\",
        "PORT-VLAN", "PORT-VLAN x", "PORT-VLAN 1, Name", " Untagged Ports: (U1/M1", " Tagged Ports: (LAG) 1 (U) 2 () 3", "SW: Version",
        "HW:", "Serial #:", " is , line protocol is ", "x is up, line protocol is up\n  Member of L2 VLAN ID", "  Configured speed ,,,,",
        "1/1/1 0000.0000.0000 MAUTH", "1/1/1 0000.0000.0000 x 1 Yes", "1/1/1 0000.0000.0000 a b c d e f g",
        "1/1/1 " + new string('x', 70_000),
        " Untagged Ports: (U1/M1) " + new string('9', 70_000), "ethe 1/1/1 to 1/1/" + new string('9', 400),
    ];

    private protected override IReadOnlyList<object>? Parse(string command, ReadOnlySpan<char> text, long firstLine, ParseReport? report) =>
        BrocadeCommands.Parse(command, text, firstLine, report);

    private protected override (string Folder, string Command)[] CaptureFolders =>
    [
        ("ntc/brocade_fastiron/show_interfaces_brief", "show interfaces brief"),
        ("ntc-more/ruckus_fastiron/show_interfaces_brief", "show interfaces brief"),
        ("ntc-more/brocade_fastiron/show_version", "show version"),
        ("ntc-more/ruckus_fastiron/show_version", "show version"),
        ("ntc-more/brocade_fastiron/show_interfaces", "show interfaces"),
        ("ntc-more/brocade_fastiron/show_mac-address", "show mac-address"),
        ("ntc-more/ruckus_fastiron/show_mac-address", "show mac-address"),
        ("ntc-more/brocade_fastiron/show_lldp_neighbors_detail", "show lldp neighbors detail"),
        ("ntc-more/ruckus_fastiron/show_vlan", "show vlan"),
    ];

    [Fact]
    public void FixturesWithCommand_CoverEveryCaptureOfThePlatform()
    {
        var all = NtcOracle.Files(
            "ntc/brocade_fastiron/show_interfaces_brief", "ntc-more/brocade_fastiron/show_version", "ntc-more/brocade_fastiron/show_interfaces",
            "ntc-more/brocade_fastiron/show_mac-address", "ntc-more/brocade_fastiron/show_lldp_neighbors_detail",
            "ntc-more/ruckus_fastiron/show_interfaces_brief", "ntc-more/ruckus_fastiron/show_version", "ntc-more/ruckus_fastiron/show_mac-address",
            "ntc-more/ruckus_fastiron/show_vlan");
        var onDisk = Directory.GetFiles(Path.Combine(RepoPaths.Fixtures, "ntc", "brocade_fastiron"), "*.raw", SearchOption.AllDirectories).Length
            + Directory.GetFiles(Path.Combine(RepoPaths.Fixtures, "ntc-more", "brocade_fastiron"), "*.raw", SearchOption.AllDirectories).Length
            + Directory.GetFiles(Path.Combine(RepoPaths.Fixtures, "ntc-more", "ruckus_fastiron"), "*.raw", SearchOption.AllDirectories).Length;

        all.Should().HaveCount(onDisk).And.HaveCount(FixturesWithCommand().Count);
    }

    [Theory]
    [InlineData("sh int br", typeof(InterfaceBriefRow))]
    [InlineData("show interface brief | include Up", typeof(InterfaceBriefRow))]
    [InlineData("sh mac-address", typeof(FastIronMacRow))]
    public void Parse_AbbreviatedCommand_Dispatches(string command, Type record)
    {
        var text = record == typeof(InterfaceBriefRow)
            ? NtcOracle.ReadRaw("ntc/brocade_fastiron/show_interfaces_brief/brocade_fastiron_show_interfaces_brief.raw")
            : NtcOracle.ReadRaw("ntc-more/ruckus_fastiron/show_mac-address/show_mac-address.raw");

        var records = BrocadeCommands.Parse(command, text, 1, null);

        records.Should().NotBeNullOrEmpty().And.AllBeOfType(record);
    }

    [Theory]
    [InlineData("show running-config")]
    [InlineData("show config")]
    [InlineData("show conf")]
    public void Parse_ConfigurationSpellings_ReadTheConfiguration(string command)
    {
        BrocadeCommands.Parse(command, RunningConfigTests.Icx, 1, null).Should().ContainSingle().Which.Should().BeOfType<FastIronConfig>();
    }
}
