using System.Globalization;

namespace StateTrace.Engine.Generation;

/// <summary>An NX-OS release as <c>show version</c> prints it.</summary>
internal sealed record NxosRelease(string Version, string Label, string Image, string Compiled, int Year);

/// <summary>The Nexus-specific details of one generated server switch, from a stream of the host's seed.</summary>
internal sealed class NxosDevice
{
    public const int UplinkCount = 6;

    /// <summary>VLANs a hypervisor trunk carries.</summary>
    public static readonly int[] TrunkAllowed = [HostPlan.ServerVlan, HostPlan.StorageVlan, HostPlan.VMotionVlan];

    private static readonly NxosRelease[] Releases =
    [
        new("9.3(10)", "", "nxos.9.3.10.bin", "8/15/2022 13:00:00 [08/05/2022 08:55:18]", 2022),
        new("9.3(12)", "", "nxos.9.3.12.bin", "6/20/2023 12:00:00 [06/09/2023 04:21:57]", 2023),
        new("10.2(6)", " [Maintenance Release]", "nxos64-cs.10.2.6.M.bin", "7/26/2023 12:00:00 [07/14/2023 21:02:03]", 2023),
        new("10.3(4a)", " [Maintenance Release]", "nxos64-cs.10.3.4a.M.bin", "12/1/2023 12:00:00 [11/22/2023 02:47:31]", 2023),
    ];

    private static readonly ulong[] Ouis = [0x00A5BF, 0x5C838F, 0xB08BD0, 0x3C13CC, 0x00BEF7];

    public NxosDevice(HostPlan host)
    {
        var random = new Prng(Prng.Derive(host.Seed, 0x4E65787573)); // "Nexus"
        Release = random.Pick(Releases);
        Chassis = random.Percent(60) ? "C93180YC-EX" : "C93180YC-FX";
        Serial = DeviceCommon.Serial(ref random, "FDO2" + random.Next(1, 5).ToString(CultureInfo.InvariantCulture), 6);
        Bios = random.Percent(50) ? "07.69" : "05.47";
        PreviousVersion = random.Pick(Releases).Version;
        ResetMicros = random.Next(10_000, 999_999);
        SystemMac = (random.Pick(Ouis) << 24) | (host.MacNic & 0xFFFFFF);
        SecretSalt = DeviceCommon.Serial(ref random, "", 16);
        ConfigChanged = DeviceCommon.CapturedAt.AddSeconds(-random.Next(1800, 60 * 60 * 24 * 90));
    }

    public NxosRelease Release { get; }
    public string Chassis { get; }
    public string Serial { get; }
    public string Bios { get; }
    public string PreviousVersion { get; }
    public int ResetMicros { get; }
    public ulong SystemMac { get; }
    public string SecretSalt { get; }
    public DateTime ConfigChanged { get; }

    public static string UplinkName(int uplink) => string.Create(CultureInfo.InvariantCulture, $"Eth1/{49 + uplink}");
}
