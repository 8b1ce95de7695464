using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Detection;
using StateTrace.Engine.Tests.Support;

// Not "…Parsing.Detection": a namespace of that name would hide the Engine's Detection record from every test
// under StateTrace.Engine.Tests.Parsing (C# finds the enclosing namespace before a using-imported type).
namespace StateTrace.Engine.Tests.Parsing.VendorDetection;

public class VendorDetectorTests
{
    // Commands whose output says what the device is; ntc's ruckus_fastiron folder is our brocade_fastiron.
    private static readonly string[] IdentityCommands =
        ["show_version", "show_system", "show_system_info", "show_system_uptime", "show_chassis_hardware"];

    private static readonly Dictionary<string, string> OwnPrompt = new()
    {
        ["cisco_ios"] = "SW1#",
        ["cisco_nxos"] = "N9K-LEAF-1#",
        ["arista_eos"] = "leaf1#",
        ["brocade_fastiron"] = "SSH@ICX7150-48P#",
        ["ruckus_fastiron"] = "SSH@ICX7150-48P#",
        ["aruba_aoscx"] = "CX6300-1#",
        ["hp_procurve"] = "HP-2920-24G#",
        ["juniper_junos"] = "admin@mx240-1> ",
        ["paloalto_panos"] = "admin@PA-VM> ",
    };

    public static TheoryData<string> IdentityCaptures()
    {
        var data = new TheoryData<string>();
        foreach (var capture in Captures())
        {
            if (IdentityCommands.Contains(capture.Split('/')[2]))
            {
                data.Add(capture);
            }
        }

        return data;
    }

    private static List<string> Captures()
    {
        var captures = new List<string>();
        foreach (var tree in new[] { "ntc", "ntc-more" })
        {
            foreach (var raw in Directory.GetFiles(Path.Combine(RepoPaths.Fixtures, tree), "*.raw", SearchOption.AllDirectories))
            {
                captures.Add(Path.GetRelativePath(RepoPaths.Fixtures, raw).Replace('\\', '/'));
            }
        }

        captures.Sort(StringComparer.Ordinal);
        return captures;
    }

    private static string Expected(string capture)
    {
        var folder = capture.Split('/')[1];
        return folder == "ruckus_fastiron" ? Platforms.BrocadeFastIron : folder;
    }

    private static string Command(string capture) => capture.Split('/')[2].Replace('_', ' ');

    private static string Raw(string capture) => File.ReadAllText(Path.Combine(RepoPaths.Fixtures, capture));

    private static string Wrap(string prompt, string command, string output) => $"{prompt}{command}\n{output}\n{prompt}\n";

    private static Detection Detect(string text) => VendorDetector.Detect(new CapturedSession("host", text));

