namespace StateTrace.Engine.Parsing.Templates;

/// <summary>
/// The template files StateTrace ships, written to <c>Data/Templates/&lt;vendor&gt;.json</c> when absent (kept as source,
/// not embedded resources, so the Engine needs no resource build step). Names, aliases and colours are the
/// original's; the required and excluded lines are each vendor's usual 802.1X / MAC-authentication port commands,
/// matching how the parsers name a port's AuthTemplate (<c>flexible</c>, <c>dot1x</c>, <c>macauth</c>, <c>open</c>).
/// </summary>
internal static class DefaultTemplates
{
    public const string Generic = "Generic";

    /// <summary>File name (without .json) per platform; platforms without a vendor file of their own use Generic.</summary>
    public static string VendorOf(string platform) => platform switch
    {
        Platforms.CiscoIos => "Cisco",
        Platforms.BrocadeFastIron => "Brocade",
        Platforms.AristaEos => "Arista",
        Platforms.ArubaAosCx => "Aruba",
        Platforms.HpProcurve => "ProCurve",
        Platforms.JuniperJunos => "Juniper",
        _ => Generic,
    };

    public static IReadOnlyList<(string Vendor, string Json)> All { get; } =
    [
        ("Cisco", Cisco),
        ("Brocade", Brocade),
        ("Arista", Arista),
        ("Aruba", Aruba),
        ("ProCurve", ProCurve),
        ("Juniper", Juniper),
        (Generic, GenericJson),
    ];

    private const string Cisco = """
        {
          "vendor": "Cisco",
          "description": "Cisco IOS / IOS-XE access ports (legacy authentication commands). ConfigStatus is Match when the port has every required line and no excluded one (trimmed, any case).",
          "templates": [
            {
              "name": "Dual Authentication Port",
              "aliases": [ "flexible" ],
              "color": "Green",
              "required_commands": [
                "authentication event fail action next-method",
                "authentication order mab dot1x",
                "authentication priority dot1x mab",
                "authentication port-control auto",
                "mab",
                "dot1x pae authenticator",
                "dot1x timeout quiet-period 90",
                "dot1x timeout tx-period 5"
              ],
              "excluded_commands": [ "authentication open" ]
            },
            {
              "name": "MAB Only Port",
              "aliases": [ "macauth" ],
              "color": "Blue",
              "required_commands": [ "authentication port-control auto", "mab" ],
              "excluded_commands": [ "dot1x pae authenticator", "authentication open" ]
            },
            {
              "name": "Dot1X Only Port",
              "aliases": [ "dot1x" ],
              "color": "Purple",
              "required_commands": [ "authentication port-control auto", "dot1x pae authenticator" ],
              "excluded_commands": [ "mab", "authentication open" ]
            },
            {
              "name": "Edge Port No Auth",
              "aliases": [ "open" ],
              "color": "Red",
              "required_commands": [],
              "excluded_commands": [ "authentication port-control auto", "dot1x pae authenticator", "mab" ]
            }
          ]
        }
        """;

    private const string Brocade = """
        {
          "vendor": "Brocade",
          "description": "Brocade / Ruckus FastIron and ICX ports (the lines inside 'interface ethernet s/s/p').",
          "templates": [
            {
              "name": "Dual Authentication Port",
              "aliases": [ "flexible" ],
              "color": "Green",
              "required_commands": [ "dot1x port-control auto", "mac-authentication enable" ],
              "excluded_commands": []
            },
            {
              "name": "MAB Only Port",
              "aliases": [ "macauth" ],
              "color": "Blue",
              "required_commands": [ "mac-authentication enable" ],
              "excluded_commands": [ "dot1x port-control auto" ]
            },
            {
              "name": "Dot1X Only Port",
              "aliases": [ "dot1x" ],
              "color": "Purple",
              "required_commands": [ "dot1x port-control auto" ],
              "excluded_commands": [ "mac-authentication enable" ]
            },
            {
              "name": "Edge Port No Auth",
              "aliases": [ "open" ],
              "color": "Red",
              "required_commands": [],
              "excluded_commands": [ "dot1x port-control auto", "mac-authentication enable" ]
            }
          ]
        }
        """;

    private const string Arista = """
        {
          "vendor": "Arista",
          "description": "Arista EOS ports: 802.1X with 'dot1x pae authenticator', MAC-based authentication with 'dot1x mac based authentication'.",
          "templates": [
            {
              "name": "Dual Authentication Port",
              "aliases": [ "flexible" ],
              "color": "Green",
              "required_commands": [ "dot1x pae authenticator", "dot1x port-control auto", "dot1x mac based authentication" ],
              "excluded_commands": []
            },
            {
              "name": "MAB Only Port",
              "aliases": [ "macauth" ],
              "color": "Blue",
              "required_commands": [ "dot1x port-control auto", "dot1x mac based authentication" ],
              "excluded_commands": [ "dot1x pae authenticator" ]
            },
            {
              "name": "Dot1X Only Port",
              "aliases": [ "dot1x" ],
              "color": "Purple",
              "required_commands": [ "dot1x pae authenticator", "dot1x port-control auto" ],
              "excluded_commands": [ "dot1x mac based authentication" ]
            },
            {
              "name": "Edge Port No Auth",
              "aliases": [ "open" ],
              "color": "Red",
              "required_commands": [],
              "excluded_commands": [ "dot1x pae authenticator", "dot1x port-control auto", "dot1x mac based authentication" ]
            }
          ]
        }
        """;

