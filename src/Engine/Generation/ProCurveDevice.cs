using System.Globalization;

namespace StateTrace.Engine.Generation;

/// <summary>The AOS-Switch details of one generated 2930F (a VSF stack when it has more than 48 ports).</summary>
internal sealed class ProCurveDevice
{
    public const int PortsPerMember = 48;
    public const int UplinkCount = 4;

    private static readonly string[] Versions = ["WC.16.10.0023", "WC.16.11.0012", "WC.16.11.0016", "WC.16.10.0025"];
    private static readonly ulong[] Ouis = [0x9020C2, 0x7446A0, 0x38EAA7, 0xB05ADA, 0x08F1EA];

    public ProCurveDevice(HostPlan host)
    {
        var random = new Prng(Prng.Derive(host.Seed, 0x50726F4375727665)); // "ProCurve"
        Members = (host.Ports.Length + PortsPerMember - 1) / PortsPerMember;
        Version = random.Pick(Versions);
        Model = "2930F-48G-PoE+-4SFP+ JL256A";
        Serials = new string[Members];
        for (var m = 0; m < Members; m++)
        {
            Serials[m] = DeviceCommon.Serial(ref random, "CN", 8);
        }

        BaseMac = (random.Pick(Ouis) << 24) | (host.MacNic & 0xFFFFFF);
        BuildDate = new DateTime(2023, 3, 28, 18, 1, 3, DateTimeKind.Utc).AddHours(random.Next(0, 24 * 300)).ToString("MMM dd yyyy HH:mm:ss", CultureInfo.InvariantCulture);
        BuildNumber = random.Next(300, 600);
        Cpu = random.Next(0, 12);
        FreeMemory = random.Next(180_000_000, 230_000_000).ToString("N0", CultureInfo.InvariantCulture);
        PacketsIn = random.Next(100_000, 90_000_000).ToString("N0", CultureInfo.InvariantCulture);
        PacketsOut = random.Next(100_000, 9_000_000).ToString("N0", CultureInfo.InvariantCulture);
        Checksum = string.Join('.', Enumerable.Range(0, 20).Select(_ => random.Next(256).ToString("x2", CultureInfo.InvariantCulture)));
    }

    public int Members { get; }
    public string Version { get; }
    public string Model { get; }
    public string[] Serials { get; }
    public ulong BaseMac { get; }
    public string BuildDate { get; }
    public int BuildNumber { get; }
    public int Cpu { get; }
    public string FreeMemory { get; }
    public string PacketsIn { get; }
    public string PacketsOut { get; }
    public string Checksum { get; }

    /// <summary>The uplink's port number: 49–52 (<c>1/49</c>–<c>1/52</c> in a stack).</summary>
    public static string UplinkName(HostPlan host, int uplink) => host.Ports.Length <= PortsPerMember
        ? (49 + uplink).ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"1/{49 + uplink}");

    /// <summary>The uplink as the port tables show it: <c>49-Trk1</c> when it is in the trunk.</summary>
    public string UplinkLabel(HostPlan host, int uplink) =>
        host.UplinkPortChannel && uplink < 2 ? UplinkName(host, uplink) + "-Trk1" : UplinkName(host, uplink);
}
