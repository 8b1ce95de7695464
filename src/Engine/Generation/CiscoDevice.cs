using System.Globalization;

namespace StateTrace.Engine.Generation;

/// <summary>An IOS-XE release as <c>show version</c> prints it (long form in the stack table, short form in the banner).</summary>
internal sealed record CiscoRelease(string Long, string Short, string Codename, string Compiled, string Fc, string Rommon, int Year, string ConfigVersion);

/// <summary>
/// The Cisco-specific details of one generated switch (family, models, release, serials, MACs, interface names),
/// derived from the host's seed on a stream of their own so the vendor-neutral plan never shifts.
/// </summary>
internal sealed class CiscoDevice
{
    public const int PortsPerMember = 48;
    public const int UplinkCount = 4;

    /// <summary>
    /// Share of hosts whose capture includes <c>show interfaces</c>. Its faithful output is ~1.4 KB per port (~79 KB of
    /// a 48-port switch), and field captures often leave it out (the original's canonical list has no such command,
    /// design §2 parses counters "where captured"); 40 % keeps the mean 48-port host near 90 KB.
    /// </summary>
    public const int ShowInterfacesPercent = 40;

    // The capture time every generated clock is measured back from: fixed, so the bytes are too.
    public static readonly DateTime CapturedAt = new(2025, 6, 2, 9, 0, 0, DateTimeKind.Utc);

    private static readonly CiscoRelease[] Releases =
    [
        new("17.09.04a", "17.9.4a", "Cupertino", "Fri 20-Oct-23 10:44", "fc3", "17.9.1r[FC2]", 2023, "17.9"),
        new("17.09.04a", "17.9.4a", "Cupertino", "Fri 20-Oct-23 10:44", "fc3", "17.9.1r[FC2]", 2023, "17.9"),
        new("17.06.05", "17.6.5", "Bengaluru", "Wed 08-Feb-23 02:06", "fc2", "17.6.1r[FC4]", 2023, "17.6"),
        new("17.12.03", "17.12.3", "Dublin", "Wed 06-Mar-24 17:44", "fc5", "17.12.1r[FC1]", 2024, "17.12"),
        new("17.03.07", "17.3.7", "Amsterdam", "Tue 30-Aug-22 21:40", "fc2", "17.3.1r[FC2]", 2022, "17.3"),
        new("16.12.10a", "16.12.10a", "Gibraltar", "Thu 09-Nov-23 06:50", "fc3", "16.12.2r", 2023, "16.12"),
    ];

    private static readonly ulong[] Ouis = [0x00A5BF, 0x7C210E, 0xF87B20, 0x3C410E, 0xC4B239, 0x6C8BD3, 0x0CD0F8, 0x70B317];
    private static readonly string SerialChars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

    public CiscoDevice(HostPlan host)
    {
        var random = new Prng(Prng.Derive(host.Seed, 0x436973636F)); // "Cisco"
        IsLite = random.Percent(30);
        Release = random.Pick(Releases);
        Image = IsLite ? "CAT9K_LITE_IOSXE" : "CAT9K_IOSXE";
        var poe = IsLite ? "P" : random.Next(100) switch { < 65 => "P", < 90 => "U", _ => "T" };

        var ports = host.Ports.Length;
        Members = (ports + PortsPerMember - 1) / PortsPerMember;
        Models = new string[Members];
        Serials = new string[Members];
        BoardSerials = new string[Members];
        BaseMacs = new ulong[Members];
        var oui = random.Pick(Ouis);
        for (var m = 0; m < Members; m++)
        {
            var onMember = Math.Min(PortsPerMember, ports - (m * PortsPerMember));
            var size = onMember <= 24 ? "24" : "48";
            Models[m] = IsLite ? $"C9200L-{size}{poe}-4G" : $"C9300-{size}{poe}";
            var prefix = IsLite ? "JAE" : "FOC";
            Serials[m] = Serial(ref random, prefix);
            BoardSerials[m] = Serial(ref random, prefix);
            BaseMacs[m] = (oui << 24) | ((host.MacNic + ((ulong)m << 9)) & 0xFFFFFF);
        }

        PortShort = new string[ports];
        PortLong = new string[ports];
        for (var i = 0; i < ports; i++)
        {
            var member = (i / PortsPerMember) + 1;
            var port = (i % PortsPerMember) + 1;
            PortShort[i] = ShortName(i);
            PortLong[i] = string.Create(CultureInfo.InvariantCulture, $"GigabitEthernet{member}/0/{port}");
        }

        UplinkShort = new string[UplinkCount];
        UplinkLong = new string[UplinkCount];
        for (var u = 0; u < UplinkCount; u++)
        {
            UplinkShort[u] = string.Create(CultureInfo.InvariantCulture, $"{(IsLite ? "Gi" : "Te")}1/1/{u + 1}");
            UplinkLong[u] = string.Create(CultureInfo.InvariantCulture, $"{(IsLite ? "GigabitEthernet" : "TenGigabitEthernet")}1/1/{u + 1}");
        }

        UplinkOptic = IsLite ? "1000BaseSX SFP" : random.Percent(70) ? "SFP-10GBase-SR" : "SFP-10GBase-LR";
        LastReload = CapturedAt.AddMinutes(-host.UptimeMinutes).AddSeconds(-random.Next(60));
        ConfigChanged = CapturedAt.AddSeconds(-random.Next(1800, 60 * Math.Max(31, Math.Min(host.UptimeMinutes, 400 * 24 * 60))));
        SecretSalt = Serial(ref random, "").ToLowerInvariant();
        DistributionRelease = random.Pick(Releases);
        CapturesInterfaces = random.Percent(ShowInterfacesPercent);
    }

