using System.Globalization;

namespace StateTrace.Engine.Generation;

/// <summary>The PAN-OS details of one generated PA-3220: release, serial, MACs and the outside address.</summary>
internal sealed class PanosDevice
{
    private static readonly string[] Versions = ["10.1.11-h4", "10.2.7-h3", "10.2.9-h1", "11.0.4-h1", "11.1.2-h3"];
    private static readonly ulong[] Ouis = [0x001B17, 0xB40C25, 0x8C367A, 0xD41D71, 0x7C89C1];

    public PanosDevice(HostPlan host)
    {
        var random = new Prng(Prng.Derive(host.Seed, 0x50414E4F53)); // "PANOS"
        Version = random.Pick(Versions);
        Serial = "0162" + DeviceCommon.Digits(ref random, 8);
        BaseMac = (random.Pick(Ouis) << 24) | (host.MacNic & 0xFFFFFF);
        Outside = string.Create(CultureInfo.InvariantCulture, $"203.0.113.{OutsideBase(host) + 2}");
        OutsideGateway = string.Create(CultureInfo.InvariantCulture, $"203.0.113.{OutsideBase(host) + 1}");
        AppVersion = string.Create(CultureInfo.InvariantCulture, $"{random.Next(8700, 8900)}-{random.Next(8400, 8800)}");
        LogDb = Version[..Version.LastIndexOf('.')] + ".1";
        Salt = DeviceCommon.Serial(ref random, "", 22);
    }

    public string Version { get; }
    public string Serial { get; }
    public ulong BaseMac { get; }
    public string Outside { get; }
    public string OutsideGateway { get; }
    public string AppVersion { get; }
    public string LogDb { get; }
    public string Salt { get; }

    public ulong PortMac(int index) => BaseMac + 0x10 + (ulong)index;

    /// <summary>The trust side's next hop: the distribution switch's end of the transit link.</summary>
    public static string TrustPeer(HostPlan host) => string.Create(CultureInfo.InvariantCulture, $"10.{host.SiteOctet}.1.2");

    /// <summary>The interface's address with its prefix length, or <c>N/A</c> on a spare port.</summary>
    public static string Address(HostPlan host, PortPlan port) => port.Role switch
    {
        PortRole.Untrust => string.Create(CultureInfo.InvariantCulture, $"203.0.113.{OutsideBase(host) + ((port.Number - 1) * 8) + 2}/29"),
        PortRole.Trust when port.Number == 3 => string.Create(CultureInfo.InvariantCulture, $"10.{host.SiteOctet}.1.1/30"),
        PortRole.Trust => string.Create(CultureInfo.InvariantCulture, $"10.{host.SiteOctet}.{200 + port.Number}.1/24"),
        PortRole.Dmz => string.Create(CultureInfo.InvariantCulture, $"10.{host.SiteOctet}.250.1/24"),
        PortRole.Guest => string.Create(CultureInfo.InvariantCulture, $"172.{16 + (host.SiteOctet % 16)}.0.1/22"),
        _ => "N/A",
    };

    /// <summary>The site's /28 of outside addresses: a /29 for each ISP.</summary>
    private static int OutsideBase(HostPlan host) => (host.SiteOctet % 15) * 16;

    /// <summary><c>10.16.250.0/24</c> from <c>10.16.250.1/24</c>.</summary>
    public static string Network(string address)
    {
        var slash = address.IndexOf('/');
        var length = int.Parse(address.AsSpan(slash + 1), CultureInfo.InvariantCulture);
        var value = 0u;
        foreach (var range in address.AsSpan(0, slash).Split('.'))
        {
            value = (value << 8) | byte.Parse(address.AsSpan(0, slash)[range], CultureInfo.InvariantCulture);
        }

        value &= length == 0 ? 0 : uint.MaxValue << (32 - length);
        return string.Create(CultureInfo.InvariantCulture, $"{value >> 24}.{(value >> 16) & 255}.{(value >> 8) & 255}.{value & 255}/{length}");
    }
}
