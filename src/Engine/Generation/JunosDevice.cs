using System.Globalization;

namespace StateTrace.Engine.Generation;

/// <summary>The Junos details of one generated EX switch or virtual chassis.</summary>
internal sealed class JunosDevice
{
    public const int PortsPerMember = 48;
    public const int UplinkCount = 4;

    /// <summary>The package lines of <c>show version</c> between the release and the suite.</summary>
    public static readonly string[] Packages =
    [
        "JUNOS OS Kernel 64-bit  ", "JUNOS OS libs", "JUNOS OS runtime", "JUNOS OS time zone information",
        "JUNOS network stack and utilities", "JUNOS libs", "JUNOS OS libs compat32", "JUNOS OS 32-bit compatibility",
        "JUNOS libs compat32", "JUNOS runtime", "JUNOS py extensions", "JUNOS py base", "JUNOS OS crypto",
        "JUNOS Packet Forwarding Engine Support (EX34XX)", "JUNOS Crypto Software Suite", "JUNOS Online Documentation",
    ];

    private static readonly (string Release, string Build, string OsBuild)[] Releases =
    [
        ("21.4R3-S5.4", "20231010.174339_builder_junos_214_r3_s5", "20230831.5d1b6e1_builder_stable_11-204ab"),
        ("22.4R3-S2.11", "20240214.093852_builder_junos_224_r3_s2", "20240109.2f8ac75_builder_stable_12-204ab"),
        ("23.4R2-S2.1", "20240912.115512_builder_junos_234_r2_s2", "20240801.a7c0d1e_builder_stable_13-234ab"),
        ("21.4R3-S4.9", "20230608.071215_builder_junos_214_r3_s4", "20230425.9c9e6f0_builder_stable_11-204ab"),
    ];

    private static readonly ulong[] Ouis = [0x4C9614, 0x88E0F3, 0xF4B52F, 0x3C8C93, 0x78507C];

    public JunosDevice(HostPlan host)
    {
        var random = new Prng(Prng.Derive(host.Seed, 0x4A756E6F73)); // "Junos"
        Members = (host.Ports.Length + PortsPerMember - 1) / PortsPerMember;
        Is4300 = Members > 4 || random.Percent(45);
        Model = Is4300 ? "ex4300-48p" : "ex2300-48p";
        (Release, Build, OsBuild) = random.Pick(Releases);
        Serials = new string[Members];
        ModuleSerials = new string[Members];
        PowerSerials = new string[Members];
        for (var m = 0; m < Members; m++)
        {
            Serials[m] = DeviceCommon.Serial(ref random, Is4300 ? "PE37" : "JW36", 8);
            ModuleSerials[m] = DeviceCommon.Serial(ref random, "MY37", 8);
            PowerSerials[m] = DeviceCommon.Serial(ref random, "1EDT", 8);
        }

        BaseMac = (random.Pick(Ouis) << 24) | (host.MacNic & 0xFFFFFF);
        Load = random.Next(1, 60);
        ConfigChanged = DeviceCommon.CapturedAt.AddSeconds(-random.Next(3600, 60 * 60 * 24 * 120));
        SecretSalt = DeviceCommon.Serial(ref random, "", 16);
        CapturesDetail = random.Percent(CiscoDevice.ShowInterfacesPercent);
    }

    /// <summary>Whether the capture includes the per-port <c>show interfaces</c> detail, as on some Cisco hosts.</summary>
    public bool CapturesDetail { get; }

    public int Members { get; }
    public bool Is4300 { get; }
    public string Model { get; }
    public string Release { get; }
    public string Build { get; }
    public string OsBuild { get; }
    public string[] Serials { get; }
    public string[] ModuleSerials { get; }
    public string[] PowerSerials { get; }
    public ulong BaseMac { get; }
    public int Load { get; }
    public DateTime ConfigChanged { get; }
    public string SecretSalt { get; }

    /// <summary>The uplink module: PIC 2 on an EX4300, PIC 1 on an EX2300.</summary>
    public int UplinkPic => Is4300 ? 2 : 1;

    public string UplinkName(int uplink) => string.Create(CultureInfo.InvariantCulture, $"xe-0/{UplinkPic}/{uplink}");

    public ulong PortMac(int index) => BaseMac + 3 + (ulong)index;
}