    /// <summary>Catalyst 9200L (lite image, 1G uplinks, no management port) rather than 9300.</summary>
    public bool IsLite { get; }

    public CiscoRelease Release { get; }
    public CiscoRelease DistributionRelease { get; }
    public string Image { get; }
    public int Members { get; }
    public string[] Models { get; }
    public string[] Serials { get; }
    public string[] BoardSerials { get; }
    public ulong[] BaseMacs { get; }
    public string[] PortShort { get; }
    public string[] PortLong { get; }
    public string[] UplinkShort { get; }
    public string[] UplinkLong { get; }
    public string UplinkOptic { get; }
    public int UplinkSpeedMbps => IsLite ? 1000 : 10000;
    public DateTime LastReload { get; }
    public DateTime ConfigChanged { get; }
    public string SecretSalt { get; }

    /// <summary>Whether this host's capture includes <c>show interfaces</c> (see <see cref="ShowInterfacesPercent"/>).</summary>
    public bool CapturesInterfaces { get; }

    /// <summary><c>Gi2/0/5</c> for port index 52: 48 ports per stack member.</summary>
    public static string ShortName(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"Gi{(index / PortsPerMember) + 1}/0/{(index % PortsPerMember) + 1}");

    public ulong PortMac(int index) => BaseMacs[index / PortsPerMember] + 1 + (ulong)(index % PortsPerMember);

    public ulong UplinkMac(int uplink) => BaseMacs[0] + 0x40 + (ulong)uplink;

    public ulong SviMac => BaseMacs[0] + 0x47;

    /// <summary>The port's number in spanning tree's Prio.Nbr column.</summary>
    public static int StpPortNumber(int index) => ((index / PortsPerMember) * 100) + (index % PortsPerMember) + 1;

    public int UplinkStpNumber(int uplink) => (IsLite ? 48 : 56) + uplink + 1;

    public static string Uptime(int minutes)
    {
        var years = minutes / (365 * 24 * 60);
        minutes -= years * 365 * 24 * 60;
        var weeks = minutes / (7 * 24 * 60);
        minutes -= weeks * 7 * 24 * 60;
        var days = minutes / (24 * 60);
        minutes -= days * 24 * 60;
        var hours = minutes / 60;
        minutes -= hours * 60;

        var parts = new List<string>(5);
        Add(parts, years, "year");
        Add(parts, weeks, "week");
        Add(parts, days, "day");
        Add(parts, hours, "hour");
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{minutes} minute{(minutes == 1 ? "" : "s")}"));
        return string.Join(", ", parts);

        static void Add(List<string> parts, int value, string unit)
        {
            if (value > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{value} {unit}{(value == 1 ? "" : "s")}"));
            }
        }
    }

    /// <summary>IOS clock form: <c>02:14:33 UTC Tue Jan 9 2024</c>.</summary>
    public static string Clock(DateTime time) => time.ToString("HH:mm:ss 'UTC' ddd MMM d yyyy", CultureInfo.InvariantCulture);

    private static string Serial(ref Prng random, string prefix)
    {
        Span<char> tail = stackalloc char[4];
        for (var i = 0; i < tail.Length; i++)
        {
            tail[i] = SerialChars[random.Next(SerialChars.Length)];
        }

        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{random.Next(21, 26)}{random.Next(1, 53):D2}{tail}");
    }
}
