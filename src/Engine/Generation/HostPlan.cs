using System.Globalization;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Generation;

/// <summary>What a host is there for; it decides the hostname's role, the port plan and the model.</summary>
internal enum HostKind
{
    /// <summary>A closet access switch: desks, phones, printers, cameras, access points (<c>-AS-</c>).</summary>
    Access,

    /// <summary>A building's server and core switch: hypervisors, storage, out-of-band management (<c>-CS-</c>).</summary>
    Server,

    /// <summary>A site firewall: untrust, trust, DMZ and guest interfaces (<c>-FW-</c>).</summary>
    Firewall,
}

/// <summary>
/// The vendor-neutral facts of one generated device: platform, name, place, VLAN plan, uplink and ports. It is a pure
/// function of (corpus seed, site index, host index, port count, vendor mix); vendor writers turn it into session
/// text and derive their own details (model, version, serial) from <see cref="Seed"/>.
/// </summary>
/// <remarks>
/// Every port is derived from its own stream (<see cref="PortPlan.Derive"/>), so a <c>--changed-from</c> run can
/// replace exactly the ports it chooses to change (<see cref="WithPorts"/>) and nothing else.
/// </remarks>
internal sealed class HostPlan
{
    /// <summary>Access switches per building: four floors of four closets.</summary>
    public const int HostsPerBuilding = 16;

    public const int PrinterVlan = 20;
    public const int CameraVlan = 30;
    public const int AccessPointVlan = 40;
    public const int FacilityVlan = 60;
    public const int ManagementVlan = 900;
    public const int ParkingVlan = 999;

    public const int ServerVlan = 200;
    public const int StorageVlan = 210;
    public const int VMotionVlan = 220;
    public const int OutOfBandVlan = 230;

    /// <summary>Ports of a server switch (48 SFP28 on a Nexus 93180YC-EX or an Arista 7050SX3-48YC8).</summary>
    public const int ServerSwitchPorts = 48;

    /// <summary>Data ports of a site firewall (a PA-3220 has ethernet1/1 to ethernet1/20).</summary>
    public const int FirewallPorts = 20;

    /// <summary>Ports of a switch that does not stack (Arista 720XP-48).</summary>
    public const int StandalonePorts = 48;

    private const ulong HostStream = 0x486F7374; // "Host"
    private const ulong KindStream = 0x4B696E64; // "Kind"

    public HostPlan(ulong corpusSeed, int siteIndex, int hostIndex, int portCount, VendorMix mix)
        : this(corpusSeed, siteIndex, hostIndex, portCount, mix.PlatformOf(corpusSeed, siteIndex, hostIndex))
    {
    }

