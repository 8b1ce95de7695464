using System.Globalization;

namespace StateTrace.Engine.Generation;

/// <summary>The AOS-CX details of one generated switch: a 6300M (stackable with VSF) or a 6100.</summary>
internal sealed class AosCxDevice
{
    public const int PortsPerMember = 48;
    public const int UplinkCount = 4;

    private static readonly string[] Releases = ["10.10.1070", "10.11.1021", "10.12.1010", "10.13.1040"];
    private static readonly ulong[] Ouis = [0x883A30, 0x9020C2, 0xB8D4E7, 0xBCD7A5, 0x3821C7];

    public AosCxDevice(HostPlan host)
    {
        var random = new Prng(Prng.Derive(host.Seed, 0x4172756261)); // "Aruba"
        Is6100 = host.Ports.Length <= PortsPerMember && random.Percent(35);
        var release = random.Pick(Releases);
        Version = (Is6100 ? "PL." : "FL.") + release;
        ProductName = Is6100 ? "JL675A 6100 48G CL4 4SFP+ 370W Swch" : "JL661A 6300M 48G CL4 PoE 4SFP56 Swch";
        Serial = DeviceCommon.Serial(ref random, Is6100 ? "CN" : "SG", 8);
        BaseMac = (random.Pick(Ouis) << 24) | (host.MacNic & 0xFFFFFF);
        BuildSha = string.Create(CultureInfo.InvariantCulture, $"{random.NextUInt64():x16}{random.NextUInt64():x16}{random.NextUInt64() & 0xFFFFFFFF:x8}");
        var built = new DateTime(2023, 1, 11, 18, 25, 48, DateTimeKind.Utc).AddHours(random.Next(0, 24 * 400));
        BuildDate = built.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        BuildStamp = built.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
        ServiceOs = Is6100 ? "PL.01.09.0003" : "FL.01.10.0002";
        Bios = Is6100 ? "PL.01.0002" : "FL.01.0002";
        Cpu = random.Next(2, 20);
        Memory = random.Next(20, 40);
        Cipher = DeviceCommon.Serial(ref random, "AQBapX", 40);
        CapturesDetail = random.Percent(CiscoDevice.ShowInterfacesPercent);
    }

    /// <summary>
    /// Whether the capture includes the per-port <c>show interface</c> detail (~2.6 KB a port): like Cisco's
    /// <c>show interfaces</c>, field captures often leave it out (<see cref="CiscoDevice.ShowInterfacesPercent"/>).
    /// </summary>
    public bool CapturesDetail { get; }

    public bool Is6100 { get; }
    public string Version { get; }
    public string ProductName { get; }
    public string Serial { get; }
    public ulong BaseMac { get; }
    public string BuildSha { get; }
    public string BuildDate { get; }
    public string BuildStamp { get; }
    public string ServiceOs { get; }
    public string Bios { get; }
    public int Cpu { get; }
    public int Memory { get; }
    public string Cipher { get; }

    public string PortType => "1GbT";
    public string UplinkType => Is6100 ? "SFP+SR" : "SFP+LR";

    public static string UplinkName(int uplink) => string.Create(CultureInfo.InvariantCulture, $"1/1/{49 + uplink}");

    public ulong PortMac(int index) => BaseMac - 0x40 + (ulong)index;
}
