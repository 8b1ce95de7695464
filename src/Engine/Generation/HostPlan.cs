using System.Globalization;

namespace StateTrace.Engine.Generation;

/// <summary>
/// The vendor-neutral facts of one generated access switch: name, place, VLAN plan, uplink and ports. It is a pure
/// function of (corpus seed, site index, host index, port count); vendor writers turn it into session text and derive
/// their own details (model, version, serial) from <see cref="Seed"/>.
/// </summary>
/// <remarks>
/// Every port is derived from its own stream (<see cref="PortPlan.Derive"/>) with a revision number, always 0 today,
/// so a later <c>--changed-from</c> can re-derive exactly the ports it chooses to change and nothing else.
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

    private const ulong HostStream = 0x486F7374; // "Host"

    public HostPlan(ulong corpusSeed, int siteIndex, int hostIndex, int portCount)
    {
        SiteIndex = siteIndex;
        HostIndex = hostIndex;
        Seed = Prng.Derive(Prng.Derive(Prng.Derive(corpusSeed, HostStream), (ulong)siteIndex), (ulong)hostIndex);
        var random = new Prng(Prng.Derive(Seed, 1));

        Site = SiteCodes.For(siteIndex);
        var building = hostIndex / HostsPerBuilding;
        var closet = hostIndex % HostsPerBuilding;
        BuildingCode = string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + (building % 26))}{(building / 26) + 1:D2}");
        Hostname = string.Create(CultureInfo.InvariantCulture, $"{Site}-{BuildingCode}-AS-{closet + 1:D2}");
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

        TrunkVlans = [PrinterVlan, CameraVlan, AccessPointVlan, FacilityVlan, DataVlan, VoiceVlan, ManagementVlan];
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

    public PortPlan[] Ports { get; }

    public static string VlanName(int vlan, int floor) => vlan switch
    {
        1 => "default",
        PrinterVlan => "PRINTERS",
        CameraVlan => "CAMERAS",
        AccessPointVlan => "AP-MGMT",
        FacilityVlan => "FACILITIES",
        ManagementVlan => "MGMT",
        ParkingVlan => "PARKING",
        >= 500 => string.Create(CultureInfo.InvariantCulture, $"VOICE-FL{floor}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"DATA-FL{floor}"),
    };
}
