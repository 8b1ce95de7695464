using System.Globalization;

namespace StateTrace.Engine.Generation;

internal enum PortRole
{
    UserWithPhone,
    User,
    Printer,
    Camera,
    AccessPoint,
    Facility,
    Spare,

    // Server switches.
    Hypervisor,
    Storage,
    Server,
    OutOfBand,

    // Firewalls.
    Untrust,
    Trust,
    Dmz,
    Guest,
}

internal enum PortState
{
    Connected,
    NotConnected,
    Disabled,
}

/// <summary>The port templates of the original (design §2): flexible = dot1x + MAB, dot1x only, MAB only, open.</summary>
internal enum AuthTemplate
{
    Open,
    Flexible,
    Dot1x,
    MacAuth,
}

/// <summary>The six lines a flexible port must carry (the original's MissingAuthCmds list).</summary>
[Flags]
internal enum FlexibleLines
{
    None = 0,
    EventFail = 1,
    Order = 2,
    Priority = 4,
    PortControl = 8,
    QuietPeriod = 16,
    TxPeriod = 32,
    All = 63,
}

internal enum NeighborKind
{
    None,
    CiscoPhone,
    CiscoAccessPoint,
    LldpDevice,

    /// <summary>A hypervisor's virtual switch (ESXi sends CDP, a distributed switch LLDP).</summary>
    Hypervisor,

    /// <summary>The site's distribution switch, seen from a firewall's trust interface.</summary>
    Distribution,
}

/// <summary>
/// One port, derived from its own random stream (host seed, port number, revision) so that it never depends on its
/// neighbours: a change run derives new versions of chosen ports (<see cref="PortChanges"/>) and leaves the rest
/// untouched.
/// </summary>
internal sealed partial record PortPlan
{
    private static readonly string[] People = ["Bob's Office", "J. Ortiz", "Dr. Patel", "Reception", "Nurse Station", "Help Desk", "K. O'Brien"];
    private static readonly string[] Printers = ["HP M607", "HP E62655", "Xerox C8145", "Canon iR-C3826", "Lexmark MS821"];
    private static readonly string[] CameraSpots = ["Lobby East", "Lobby West", "Stairwell B", "Loading Dock", "Parking Entry", "Corridor 2"];
    private static readonly string[] Facilities = ["Badge Reader Door", "HVAC BMS Ctrl", "Elevator Phone", "Fire Panel", "Digital Sign"];

    private PortPlan(int number, ulong seed)
    {
        Number = number;
        Seed = seed;
    }

    /// <summary>1-based across the stack: 1–48 on member 1, 49–96 on member 2, …</summary>
    public int Number { get; }

    /// <summary>The port's own stream key; writers derive their vendor-specific extras from it.</summary>
    public ulong Seed { get; }

    public PortRole Role { get; private init; }
    public string Description { get; private init; } = "";
    public bool Trunk { get; private init; }

    /// <summary>Access VLAN, or the native VLAN of a trunk.</summary>
    public int Vlan { get; private init; }

    /// <summary>0 when the port has no voice VLAN.</summary>
    public int VoiceVlan { get; private init; }

    public PortState State { get; private init; }

    /// <summary>Negotiated speed, 0 when the link is down.</summary>
    public int SpeedMbps { get; private init; }

    public bool HalfDuplex { get; private init; }
    public AuthTemplate Auth { get; private init; }

    /// <summary>For <see cref="AuthTemplate.Flexible"/>: which of the six required lines the port carries.</summary>
    public FlexibleLines AuthLines { get; private init; }

    /// <summary>Critical-auth lines (<c>authentication event server dead …</c>) on a flexible port.</summary>
    public bool CriticalAuth { get; private init; }

    public Endpoint[] Endpoints { get; private init; } = [];
    public NeighborKind Neighbor { get; private init; }

    /// <summary>Whether the link has ever come up since the counters were cleared (drives <c>Last input never</c>).</summary>
    public bool EverUp { get; private init; }

    public long InputPackets { get; private init; }
    public long InputBytes { get; private init; }
    public long OutputPackets { get; private init; }
    public long OutputBytes { get; private init; }
    public long Broadcasts { get; private init; }
    public long Multicasts { get; private init; }
    public long OutputBroadcasts { get; private init; }
    public int Crc { get; private init; }
    public int InputErrors { get; private init; }
    public int Resets { get; private init; }
    public int InputRateBits { get; private init; }
    public int OutputRateBits { get; private init; }

    /// <summary>Seconds since the last input (connected ports) or since the link went down.</summary>
    public int IdleSeconds { get; private init; }

    public static PortPlan Derive(HostPlan host, int number, int revision)
    {
        var seed = Prng.Derive(Prng.Derive(host.Seed, 0x506F7274UL + (ulong)number), (ulong)revision); // "Port"
        return host.Kind switch
        {
            HostKind.Server => DeriveServer(host, number, seed),
            HostKind.Firewall => DeriveFirewall(host, number, seed),
            _ => DeriveAccess(host, number, seed),
        };
    }

