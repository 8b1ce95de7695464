namespace StateTrace.Engine.Parsing.Detection;

/// <summary>A phrase that only one platform prints. Case-sensitive ones guard against words in descriptions.</summary>
/// <param name="Heading">
/// A heading or label the device prints itself (<c>Status and Counters - Port Status</c>), never a vendor or product
/// name that a description or banner might repeat: it counts in full in any output but neighbour tables.
/// </param>
internal sealed record ContentMarker(string Platform, string Text, int Score, bool CaseSensitive = false, bool Heading = false);

/// <summary>A command only one platform has; <see cref="Canonical"/> matches it and anything longer.</summary>
internal sealed record CommandMarker(string Platform, string Canonical, int Score);

/// <summary>A configuration-mode prompt shape (<c>host(config-if-e1000-1/1/1)#</c>) only one platform uses.</summary>
internal sealed record ModeMarker(string Platform, string Prefix, int Score, bool NeedsDigit = false);

/// <summary>
/// The evidence table. Phrases are taken from real captures (tests/fixtures/ntc*, ntc-templates) and from each
/// platform's own banners, configuration headers and table headers. Scores are per phrase, counted once per
/// session; a version or system block counts in full, other output at half (a description may name any vendor) unless
/// the phrase is a heading only the device prints, and neighbour tables not at all (a Cisco switch's LLDP table
/// prints its Juniper neighbour's banner).
/// </summary>
internal static class DetectionRules
{
    public static IReadOnlyList<ContentMarker> Content { get; } =
    [
        // Cisco IOS and IOS-XE: show version, running-config, VLAN table.
        new(Platforms.CiscoIos, "Cisco IOS Software", 100),
        new(Platforms.CiscoIos, "Cisco IOS XE Software", 100),
        new(Platforms.CiscoIos, "IOS-XE Software", 60),
        new(Platforms.CiscoIos, "Cisco Internetwork Operating System Software", 100),
        new(Platforms.CiscoIos, "Configuration register is", 60),
        new(Platforms.CiscoIos, "Building configuration...", 40),
        new(Platforms.CiscoIos, "Current configuration : ", 40),
        new(Platforms.CiscoIos, "fddi-default", 40),

        // NX-OS: show version, running-config header, MAC table legend, status table values.
        new(Platforms.CiscoNxos, "Cisco Nexus Operating System", 120),
        new(Platforms.CiscoNxos, "NX-OS", 60, CaseSensitive: true),
        new(Platforms.CiscoNxos, "NXOS: version", 80),
        new(Platforms.CiscoNxos, "NXOS image file", 60),
        new(Platforms.CiscoNxos, "kickstart: version", 60),
        new(Platforms.CiscoNxos, "Kernel uptime is", 40),
        new(Platforms.CiscoNxos, "cisco Nexus", 60),
        new(Platforms.CiscoNxos, "!Command: show running-config", 50, CaseSensitive: true),
        new(Platforms.CiscoNxos, "Bios:version", 60),
        new(Platforms.CiscoNxos, "G - Gateway MAC", 120),
        new(Platforms.CiscoNxos, "xcvrAbsen", 80, CaseSensitive: true),
        new(Platforms.CiscoNxos, "sfpAbsent", 80, CaseSensitive: true),

        // Arista EOS: show version ("Arista vEOS", "Arista DCS-7050…"), running-config header, show interfaces.
        new(Platforms.AristaEos, "Arista Networks EOS", 100),
        new(Platforms.AristaEos, "Software image version:", 80),
        new(Platforms.AristaEos, "Internal build version:", 60),
        new(Platforms.AristaEos, "Arista ", 50, CaseSensitive: true),
        new(Platforms.AristaEos, "vEOS", 30, CaseSensitive: true),
        new(Platforms.AristaEos, "cEOS", 30, CaseSensitive: true),
        new(Platforms.AristaEos, "! device: ", 80, CaseSensitive: true),
        new(Platforms.AristaEos, "uni-link:", 120),
        new(Platforms.AristaEos, "Last Move", 40, CaseSensitive: true),
        new(Platforms.AristaEos, "System has ", 30, CaseSensitive: true),

        // Brocade / Ruckus FastIron and ICX: show version, VLANs, MAC table, interfaces brief, show interfaces, config.
        new(Platforms.BrocadeFastIron, "FastIron", 100),
        new(Platforms.BrocadeFastIron, "Brocade Communications", 100),
        new(Platforms.BrocadeFastIron, "Ruckus Networks", 100),
        new(Platforms.BrocadeFastIron, "Ruckus Wireless", 100),
        new(Platforms.BrocadeFastIron, "Foundry Networks", 100),
        new(Platforms.BrocadeFastIron, "IronWare", 80),
        new(Platforms.BrocadeFastIron, "SW: Version", 80, CaseSensitive: true, Heading: true),
        new(Platforms.BrocadeFastIron, "HW: Stackable", 100, CaseSensitive: true, Heading: true),
        new(Platforms.BrocadeFastIron, "Boot-Monitor Image size", 60),
        new(Platforms.BrocadeFastIron, "Compressed Primary Boot Code", 60),
        new(Platforms.BrocadeFastIron, "STACKID", 40, CaseSensitive: true),
        new(Platforms.BrocadeFastIron, "My stack unit ID", 40),
        new(Platforms.BrocadeFastIron, "P-ENGINE", 30, CaseSensitive: true),
        new(Platforms.BrocadeFastIron, "P-ASIC", 30, CaseSensitive: true),
        new(Platforms.BrocadeFastIron, "Total PORT-VLAN entries", 120),
        new(Platforms.BrocadeFastIron, "Legend: [Stk=Stack-Id", 40),
        new(Platforms.BrocadeFastIron, "Trunk Tag Pvid Pri MAC", 120),
        new(Platforms.BrocadeFastIron, "Total active entries from all ports", 120),
        new(Platforms.BrocadeFastIron, "Configured mdi mode", 80),
        new(Platforms.BrocadeFastIron, "Link Error Dampening", 30),
        new(Platforms.BrocadeFastIron, "-port-management-module", 50),
        new(Platforms.BrocadeFastIron, "\nver ", 30, CaseSensitive: true),

        // Aruba AOS-CX: show system, show version, running-config header, port-access, show interface, MAC table.
        new(Platforms.ArubaAosCx, "ArubaOS-CX", 120),
        new(Platforms.ArubaAosCx, "AOS-CX", 100),
        new(Platforms.ArubaAosCx, "Chassis Serial Nbr", 60),
        new(Platforms.ArubaAosCx, "HPE ANW", 30, CaseSensitive: true),
        new(Platforms.ArubaAosCx, "Port Access Client Status Details", 120),
        new(Platforms.ArubaAosCx, "Admin state is ", 60),
        new(Platforms.ArubaAosCx, "Link transitions:", 60),
        new(Platforms.ArubaAosCx, "MAC age-time", 80),

        // HP ProCurve / Aruba AOS-Switch: "Status and Counters - …" heads show system, interfaces brief, MAC, VLANs.
        new(Platforms.HpProcurve, "ProCurve", 100),
        new(Platforms.HpProcurve, "Status and Counters - ", 120, Heading: true),
        new(Platforms.HpProcurve, "Image stamp:", 80),
        new(Platforms.HpProcurve, "Configuration Editor; Created on release", 120, Heading: true),
        new(Platforms.HpProcurve, "Base MAC Addr ", 40),
        new(Platforms.HpProcurve, "Software revision", 40),
        new(Platforms.HpProcurve, "Aruba Operating System Software", 80),
        new(Platforms.HpProcurve, "ArubaOS (MODEL", 60),
        new(Platforms.HpProcurve, "Config-mode", 80, CaseSensitive: true),
        new(Platforms.HpProcurve, "Press any key to continue", 20),

        // Juniper Junos: show version, system uptime, chassis hardware, interfaces, switching table, configuration.
        new(Platforms.JuniperJunos, "JUNOS", 100, CaseSensitive: true),
        new(Platforms.JuniperJunos, "Junos:", 100, CaseSensitive: true),
        new(Platforms.JuniperJunos, "Juniper Networks", 80),
        new(Platforms.JuniperJunos, "{master:", 60, CaseSensitive: true),
        new(Platforms.JuniperJunos, "{primary:node", 60, CaseSensitive: true),
        new(Platforms.JuniperJunos, "{secondary:node", 60, CaseSensitive: true),
        new(Platforms.JuniperJunos, "{linecard:", 40, CaseSensitive: true),
        new(Platforms.JuniperJunos, "{backup:", 40, CaseSensitive: true),
        new(Platforms.JuniperJunos, "System booted:", 60),
        new(Platforms.JuniperJunos, "Protocols started:", 60),
        new(Platforms.JuniperJunos, "Last configured:", 30),
        new(Platforms.JuniperJunos, "Hardware inventory:", 70),
        new(Platforms.JuniperJunos, "Routing Engine", 30, CaseSensitive: true),
        new(Platforms.JuniperJunos, "Physical interface: ", 80),
        new(Platforms.JuniperJunos, "Logical interface ", 20),
        new(Platforms.JuniperJunos, "Ethernet switching table", 120),
        new(Platforms.JuniperJunos, "## Last commit:", 60),
        new(Platforms.JuniperJunos, "## Last changed:", 60),
        new(Platforms.JuniperJunos, "set system host-name", 60),
        new(Platforms.JuniperJunos, "fpc0:", 30, CaseSensitive: true),
        new(Platforms.JuniperJunos, "[edit]", 15, CaseSensitive: true),

        // Palo Alto PAN-OS: show system info, interfaces, MAC table, routes, configuration.
        new(Platforms.PaloAltoPanos, "sw-version:", 100),
        new(Platforms.PaloAltoPanos, "PAN-OS", 100),
        new(Platforms.PaloAltoPanos, "Palo Alto Networks", 100),
        new(Platforms.PaloAltoPanos, "app-version:", 60),
        new(Platforms.PaloAltoPanos, "threat-version:", 60),
        new(Platforms.PaloAltoPanos, "wildfire-version:", 40),
        new(Platforms.PaloAltoPanos, "url-filtering-version:", 40),
        new(Platforms.PaloAltoPanos, "logdb-version:", 40),
        new(Platforms.PaloAltoPanos, "vm-license:", 40),
        new(Platforms.PaloAltoPanos, "multi-vsys:", 40),
        new(Platforms.PaloAltoPanos, "operational-mode:", 30),
        new(Platforms.PaloAltoPanos, "global-protect-", 30),
        new(Platforms.PaloAltoPanos, "model: PA-", 80, CaseSensitive: true),
        new(Platforms.PaloAltoPanos, "total configured hardware interfaces:", 120),
        new(Platforms.PaloAltoPanos, "total MAC entries in table", 120),
        new(Platforms.PaloAltoPanos, "VIRTUAL ROUTER:", 60, CaseSensitive: true),
        new(Platforms.PaloAltoPanos, "flags: A:active", 60),
        new(Platforms.PaloAltoPanos, "deviceconfig", 60),
        new(Platforms.PaloAltoPanos, "mgt-config", 40),
        new(Platforms.PaloAltoPanos, "[edit]", 15, CaseSensitive: true),
    ];