    private const string Aruba = """
        {
          "vendor": "Aruba",
          "description": "Aruba AOS-CX ports (the lines under 'interface 1/1/n'; the nested 'enable' lines are not checked).",
          "templates": [
            {
              "name": "Dual Authentication Port",
              "aliases": [ "flexible" ],
              "color": "Green",
              "required_commands": [ "aaa authentication port-access dot1x authenticator", "aaa authentication port-access mac-auth" ],
              "excluded_commands": []
            },
            {
              "name": "MAB Only Port",
              "aliases": [ "macauth" ],
              "color": "Blue",
              "required_commands": [ "aaa authentication port-access mac-auth" ],
              "excluded_commands": [ "aaa authentication port-access dot1x authenticator" ]
            },
            {
              "name": "Dot1X Only Port",
              "aliases": [ "dot1x" ],
              "color": "Purple",
              "required_commands": [ "aaa authentication port-access dot1x authenticator" ],
              "excluded_commands": [ "aaa authentication port-access mac-auth" ]
            },
            {
              "name": "Edge Port No Auth",
              "aliases": [ "open" ],
              "color": "Red",
              "required_commands": [],
              "excluded_commands": [ "aaa authentication port-access dot1x authenticator", "aaa authentication port-access mac-auth" ]
            }
          ]
        }
        """;

    private const string ProCurve = """
        {
          "vendor": "ProCurve",
          "description": "HP ProCurve / Aruba AOS-Switch ports (the lines under 'interface n').",
          "templates": [
            {
              "name": "Dual Authentication Port",
              "aliases": [ "flexible" ],
              "color": "Green",
              "required_commands": [ "aaa port-access authenticator", "aaa port-access mac-based" ],
              "excluded_commands": []
            },
            {
              "name": "MAB Only Port",
              "aliases": [ "macauth" ],
              "color": "Blue",
              "required_commands": [ "aaa port-access mac-based" ],
              "excluded_commands": [ "aaa port-access authenticator" ]
            },
            {
              "name": "Dot1X Only Port",
              "aliases": [ "dot1x" ],
              "color": "Purple",
              "required_commands": [ "aaa port-access authenticator" ],
              "excluded_commands": [ "aaa port-access mac-based" ]
            },
            {
              "name": "Edge Port No Auth",
              "aliases": [ "open" ],
              "color": "Red",
              "required_commands": [],
              "excluded_commands": [ "aaa port-access authenticator", "aaa port-access mac-based" ]
            }
          ]
        }
        """;

    private const string Juniper = """
        {
          "vendor": "Juniper",
          "description": "Junos ports: 802.1X under 'protocols dot1x authenticator interface', MAC RADIUS as fallback ('mac-radius') or alone ('mac-radius restrict'). Lines are matched by containment because 'set' lines carry the port name.",
          "templates": [
            {
              "name": "Dual Authentication Port",
              "aliases": [ "flexible" ],
              "color": "Green",
              "match_type": "contains",
              "required_commands": [ "dot1x authenticator", "mac-radius" ],
              "excluded_commands": [ "mac-radius restrict" ]
            },
            {
              "name": "MAB Only Port",
              "aliases": [ "macauth" ],
              "color": "Blue",
              "match_type": "contains",
              "required_commands": [ "mac-radius restrict" ],
              "excluded_commands": []
            },
            {
              "name": "Dot1X Only Port",
              "aliases": [ "dot1x" ],
              "color": "Purple",
              "match_type": "contains",
              "required_commands": [ "dot1x authenticator" ],
              "excluded_commands": [ "mac-radius" ]
            },
            {
              "name": "Edge Port No Auth",
              "aliases": [ "open" ],
              "color": "Red",
              "match_type": "contains",
              "required_commands": [],
              "excluded_commands": [ "dot1x authenticator" ]
            }
          ]
        }
        """;

    private const string GenericJson = """
        {
          "vendor": "Generic",
          "description": "Platforms without a vendor file (NX-OS, PAN-OS): colours only. Add required_commands / excluded_commands to check configurations.",
          "templates": [
            { "name": "Dual Authentication Port", "aliases": [ "flexible" ], "color": "Green", "required_commands": [], "excluded_commands": [] },
            { "name": "MAB Only Port", "aliases": [ "macauth" ], "color": "Blue", "required_commands": [], "excluded_commands": [] },
            { "name": "Dot1X Only Port", "aliases": [ "dot1x" ], "color": "Purple", "required_commands": [], "excluded_commands": [] },
            { "name": "Edge Port No Auth", "aliases": [ "open" ], "color": "Red", "required_commands": [], "excluded_commands": [] }
          ]
        }
        """;
}