    private static PortPlan DeriveAccess(HostPlan host, int number, ulong seed)
    {
        var random = new Prng(seed);

        var role = random.Next(100) switch
        {
            < 42 => PortRole.UserWithPhone,
            < 57 => PortRole.User,
            < 62 => PortRole.Printer,
            < 66 => PortRole.Camera,
            < 72 => PortRole.AccessPoint,
            < 77 => PortRole.Facility,
            _ => PortRole.Spare,
        };

        var state = role == PortRole.Spare
            ? (random.Percent(55) ? PortState.Disabled : PortState.NotConnected)
            : random.Next(100) switch
            {
                < 82 => PortState.Connected,
                < 98 => PortState.NotConnected,
                _ => PortState.Disabled,
            };

        var auth = role switch
        {
            PortRole.UserWithPhone or PortRole.User => random.Next(100) switch
            {
                < 80 => AuthTemplate.Flexible,
                < 92 => AuthTemplate.Dot1x,
                _ => AuthTemplate.Open,
            },
            PortRole.Printer or PortRole.Camera or PortRole.Facility => random.Next(100) switch
            {
                < 75 => AuthTemplate.MacAuth,
                < 90 => AuthTemplate.Flexible,
                _ => AuthTemplate.Open,
            },
            PortRole.AccessPoint => AuthTemplate.Open,
            _ => random.Percent(50) ? AuthTemplate.Flexible : AuthTemplate.Open,
        };

        // One flexible port in ten misses one or two of the required lines, as hand-edited configs do.
        var lines = FlexibleLines.All;
        if (auth == AuthTemplate.Flexible && random.Percent(10))
        {
            lines &= ~(FlexibleLines)(1 << random.Next(6));
            if (random.Percent(30))
            {
                lines &= ~(FlexibleLines)(1 << random.Next(6));
            }
        }

        var criticalAuth = auth == AuthTemplate.Flexible && random.Percent(30);

        var vlan = role switch
        {
            PortRole.Printer => HostPlan.PrinterVlan,
            PortRole.Camera => HostPlan.CameraVlan,
            PortRole.Facility => HostPlan.FacilityVlan,
            PortRole.AccessPoint => HostPlan.AccessPointVlan,
            PortRole.Spare when state == PortState.Disabled => HostPlan.ParkingVlan,
            _ => host.DataVlan,
        };

        var voiceVlan = role == PortRole.UserWithPhone || (role == PortRole.User && random.Percent(40)) ? host.VoiceVlan : 0;

        var (speed, half) = state == PortState.Connected ? LinkSpeed(ref random, role) : (0, false);
        var endpoints = state == PortState.Connected ? DeriveEndpoints(ref random, role, vlan, voiceVlan, auth) : [];
        var neighbor = state == PortState.Connected ? NeighborOf(ref random, role) : NeighborKind.None;

        var everUp = state == PortState.Connected || (state == PortState.NotConnected && random.Percent(60));
        long inPackets = 0, outPackets = 0, inBytes = 0, outBytes = 0, broadcasts = 0, multicasts = 0, outBroadcasts = 0;
        int crc = 0, inputErrors = 0, resets = 0, inRate = 0, outRate = 0;
        if (everUp)
        {
            var scale = state == PortState.Connected ? 1 : 100;
            inPackets = random.NextLong(20_000, 900_000_000) / scale;
            outPackets = random.NextLong(50_000, 2_000_000_000) / scale;
            inBytes = inPackets * random.Next(80, 1200);
            outBytes = outPackets * random.Next(80, 1400);
            broadcasts = inPackets / random.Next(20, 400);
            multicasts = broadcasts / random.Next(1, 4);
            outBroadcasts = outPackets / random.Next(200, 5000);
            resets = random.Next(0, 6);
            if (random.Percent(4))
            {
                crc = random.Next(1, 5000);
                inputErrors = crc + random.Next(0, 40);
            }

            if (state == PortState.Connected)
            {
                inRate = random.Next(0, 400) * 1000;
                outRate = random.Next(1, 900) * 1000;
            }
        }

        return new PortPlan(number, seed)
        {
            Role = role,
            Description = Describe(ref random, host, role),
            Trunk = role == PortRole.AccessPoint,
            Vlan = vlan,
            VoiceVlan = role == PortRole.AccessPoint ? 0 : voiceVlan,
            State = state,
            SpeedMbps = speed,
            HalfDuplex = half,
            Auth = auth,
            AuthLines = auth == AuthTemplate.Flexible ? lines : FlexibleLines.None,
            CriticalAuth = criticalAuth,
            Endpoints = endpoints,
            Neighbor = neighbor,
            EverUp = everUp,
            InputPackets = inPackets,
            InputBytes = inBytes,
            OutputPackets = outPackets,
            OutputBytes = outBytes,
            Broadcasts = broadcasts,
            Multicasts = multicasts,
            OutputBroadcasts = outBroadcasts,
            Crc = crc,
            InputErrors = inputErrors,
            Resets = resets,
            InputRateBits = inRate,
            OutputRateBits = outRate,
            IdleSeconds = state == PortState.Connected ? random.Next(0, 4) : random.Next(3600, 90 * 86400),
        };
    }