    private HostPlan(ulong corpusSeed, int siteIndex, int hostIndex, int portCount, string platform)
    {
        SiteIndex = siteIndex;
        HostIndex = hostIndex;
        Platform = platform;
        Seed = Prng.Derive(Prng.Derive(Prng.Derive(corpusSeed, HostStream), (ulong)siteIndex), (ulong)hostIndex);
        Kind = KindOf(platform, Seed);
        portCount = Kind switch
        {
            HostKind.Firewall => Math.Min(portCount, FirewallPorts),
            HostKind.Server => Math.Min(portCount, ServerSwitchPorts),
            _ when platform == Platforms.AristaEos => Math.Min(portCount, StandalonePorts),
            _ => portCount,
        };

        // The vendor-neutral values below come from the same stream, in the same order, on every platform.
        var random = new Prng(Prng.Derive(Seed, 1));
        Site = SiteCodes.For(siteIndex);
        var building = hostIndex / HostsPerBuilding;
        var closet = hostIndex % HostsPerBuilding;
        BuildingCode = string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + (building % 26))}{(building / 26) + 1:D2}");
        var role = Kind switch { HostKind.Server => "CS", HostKind.Firewall => "FW", _ => "AS" };
        Hostname = string.Create(CultureInfo.InvariantCulture, $"{Site}-{BuildingCode}-{role}-{closet + 1:D2}");
        DistributionSwitch = string.Create(CultureInfo.InvariantCulture, $"{Site}-{BuildingCode}-DS-01");
        DistributionPort = closet + 1;
        Floor = (closet / 4) + 1;
        Room = (Floor * 100) + random.Next(1, 60);
        Location = random.Next(100) switch
        {
            < 80 => string.Create(CultureInfo.InvariantCulture, $"Bldg_{building + 1}_Floor_{Floor}_Room_{Room}"),
            < 95 => string.Create(CultureInfo.InvariantCulture, $"Bldg_{building + 1}_Floor_{Floor}_Room_{Room}_Rack_{random.Next(1, 5)}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"Bldg_{building + 1}_Floor_{Floor}_Row_{random.Next(1, 9)}_Rack_{random.Next(1, 13)}"),
        };

        SiteOctet = 16 + (siteIndex % 200);
        ManagementAddress = string.Create(CultureInfo.InvariantCulture, $"10.{SiteOctet}.{100 + (building % 150)}.{10 + closet}");
        ManagementGateway = string.Create(CultureInfo.InvariantCulture, $"10.{SiteOctet}.{100 + (building % 150)}.1");
        DataVlan = 100 + (Floor * 10);
        VoiceVlan = 500 + (Floor * 10);
        UptimeMinutes = random.Next(90, 3 * 365 * 24 * 60);
        UplinkPortChannel = random.Percent(50);
        MacNic = random.NextUInt64() & 0xFFFE00;
        DistributionMac = 0x00A5BF000000UL | ((ulong)random.Next(0x10000, 0xFFFFFF) & 0xFFFFC0);

        TrunkVlans = Kind == HostKind.Server
            ? [ServerVlan, StorageVlan, VMotionVlan, OutOfBandVlan, ManagementVlan]
            : [PrinterVlan, CameraVlan, AccessPointVlan, FacilityVlan, DataVlan, VoiceVlan, ManagementVlan];
        var uplinkMacs = new List<(int Vlan, ulong Mac)>();
        foreach (var vlan in TrunkVlans)
        {
            uplinkMacs.Add((vlan, DistributionMac + 1));
            for (var i = random.Next(0, 4); i > 0; i--)
            {
                uplinkMacs.Add((vlan, EndpointMacs.RandomMac(ref random, EndpointMacs.PcOuis)));
            }
        }

        UplinkMacs = uplinkMacs;

        Ports = new PortPlan[portCount];
        for (var i = 0; i < portCount; i++)
        {
            Ports[i] = PortPlan.Derive(this, i + 1, revision: 0);
        }
    }

    public ulong Seed { get; }

    /// <summary>The platform (design §2 name) whose writer prints this host.</summary>
    public string Platform { get; }

    public HostKind Kind { get; }
    public int SiteIndex { get; }
    public int HostIndex { get; }
    public string Site { get; }
    public string Hostname { get; }
    public string BuildingCode { get; }
    public int Floor { get; }
    public int Room { get; }

    /// <summary><c>Bldg_5_Floor_2_Room_204</c>-style, as the original's location split expects.</summary>
    public string Location { get; }

    public string DistributionSwitch { get; }

    /// <summary>The distribution switch's port this switch's (first) uplink lands on.</summary>
    public int DistributionPort { get; }

    public ulong DistributionMac { get; }
    public int SiteOctet { get; }
    public string ManagementAddress { get; }
    public string ManagementGateway { get; }
    public int DataVlan { get; }
    public int VoiceVlan { get; }
    public int UptimeMinutes { get; }

    /// <summary>Two uplinks bundled as port-channel 1, else one uplink.</summary>
    public bool UplinkPortChannel { get; }

    /// <summary>The low 24 bits of the switch's base MAC (low 9 bits clear, room for a port offset).</summary>
    public ulong MacNic { get; }

    /// <summary>VLANs carried on the uplink, ascending.</summary>
    public int[] TrunkVlans { get; }

    /// <summary>Addresses learned through the uplink (gateways and hosts elsewhere in the building).</summary>
    public IReadOnlyList<(int Vlan, ulong Mac)> UplinkMacs { get; }

    public PortPlan[] Ports { get; private set; }

    /// <summary>Access VLANs a port of this host may be moved between (the data VLAN first).</summary>
    public int[] AccessVlans => Kind == HostKind.Server
        ? [ServerVlan, StorageVlan, OutOfBandVlan]
        : [DataVlan, PrinterVlan, CameraVlan, FacilityVlan, ParkingVlan];

    /// <summary>The same host with other ports (a change run's); everything else, uptime included, is shared.</summary>
    public HostPlan WithPorts(PortPlan[] ports)
    {
        var copy = (HostPlan)MemberwiseClone();
        copy.Ports = ports;
        return copy;
    }

    public static string VlanName(int vlan, int floor) => vlan switch
    {
        1 => "default",
        PrinterVlan => "PRINTERS",
        CameraVlan => "CAMERAS",
        AccessPointVlan => "AP-MGMT",
        FacilityVlan => "FACILITIES",
        ManagementVlan => "MGMT",
        ParkingVlan => "PARKING",
        ServerVlan => "SERVERS",
        StorageVlan => "STORAGE",
        VMotionVlan => "VMOTION",
        OutOfBandVlan => "OOB-MGMT",
        >= 500 => string.Create(CultureInfo.InvariantCulture, $"VOICE-FL{floor}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"DATA-FL{floor}"),
    };

    /// <summary>Arista hosts are 720XP access switches or, one in three, 7050SX3 server switches.</summary>
    private static HostKind KindOf(string platform, ulong seed) => platform switch
    {
        Platforms.CiscoNxos => HostKind.Server,
        Platforms.PaloAltoPanos => HostKind.Firewall,
        Platforms.AristaEos => new Prng(Prng.Derive(seed, KindStream)).Percent(35) ? HostKind.Server : HostKind.Access,
        _ => HostKind.Access,
    };
}