    /// <summary>
    /// Commands typed (canonical names) that only one platform understands, counted when they produced output; the
    /// first that fits a command counts, so longer names come first.
    /// </summary>
    public static IReadOnlyList<CommandMarker> Commands { get; } =
    [
        new(Platforms.BrocadeFastIron, "skip-page-display", 60),
        new(Platforms.BrocadeFastIron, "skip-page", 60),
        new(Platforms.JuniperJunos, "show interfaces terse", 60),
        new(Platforms.JuniperJunos, "show ethernet-switching", 60),
        new(Platforms.JuniperJunos, "show chassis hardware", 50),
        new(Platforms.JuniperJunos, "show system uptime", 40),
        new(Platforms.JuniperJunos, "set cli screen-length", 60),
        new(Platforms.JuniperJunos, "show configuration", 30),
        new(Platforms.PaloAltoPanos, "show system info", 70),
        new(Platforms.PaloAltoPanos, "set cli pager", 50),
        new(Platforms.PaloAltoPanos, "set cli config-output-format", 50),
        new(Platforms.PaloAltoPanos, "show interface all", 50),
        new(Platforms.PaloAltoPanos, "show routing route", 60),
        new(Platforms.PaloAltoPanos, "show mac all", 60),
        new(Platforms.PaloAltoPanos, "show arp all", 50),
        new(Platforms.PaloAltoPanos, "show lldp neighbors all", 50),
        new(Platforms.PaloAltoPanos, "show high-availability", 50),
        new(Platforms.PaloAltoPanos, "show config running", 50),
        new(Platforms.ArubaAosCx, "show lldp neighbors-info", 50),
        new(Platforms.ArubaAosCx, "show aaa authentication port-access", 60),
        new(Platforms.HpProcurve, "show lldp info remote-device", 60),
        new(Platforms.HpProcurve, "show system information", 50),
        new(Platforms.CiscoIos, "show access-session", 30),
        new(Platforms.CiscoIos, "show authentication sessions", 20),
        new(Platforms.CiscoNxos, "show interface status", 15),
    ];