    /// <summary>The negotiated speed of a connected access port, and whether it came up half duplex.</summary>
    private static (int Speed, bool Half) LinkSpeed(ref Prng random, PortRole role) => role switch
    {
        PortRole.AccessPoint => (1000, false),
        PortRole.Camera => (100, false),
        PortRole.Facility => random.Percent(70) ? (100, false) : (10, random.Percent(50)),
        _ => random.Next(100) switch
        {
            < 85 => (1000, false),
            < 99 => (100, false),
            _ => (10, true),
        },
    };

    private static NeighborKind NeighborOf(ref Prng random, PortRole role) => role switch
    {
        PortRole.UserWithPhone => NeighborKind.CiscoPhone,
        PortRole.AccessPoint => NeighborKind.CiscoAccessPoint,
        PortRole.Camera => NeighborKind.LldpDevice,
        PortRole.Printer when random.Percent(50) => NeighborKind.LldpDevice,
        _ => NeighborKind.None,
    };

    private static Endpoint[] DeriveEndpoints(ref Prng random, PortRole role, int vlan, int voiceVlan, AuthTemplate auth)
    {
        var dataByDot1x = auth is AuthTemplate.Dot1x || (auth is AuthTemplate.Flexible && random.Percent(85));
        var authorized = random.Percent(95);
        switch (role)
        {
            case PortRole.UserWithPhone:
                var phone = new Endpoint(EndpointMacs.RandomMac(ref random, EndpointMacs.PhoneOuis), voiceVlan, true, false, true, (uint)random.NextUInt64());
                return random.Percent(85)
                    ? [phone, new Endpoint(EndpointMacs.RandomMac(ref random, EndpointMacs.PcOuis), vlan, false, dataByDot1x, authorized, (uint)random.NextUInt64())]
                    : [phone];
            case PortRole.User:
                var pc = new Endpoint(EndpointMacs.RandomMac(ref random, EndpointMacs.PcOuis), vlan, false, dataByDot1x, authorized, (uint)random.NextUInt64());
                return random.Percent(8)
                    ? [pc, new Endpoint(EndpointMacs.RandomMac(ref random, EndpointMacs.PcOuis), vlan, false, dataByDot1x, true, (uint)random.NextUInt64())]
                    : [pc];
            default:
                var ouis = role switch
                {
                    PortRole.Printer => EndpointMacs.PrinterOuis,
                    PortRole.Camera => EndpointMacs.CameraOuis,
                    PortRole.AccessPoint => EndpointMacs.AccessPointOuis,
                    _ => EndpointMacs.FacilityOuis,
                };
                return [new Endpoint(EndpointMacs.RandomMac(ref random, ouis), vlan, false, false, authorized, (uint)random.NextUInt64())];
        }
    }

    private static string Describe(ref Prng random, HostPlan host, PortRole role)
    {
        var room = (host.Floor * 100) + random.Next(1, 60);
        return role switch
        {
            PortRole.UserWithPhone or PortRole.User => random.Next(100) switch
            {
                < 35 => string.Create(CultureInfo.InvariantCulture, $"Desk {host.Floor}-{room}{(char)('A' + random.Next(6))}"),
                < 55 => string.Create(CultureInfo.InvariantCulture, $"Cube {room}-{random.Next(1, 13)}"),
                < 70 => string.Create(CultureInfo.InvariantCulture, $"Office {room}"),
                < 78 => random.Pick(People),
                < 88 => "User",
                _ => "",
            },
            PortRole.Printer => string.Create(CultureInfo.InvariantCulture, $"Printer {random.Pick(Printers)} Rm {room}"),
            PortRole.Camera => "CCTV " + random.Pick(CameraSpots),
            PortRole.AccessPoint => string.Create(CultureInfo.InvariantCulture, $"AP-{host.BuildingCode}-{host.Floor}F-{random.Next(1, 25):D2}"),
            PortRole.Facility => random.Pick(Facilities) + (random.Percent(50) ? string.Create(CultureInfo.InvariantCulture, $" {random.Next(1, 9)}") : ""),
            _ => random.Next(100) switch
            {
                < 60 => "",
                < 85 => "Spare",
                _ => "Not in use",
            },
        };
    }
}
