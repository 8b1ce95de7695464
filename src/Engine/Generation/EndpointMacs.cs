namespace StateTrace.Engine.Generation;

/// <summary>What plugs into an access port, and the vendor prefixes (OUIs) their MAC addresses carry.</summary>
internal static class EndpointMacs
{
    public static readonly ulong[] PcOuis = [0xD481D7, 0xF48E38, 0x54E1AD, 0x3C5282, 0xA483E7, 0x8C8CAA, 0x98FA9B];
    public static readonly ulong[] PhoneOuis = [0x848A8D, 0x00EBD5, 0xC89C1D, 0x7C2586];
    public static readonly ulong[] PrinterOuis = [0xA0D3C1, 0x10E7C6, 0x9C934E];
    public static readonly ulong[] CameraOuis = [0x00408C, 0xACCC8E, 0xB8A44F];
    public static readonly ulong[] AccessPointOuis = [0x70F35A, 0x0C75BD, 0x4CA64D];
    public static readonly ulong[] FacilityOuis = [0x0050C2, 0x001B17, 0x00E04C];

    public static ulong RandomMac(ref Prng random, ulong[] ouis) =>
        (random.Pick(ouis) << 24) | (random.NextUInt64() & 0xFFFFFF);
}

/// <summary>One device behind a port, as the MAC table and the authentication sessions see it.</summary>
internal readonly record struct Endpoint(ulong Mac, int Vlan, bool IsPhone, bool ByDot1x, bool Authorized, uint SessionTag);