    /// <summary>Configuration-mode names in prompts, <c>host(&lt;mode&gt;)#</c>.</summary>
    public static IReadOnlyList<ModeMarker> Modes { get; } =
    [
        // FastIron: "(config-if-e1000-1/1/1)", "(config-vif-10)".
        new(Platforms.BrocadeFastIron, "config-if-e", 60, NeedsDigit: true),
        new(Platforms.BrocadeFastIron, "config-vif-", 40),

        // EOS names the interface in the mode: "(config-if-Et1)", "(config-if-Po10)".
        new(Platforms.AristaEos, "config-if-Et", 60),
        new(Platforms.AristaEos, "config-if-Po", 60),
        new(Platforms.AristaEos, "config-if-Ma", 60),
        new(Platforms.AristaEos, "config-if-Vl", 60),
        new(Platforms.AristaEos, "config-if-Lo", 60),

        // AOS-CX: "(config-if-vlan)", "(config-lag-if)".
        new(Platforms.ArubaAosCx, "config-if-vlan", 40),
        new(Platforms.ArubaAosCx, "config-lag-if", 40),

        // ProCurve / AOS-Switch: "(eth-A1)", "(vlan-10)".
        new(Platforms.HpProcurve, "eth-", 50),
        new(Platforms.HpProcurve, "vlan-", 40),
    ];

    /// <summary><c>SSH@host#</c> / <c>telnet@host#</c>.</summary>
    public const int FastIronLoginScore = 80;

    /// <summary><c>user@host&gt;</c>: Junos and PAN-OS alike, so it never decides between them.</summary>
    public const int UserAtHostScore = 25;
}
