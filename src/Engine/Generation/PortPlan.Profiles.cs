using System.Globalization;

namespace StateTrace.Engine.Generation;

/// <summary>The ports of server switches and firewalls; access ports are in <c>PortPlan.cs</c>.</summary>
internal sealed partial record PortPlan
{
    private static readonly ulong[] ServerOuis = [0xB8CEF6, 0x246E96, 0x94F128, 0x3CECEF, 0x98039B];
    private static readonly ulong[] StorageOuis = [0x00A098, 0xD039EA, 0x001B21];
    private static readonly ulong[] OutOfBandOuis = [0xD09466, 0x5C6199, 0x9457A5];
    private static readonly ulong[] VirtualMachineOuis = [0x005056];
    private static readonly string[] ServerApps = ["app", "db", "web", "dc", "file", "print", "sql", "backup"];
    private static readonly string[] UntrustNames = ["ISP-A Internet", "ISP-B Internet", "Internet - Lumen", "Internet - Comcast BI"];
    private static readonly string[] DmzNames = ["DMZ Servers", "DMZ Web", "DMZ - Reverse Proxy", "DMZ Mail Relay"];
    private static readonly string[] GuestNames = ["Guest WiFi", "Guest Network", "Contractor Access"];
    private static readonly string[] TrustExtras = ["Voice Gateway", "Partner VPN Handoff", "Building Controls", "Lab Network"];

    private static PortPlan DeriveServer(HostPlan host, int number, ulong seed)
    {
        var random = new Prng(seed);
        var role = random.Next(100) switch
        {
            < 35 => PortRole.Hypervisor,
            < 50 => PortRole.Storage,
            < 70 => PortRole.Server,
            < 85 => PortRole.OutOfBand,
            _ => PortRole.Spare,
        };

        var state = role == PortRole.Spare
            ? (random.Percent(50) ? PortState.Disabled : PortState.NotConnected)
            : random.Next(100) switch
            {
                < 88 => PortState.Connected,
                < 98 => PortState.NotConnected,
                _ => PortState.Disabled,
            };

        var vlan = role switch
        {
            PortRole.Storage => HostPlan.StorageVlan,
            PortRole.OutOfBand => HostPlan.OutOfBandVlan,
            PortRole.Spare when state == PortState.Disabled => HostPlan.ParkingVlan,
            _ => HostPlan.ServerVlan,
        };

        var port = new PortPlan(number, seed)
        {
            Role = role,
            Trunk = role == PortRole.Hypervisor,
            Vlan = vlan,
            State = state,
            Description = DescribeServer(ref random, host, role),
        };

        return WithTraffic(ref random, state == PortState.Connected ? Connect(ref random, port) : port);
    }

    private static PortPlan DeriveFirewall(HostPlan host, int number, ulong seed)
    {
        var random = new Prng(seed);

        // Firewalls are cabled to a plan: outside first, then inside, DMZ and guest; the fibre ports mostly spare.
        var role = number switch
        {
            1 or 2 => PortRole.Untrust,
            3 => PortRole.Trust,
            4 => PortRole.Dmz,
            5 => PortRole.Guest,
            <= 12 => random.Percent(25) ? PortRole.Trust : PortRole.Spare,
            _ => random.Percent(10) ? PortRole.Trust : PortRole.Spare,
        };

        var state = role switch
        {
            PortRole.Spare => PortState.NotConnected,
            PortRole.Trust or PortRole.Dmz => PortState.Connected,
            _ when number == 1 => PortState.Connected,
            _ => random.Percent(75) ? PortState.Connected : PortState.NotConnected,
        };

        var description = role switch
        {
            PortRole.Untrust => number == 1 ? UntrustNames[random.Next(2) * 2] : UntrustNames[1 + (random.Next(2) * 2)],
            PortRole.Trust when number == 3 => "Inside to " + host.DistributionSwitch,
            PortRole.Trust => random.Pick(TrustExtras),
            PortRole.Dmz => random.Pick(DmzNames),
            PortRole.Guest => random.Pick(GuestNames),
            _ => random.Percent(70) ? "" : "Unused",
        };

        var port = new PortPlan(number, seed)
        {
            Role = role,
            Vlan = 0,
            State = state,
            Description = description,
        };

        return WithTraffic(ref random, state == PortState.Connected ? Connect(ref random, port) : port);
    }

