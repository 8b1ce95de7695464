using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Aruba;

namespace StateTrace.Engine.Tests.Parsing.Aruba;

public class ArubaCommandsTests : CommandsRobustnessTests
{
    private protected override IReadOnlyList<string> Names => ArubaCommands.Names;

    private protected override int Seed => 20260205;

    private protected override string Prompt => "WLLS-A01-AS-02# ";

    private protected override (string Command, string Output) Unread => ("show clock", "Thu Feb 05 12:00:00 UTC 2026");

    private protected override string[] VendorHostileLines =>
    [
        "Interface", "Interface  is ", "Interface x is", "Aggregate", " :", ":", "Port :",
        "Client", "Client ,", "Client 00:00:00:00:00:00,", "interface", "interface ", "interface lag", "    enable", "    exit",
        "VLAN Name Status\n1", "VLAN Name Status\n1 a up", "Port Native Mode Type Enabled Status\n1/1/1 1 a b c d",
        "MAC Address VLAN Type Port\n00:00:00:00:00:00", "Up Time : 1 , , weeks",
        "1/1/1 " + new string('x', 70_000),
    ];

    private protected override IReadOnlyList<object>? Parse(string command, ReadOnlySpan<char> text, long firstLine, ParseReport? report) =>
        ArubaCommands.Parse(command, text, firstLine, report);

    private protected override (string Folder, string Command)[] CaptureFolders =>
    [
        ("ntc-more/aruba_aoscx/show_system", "show system"),
        ("ntc-more/aruba_aoscx/show_interface", "show interface"),
        ("ntc-more/aruba_aoscx/show_mac-address-table", "show mac-address-table"),
        ("ntc-more/aruba_aoscx/show_vlan", "show vlan"),
        ("ntc-more/aruba_aoscx/show_lldp_neighbors-info_detail", "show lldp neighbor-info detail"),
        ("ntc-more/aruba_aoscx/show_aaa_authentication_port-access_interface_all_client-status",
            "show aaa authentication port-access interface all client-status"),
    ];

    [Theory]
    [InlineData("sh int", typeof(CxInterface))]
    [InlineData("show interface", typeof(CxInterface))]
    [InlineData("sh int brief", typeof(CxInterfaceBriefRow))]
    [InlineData("show lldp neighbors-info detail", typeof(CxLldpNeighbor))]
    [InlineData("show lldp neighbor-info detail | no-more", typeof(CxLldpNeighbor))]
    [InlineData("sh run", typeof(CxRunningConfig))]
    public void Parse_SpellingsOfACommand_ReachItsParser(string command, Type record)
    {
        var text = record == typeof(CxInterfaceBriefRow) ? ArubaSamples.InterfaceBrief
            : record == typeof(CxRunningConfig) ? ArubaSamples.RunningConfig
            : record == typeof(CxLldpNeighbor) ? NtcOracle.ReadRaw("ntc-more/aruba_aoscx/show_lldp_neighbors-info_detail/show_lldp_neighbors-info_detail.raw")
            : NtcOracle.ReadRaw("ntc-more/aruba_aoscx/show_interface/show_interface1.raw");

        ArubaCommands.Parse(command, text, 1, null).Should().NotBeEmpty().And.AllBeOfType(record);
    }
}
