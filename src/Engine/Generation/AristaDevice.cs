using System.Globalization;

namespace StateTrace.Engine.Generation;

/// <summary>The Arista-specific details of one generated switch: 720XP for access, 7050SX3 for servers.</summary>
internal sealed class AristaDevice
{
    public const int UplinkCount = 4;

    private static readonly string[] Releases = ["4.28.8M", "4.29.6M", "4.30.4M", "4.30.5M", "4.31.2F"];
    private static readonly ulong[] Ouis = [0xFCBD67, 0x444CA8, 0x985D82, 0x28993A, 0xC0D682];

    public AristaDevice(HostPlan host)
    {
        var random = new Prng(Prng.Derive(host.Seed, 0x417269737461)); // "Arista"
        IsServer = host.Kind == HostKind.Server;
        Model = IsServer ? "DCS-7050SX3-48YC8-F" : "CCS-720XP-48ZC2-F";
        ConfigModel = IsServer ? "DCS-7050SX3-48YC8" : "CCS-720XP-48ZC2";
        HardwareVersion = IsServer ? "12.11" : "11.01";
        Serial = (IsServer ? "JPA" : "JPE") + DeviceCommon.Digits(ref random, 8);
        SystemMac = (random.Pick(Ouis) << 24) | (host.MacNic & 0xFFFFFF);
        Release = random.Pick(Releases);
        Build = random.Next(26_000_000, 36_000_000).ToString(CultureInfo.InvariantCulture);
        BuildId = string.Create(CultureInfo.InvariantCulture,
            $"{random.NextUInt64() & 0xFFFFFFFF:x8}-{random.Next(0x10000):x4}-{random.Next(0x10000):x4}-{random.Next(0x10000):x4}-{random.NextUInt64() & 0xFFFFFFFFFFFF:x12}");
        FreeMemory = random.Next(1_500_000, 2_400_000);
        SecretSalt = DeviceCommon.Serial(ref random, "", 16).ToLowerInvariant();
    }

    public bool IsServer { get; }
    public string Model { get; }
    public string ConfigModel { get; }
    public string HardwareVersion { get; }
    public string Serial { get; }
    public ulong SystemMac { get; }
    public string Release { get; }
    public string Build { get; }
    public string BuildId { get; }
    public int FreeMemory { get; }
    public string SecretSalt { get; }

    /// <summary>Multigigabit copper on the 720XP, SFP28 on the 7050SX3.</summary>
    public string PortType => IsServer ? "25GBASE-CR" : "2.5GBASE-T";

    public string UplinkSpeed => IsServer ? "100G" : "25G";
    public string UplinkType => IsServer ? "100GBASE-SR4" : "25GBASE-SR";

    /// <summary>Uplinks: Et49–52 (SFP28) on the 720XP, Et49/1–52/1 (QSFP100) on the 7050SX3.</summary>
    public string UplinkName(int uplink) =>
        string.Create(CultureInfo.InvariantCulture, $"Et{49 + uplink}{(IsServer ? "/1" : "")}");

    /// <summary>Copper negotiates (<c>a-full</c>, <c>a-1G</c>); SFP28 links are forced (<c>full</c>, <c>25G</c>).</summary>
    public (string Duplex, string Speed) LinkText(int mbps)
    {
        var speed = mbps switch
        {
            >= 1000 when mbps % 1000 == 0 => string.Create(CultureInfo.InvariantCulture, $"{mbps / 1000}G"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{mbps}M"),
        };

        return IsServer ? ("full", speed) : ("a-full", "a-" + speed);
    }

    /// <summary>The VLANs a trunk port carries: an access point its AP VLAN, a hypervisor the server VLANs.</summary>
    public static int[] TrunkAllowed(HostPlan host, PortPlan port) =>
        host.Kind == HostKind.Server ? NxosDevice.TrunkAllowed : [port.Vlan];
}
