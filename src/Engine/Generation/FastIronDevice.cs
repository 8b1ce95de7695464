using System.Globalization;

namespace StateTrace.Engine.Generation;

/// <summary>The ICX-specific details of one generated stack: model, image, serials, MACs and module layout.</summary>
internal sealed class FastIronDevice
{
    public const int PortsPerUnit = 48;
    public const int UplinkCount = 4;

    private static readonly string[] Versions = ["08.0.95kT213", "08.0.95hT213", "09.0.10eT213", "08.0.90jT213"];
    private static readonly ulong[] Ouis = [0x609C9F, 0xCC4E24, 0xD4C19E, 0x94B34F, 0x34208F];

    public FastIronDevice(HostPlan host)
    {
        var random = new Prng(Prng.Derive(host.Seed, 0x46617374)); // "Fast"
        Is7150 = random.Percent(60);
        Units = (host.Ports.Length + PortsPerUnit - 1) / PortsPerUnit;
        Version = random.Pick(Versions);
        var family = Version.StartsWith("09", StringComparison.Ordinal) ? "SPR" : "SPS";
        Image = family + Version[..7].Replace(".", "", StringComparison.Ordinal) + Version[7];
        ImageBytes = random.Next(28_000_000, 34_000_000);
        Compiled = random.Percent(50) ? "Jun 23 2022 at 04:10:29" : "Mar 14 2023 at 21:47:02";
        Hardware = Is7150 ? "ICX7150-48-POEF" : "ICX7450-48P";
        MainModule = Is7150 ? "ICX7150-48PF-2X10G_2X1G" : "ICX7450-48P";
        ExtraModules = Is7150
            ? ["SL 2: ICX7150-2X1GC 2-port 2G Module", "SL 3: ICX7150-4X10GF 4-port 40G Module"]
            : ["SL 2: ICX7400-4X10GF 4-port 40G Module", "SL 3: ICX7400-1X40GQ 1-port 40G Module"];
        UplinkModule = Is7150 ? 3 : 2;
        Serials = new string[Units];
        for (var unit = 0; unit < Units; unit++)
        {
            Serials[unit] = DeviceCommon.Serial(ref random, Is7150 ? "FEK" : "CYT", 8);
        }

        BaseMac = (random.Pick(Ouis) << 24) | (host.MacNic & 0xFFFFFF);
        SecretSalt = DeviceCommon.Serial(ref random, "", 22);
    }

    public bool Is7150 { get; }
    public int Units { get; }
    public string Version { get; }
    public string Image { get; }
    public int ImageBytes { get; }
    public string Compiled { get; }
    public string Hardware { get; }
    public string MainModule { get; }
    public string[] ExtraModules { get; }
    public int UplinkModule { get; }
    public string[] Serials { get; }
    public ulong BaseMac { get; }
    public string SecretSalt { get; }

    public string UplinkName(int uplink) => string.Create(CultureInfo.InvariantCulture, $"1/{UplinkModule}/{uplink + 1}");

    public ulong PortMac(int index) => BaseMac + ((ulong)(index / PortsPerUnit) << 8) + (ulong)(index % PortsPerUnit);

    public ulong UplinkMac(int uplink) => BaseMac + 0x80 + (ulong)uplink;
}