    /// <summary>A server or firewall port brought up: its speed, what is learned on it, and who speaks LLDP/CDP.</summary>
    private static PortPlan Connect(ref Prng random, PortPlan port)
    {
        var speed = port.Role switch
        {
            PortRole.Hypervisor or PortRole.Storage => random.Percent(70) ? 25000 : 10000,
            PortRole.Server => random.Percent(60) ? 10000 : 1000,
            PortRole.OutOfBand => 1000,
            PortRole.Untrust or PortRole.Trust or PortRole.Dmz or PortRole.Guest => port.Number > 16 ? 10000 : 1000,
            _ => 10000,
        };

        Endpoint[] endpoints = port.Role switch
        {
            PortRole.Hypervisor => HypervisorMacs(ref random),
            PortRole.Storage => [new Endpoint(EndpointMacs.RandomMac(ref random, StorageOuis), HostPlan.StorageVlan, false, false, true, 0)],
            PortRole.OutOfBand => [new Endpoint(EndpointMacs.RandomMac(ref random, OutOfBandOuis), HostPlan.OutOfBandVlan, false, false, true, 0)],
            PortRole.Server or PortRole.Spare => [new Endpoint(EndpointMacs.RandomMac(ref random, ServerOuis), port.Vlan, false, false, true, 0)],
            _ => [], // a routed firewall interface learns no MAC addresses
        };

        return port with
        {
            SpeedMbps = speed,
            Endpoints = endpoints,
            Neighbor = port.Role switch
            {
                PortRole.Hypervisor => NeighborKind.Hypervisor,
                PortRole.Trust when port.Number == 3 => NeighborKind.Distribution,
                _ => NeighborKind.None,
            },
        };
    }

    /// <summary>The host's own NIC on the native VLAN, then its virtual machines on the server and vMotion VLANs.</summary>
    private static Endpoint[] HypervisorMacs(ref Prng random)
    {
        var machines = random.Next(2, 11);
        var endpoints = new Endpoint[machines + 1];
        endpoints[0] = new Endpoint(EndpointMacs.RandomMac(ref random, ServerOuis), HostPlan.ServerVlan, false, false, true, 0);
        for (var i = 1; i <= machines; i++)
        {
            var vlan = i == 1 ? HostPlan.VMotionVlan : HostPlan.ServerVlan;
            endpoints[i] = new Endpoint(EndpointMacs.RandomMac(ref random, VirtualMachineOuis), vlan, false, false, true, 0);
        }

        // VMware hands out 00:50:56 addresses in its own range; the table lists them in VLAN order anyway.
        return endpoints;
    }

    private static string DescribeServer(ref Prng random, HostPlan host, PortRole role)
    {
        var building = host.BuildingCode.ToLowerInvariant();
        var unit = random.Next(1, 40);
        return role switch
        {
            PortRole.Hypervisor => string.Create(CultureInfo.InvariantCulture, $"esx-{building}-{unit:D2} vmnic{random.Next(0, 4)}"),
            PortRole.Storage => string.Create(CultureInfo.InvariantCulture, $"nas-{building}-{random.Next(1, 4):D2} e0{(char)('a' + random.Next(4))}"),
            PortRole.Server => string.Create(CultureInfo.InvariantCulture, $"srv-{random.Pick(ServerApps)}-{unit:D2} eth{random.Next(0, 2)}"),
            PortRole.OutOfBand => string.Create(CultureInfo.InvariantCulture, $"{(random.Percent(50) ? "idrac" : "ilo")}-esx-{building}-{unit:D2}"),
            _ => random.Next(100) switch
            {
                < 50 => "",
                < 80 => "Spare",
                _ => "Reserved",
            },
        };
    }

    /// <summary>Counters and rates, scaled to the link: what <c>show interfaces</c> would count since the last clear.</summary>
    private static PortPlan WithTraffic(ref Prng random, PortPlan port)
    {
        var connected = port.State == PortState.Connected;
        var everUp = connected || (port.State == PortState.NotConnected && random.Percent(60));
        if (!everUp)
        {
            return port with { IdleSeconds = random.Next(3600, 90 * 86400) };
        }

        var scale = connected ? Math.Max(1, port.SpeedMbps / 1000) : 1;
        var down = connected ? 1 : 100;
        var inPackets = random.NextLong(200_000, 9_000_000_000) * scale / down;
        var outPackets = random.NextLong(200_000, 9_000_000_000) * scale / down;
        var broadcasts = inPackets / random.Next(200, 4000);
        return port with
        {
            EverUp = true,
            InputPackets = inPackets,
            InputBytes = inPackets * random.Next(200, 1400),
            OutputPackets = outPackets,
            OutputBytes = outPackets * random.Next(200, 1400),
            Broadcasts = broadcasts,
            Multicasts = broadcasts / random.Next(1, 4),
            OutputBroadcasts = outPackets / random.Next(500, 5000),
            Resets = random.Next(0, 4),
            InputRateBits = connected ? random.Next(1, 4000) * 1000 * scale : 0,
            OutputRateBits = connected ? random.Next(1, 4000) * 1000 * scale : 0,
            IdleSeconds = connected ? random.Next(0, 4) : random.Next(3600, 90 * 86400),
        };
    }
}