    [Theory]
    [MemberData(nameof(IdentityCaptures))]
    public void Detect_IdentityCaptureBehindANeutralPrompt_IsItsFolderPlatform(string capture)
    {
        var detection = Detect(Wrap("device#", Command(capture), Raw(capture)));

        detection.Platform.Should().Be(Expected(capture), string.Join("; ", detection.Evidence));
        detection.IsKnown.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(IdentityCaptures))]
    public void Detect_IdentityCaptureBehindItsOwnPrompt_IsItsFolderPlatformWithFullConfidence(string capture)
    {
        var detection = Detect(Wrap(OwnPrompt[capture.Split('/')[1]], Command(capture), Raw(capture)));

        detection.Platform.Should().Be(Expected(capture), string.Join("; ", detection.Evidence));
        detection.Confidence.Should().Be(100);
    }

    [Fact]
    public void Detect_EveryFixtureCapture_NeverNamesAWrongPlatform()
    {
        var wrong = new List<string>();
        var known = 0;
        foreach (var capture in Captures())
        {
            foreach (var prompt in new[] { "device#", OwnPrompt[capture.Split('/')[1]] })
            {
                var detection = Detect(Wrap(prompt, Command(capture), Raw(capture)));
                if (!detection.IsKnown)
                {
                    continue;
                }

                known++;
                if (detection.Platform != Expected(capture))
                {
                    wrong.Add($"{capture} behind '{prompt}': {detection.Platform} ({string.Join("; ", detection.Evidence)})");
                }
            }
        }

        wrong.Should().BeEmpty();

        // Single tables that Cisco-like platforms print alike (status, MAC, neighbours) stay unknown; the rest is named.
        known.Should().BeGreaterThanOrEqualTo(150);
    }

    [Fact]
    public void Detect_BlankLinesBannerAndPagerDebrisBeforeTheVersion_StillFindsIt()
    {
        var version = Raw("ntc/cisco_ios/show_version/cisco_ios_show_version4.raw");
        var text = "\n\n*******************************\n* Authorised access only  # > *\n*******************************\n\n"
            + "SW1#terminal length 0\nSW1#\n\nSW1#show version\n\n --More-- \b\b\b\b\b\b\b\b\b\b          \b\b\b\b\b\b\b\b\b\b\n"
            + "\u001b[K\n" + version + "\nSW1#";

        var detection = Detect(text);

        detection.Platform.Should().Be(Platforms.CiscoIos);
        detection.Confidence.Should().Be(100);
    }

    [Fact]
    public void Detect_LoginBannerBeforeTheFirstPrompt_CountsAsEvidence()
    {
        var text = "JUNOS 21.4R3.15 Kernel 64-bit  JNPR-12.1\n--- Juniper Networks ---\n\nadmin@ex4300> show interfaces terse\nge-0/0/0 up up\nadmin@ex4300> ";

        var detection = Detect(text);

        detection.Platform.Should().Be(Platforms.JuniperJunos);
        detection.Evidence.Should().Contain(e => e.Contains("in banner", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_PanOsSystemInfoBehindUserAtHostPrompt_IsPaloAltoNotJuniper()
    {
        var text = Wrap("admin@PA-3220> ", "show system info", Raw("ntc-more/paloalto_panos/show_system_info/paloalto_panos_show_system_info.raw"))
            + Wrap("admin@PA-3220> ", "show interface all", Raw("ntc-more/paloalto_panos/show_interface_all/paloalto_panos_show_interface_all.raw"));

        var detection = Detect(text);

        detection.Platform.Should().Be(Platforms.PaloAltoPanos);
        detection.Confidence.Should().Be(100);
    }

    [Fact]
    public void Detect_PanOsWithoutSystemInfo_IsStillPaloAlto()
    {
        var text = "admin@fw1> set cli pager off\nadmin@fw1> show routing route\n"
            + Raw("ntc-more/paloalto_panos/show_routing_route/paloalto_panos_show_routing_route.raw") + "\nadmin@fw1> ";

        Detect(text).Platform.Should().Be(Platforms.PaloAltoPanos);
    }

    [Fact]
    public void Detect_JunosVersionBehindUserAtHostPrompt_IsJuniper()
    {
        var text = Wrap("admin@mx240> ", "show version | no-more", Raw("ntc-more/juniper_junos/show_version/juniper_junos_show_version.raw"));

        var detection = Detect(text);

        detection.Platform.Should().Be(Platforms.JuniperJunos);
        detection.Confidence.Should().Be(100);
    }

    [Fact]
    public void Detect_UserAtHostPromptAlone_IsUnknownRatherThanJuniper()
    {
        var detection = Detect("admin@fw1> show clock\nThu Apr 28 06:33:12 2016\nadmin@fw1> ");

        detection.IsKnown.Should().BeFalse();
        detection.Platform.Should().BeEmpty();
        detection.Evidence.Should().Contain(e => e.StartsWith("undecided:", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_NexusWhoseCdpNeighboursRunIos_IsNxos()
    {
        var text = Wrap("N9K-1#", "show cdp neighbors detail", Raw("ntc-more/cisco_nxos/show_cdp_neighbors_detail/cisco_nxos_show_cdp_neighbors_detail.raw"))
            + Wrap("N9K-1#", "show version", Raw("ntc-more/cisco_nxos/show_version/cisco_nxos_show_version4.raw"));

        var detection = Detect(text);

        detection.Platform.Should().Be(Platforms.CiscoNxos);
        detection.Evidence.Should().NotContain(e => e.StartsWith(Platforms.CiscoIos, StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_IosWhoseLldpNeighbourRunsJunos_IsIos()
    {
        var text = Wrap("SW1#", "show lldp neighbors detail", Raw("ntc/cisco_ios/show_lldp_neighbors_detail/cisco_ios_show_lldp_neighbors_detail1.raw"))
            + Wrap("SW1#", "show version", Raw("ntc/cisco_ios/show_version/cisco_ios_show_version.raw"));

        Detect(text).Platform.Should().Be(Platforms.CiscoIos);
    }

    [Fact]
    public void Detect_NeighbourTablesAlone_AreNoEvidence()
    {
        var text = Wrap("SW1#", "show lldp neighbors detail", Raw("ntc/cisco_ios/show_lldp_neighbors_detail/cisco_ios_show_lldp_neighbors_detail1.raw"));

        Detect(text).Should().Be(Detection.Unknown);
    }

    [Fact]
    public void Detect_AristaShowVersionAndStatus_IsAristaNotCisco()
    {
        var text = Wrap("leaf1#", "show version", Raw("ntc/arista_eos/show_version/arista_eos_show_version2.raw"))
            + Wrap("leaf1#", "show interfaces status", Raw("ntc/arista_eos/show_interfaces_status/arista_eos_show_interfaces_status.raw"));

        var detection = Detect(text);

        detection.Platform.Should().Be(Platforms.AristaEos);
        detection.Evidence.Should().NotContain(e => e.StartsWith("cisco", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ntc-more/hp_procurve/show_system/hp_procurve_show_system.raw", "show system", Platforms.HpProcurve)]
    [InlineData("ntc-more/aruba_aoscx/show_system/show_system.raw", "show system", Platforms.ArubaAosCx)]
    [InlineData("ntc-more/brocade_fastiron/show_version/brocade_fastiron_show_version.raw", "show version", Platforms.BrocadeFastIron)]
    [InlineData("ntc/hp_procurve/show_interfaces_brief/show_interfaces_brief.raw", "show interfaces brief", Platforms.HpProcurve)]
    [InlineData("ntc-more/ruckus_fastiron/show_interfaces_brief/show_interfaces_brief.raw", "show interfaces brief", Platforms.BrocadeFastIron)]
    public void Detect_ProCurveCxAndFastIron_AreKeptApart(string capture, string command, string platform)
    {
        var detection = Detect(Wrap("switch#", command, Raw(capture)));

        detection.Platform.Should().Be(platform);
        var others = new[] { Platforms.HpProcurve, Platforms.ArubaAosCx, Platforms.BrocadeFastIron }.Where(p => p != platform);
        detection.Evidence.Should().NotContain(e => others.Any(o => e.StartsWith(o, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(Platforms.HpProcurve, "show vlans", " Status and Counters - VLAN Information\n\n  VLAN ID Name | Status\n  1 DEFAULT_VLAN | Port-based", "\"Status and Counters - \" in show vlans (+120)")]
    [InlineData(Platforms.HpProcurve, "show tech all", "Running configuration:\n\n; J9772A Configuration Editor; Created on release #YA.16.10.0009\n\nhostname \"sw1\"", "\"Configuration Editor; Created on release\" in show tech all (+120)")]
    [InlineData(Platforms.BrocadeFastIron, "show tech-support", "==== show version ====\n  UNIT 1: compiled on Jan 1 2024\n        SW: Version 08.0.95dT213\n  HW: Stackable ICX7150-48P-4X1G", "\"HW: Stackable\" in show tech-support (+100)")]
    [InlineData(Platforms.BrocadeFastIron, "show tech-support", "        SW: Version 08.0.95dT213", "\"SW: Version\" in show tech-support (+80)")]
    public void Detect_DeviceHeadingOutsideVersionOutput_CountsInFull(string platform, string command, string output, string evidence)
    {
        var detection = Detect(Wrap("switch#", command, output));

        detection.Platform.Should().Be(platform, string.Join("; ", detection.Evidence));
        detection.Evidence.Should().Contain(platform + ": " + evidence);
    }

    [Fact]
    public void Detect_ProCurveTableWithAnotherVendorInAName_IsStillProCurve()
    {
        var vlans = Raw("ntc-more/hp_procurve/show_vlans/hp_procurve_show_vlans2.raw")
            + "  99      Juniper Networks lab             | Port-based No    No   \n";

        var detection = Detect(Wrap("switch#", "show vlans", vlans));

        detection.Platform.Should().Be(Platforms.HpProcurve, string.Join("; ", detection.Evidence));
        detection.IsKnown.Should().BeTrue("the device's own heading outweighs a vendor named in a VLAN name, which counts at half");
    }

    [Fact]
    public void Detect_FastIronVersionLinesWithAnotherVendorInADescription_IsStillFastIron()
    {
        var text = Wrap("switch#", "show tech-support", "        SW: Version 08.0.95dT213\n  HW: Stackable ICX7150-48P-4X1G")
            + Wrap("switch#", "show interfaces brief", "Port Link State Dupl Speed Trunk Tag Pvid Pri MAC Name\n1/1/1 Up Forward Full 1G None No 1 0 d4c1.9e8f.1108 Arista leaf uplink");

        var detection = Detect(text);

        detection.Platform.Should().Be(Platforms.BrocadeFastIron, string.Join("; ", detection.Evidence));
        detection.Confidence.Should().Be(100);
    }

    [Fact]
    public void Detect_SshAtPromptAndSkipPage_IsFastIronFromPromptAndCommandsAlone()
    {
        var detection = Detect("SSH@ICX7450#skip-page-display\nDisable page display mode\nSSH@ICX7450#show clock\n10:00:00 GMT+00 Mon Jan 01 2024\nSSH@ICX7450#");

        detection.Platform.Should().Be(Platforms.BrocadeFastIron);
        detection.Evidence.Should().Contain(e => e.Contains("prompt SSH@host#", StringComparison.Ordinal))
            .And.Contain(e => e.Contains("command \"skip-page-display\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("admin@ex4300> show interfaces terse\nge-0/0/0 up up\nadmin@ex4300> ", Platforms.JuniperJunos)]
    [InlineData("admin@fw1> show system info\nhostname: fw1\nadmin@fw1> show mac all\nnone\nadmin@fw1> ", Platforms.PaloAltoPanos)]
    [InlineData("leaf1(config-if-Et1)#do show clock\nMon Jan 1\nleaf1(config-if-Et2)#do show clock\nMon Jan 1\nleaf1#", Platforms.AristaEos)]
    [InlineData("ICX(config-if-e1000-1/1/1)#show clock\n10:00\nICX(config-if-e1000-1/1/1)#", Platforms.BrocadeFastIron)]
    [InlineData("HP-2920(eth-A1)#show clock\n10:00\nHP-2920(vlan-10)#show clock\n10:00\nHP-2920#", Platforms.HpProcurve)]
    public void Detect_CommandsAndPromptModes_AreEvidence(string text, string platform)
    {
        Detect(text).Platform.Should().Be(platform);
    }

    [Fact]
    public void Detect_CommandTheDeviceRefused_IsNoEvidence()
    {
        var text = "SW1#show system info\n           ^\n% Invalid input detected at '^' marker.\n\n"
            + Wrap("SW1#", "show version", Raw("ntc/cisco_ios/show_version/cisco_ios_show_version3.raw"));

        var detection = Detect(text);

        detection.Platform.Should().Be(Platforms.CiscoIos);
        detection.Evidence.Should().NotContain(e => e.StartsWith(Platforms.PaloAltoPanos, StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_VendorNamedInAPortDescription_DoesNotOutweighTheVersion()
    {
        var text = Wrap("SW1#", "show version", Raw("ntc/cisco_ios/show_version/cisco_ios_show_version1.raw"))
            + "SW1#show interfaces description\nGi1/0/1 up up Palo Alto Networks fw1 - Juniper Networks mx1 - Arista spine\nSW1#";

        var detection = Detect(text);

        detection.Platform.Should().Be(Platforms.CiscoIos);
        detection.Evidence.Should().Contain(e => e.StartsWith(Platforms.PaloAltoPanos, StringComparison.Ordinal) && e.EndsWith("(+50)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("no prompt here\njust text")]
    public void Detect_NothingToGoOn_IsUnknown(string text)
    {
        Detect(text).Should().Be(Detection.Unknown);
    }

    [Fact]
    public void Detect_Evidence_NamesPhraseWhereAndScoreStrongestFirst()
    {
        var detection = Detect(Wrap("SW1#", "sh ver", Raw("ntc/cisco_ios/show_version/cisco_ios_show_version.raw")));

        detection.Evidence[0].Should().Be("cisco_ios: \"Cisco IOS Software\" in show version (+100)");
        detection.Evidence.Should().Contain("cisco_ios: \"Configuration register is\" in show version (+60)");
    }
}
