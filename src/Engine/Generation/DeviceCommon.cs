using System.Globalization;
using System.Text;

namespace StateTrace.Engine.Generation;

/// <summary>Values every vendor writer derives the same way: clocks, serials, addresses, uplinks and VLAN lists.</summary>
internal static class DeviceCommon
{
    private const string SerialChars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The capture time every generated clock is measured back from (the Cisco writer's, shared).</summary>
    public static DateTime CapturedAt => CiscoDevice.CapturedAt;

    public static DateTime BootedAt(HostPlan host) => CapturedAt.AddMinutes(-host.UptimeMinutes);

    /// <summary><paramref name="prefix"/> then <paramref name="length"/> upper-case letters and digits (no I or O).</summary>
    public static string Serial(ref Prng random, string prefix, int length)
    {
        Span<char> text = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            text[i] = SerialChars[random.Next(SerialChars.Length)];
        }

        return prefix + new string(text);
    }

    /// <summary>Digits only, <paramref name="length"/> of them.</summary>
    public static string Digits(ref Prng random, int length)
    {
        Span<char> text = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            text[i] = (char)('0' + random.Next(10));
        }

        return new string(text);
    }

    /// <summary>The uplinks that are cabled: the first, and the second when the two are bundled.</summary>
    public static int ConnectedUplinks(HostPlan host) => host.UplinkPortChannel ? 2 : 1;

    /// <summary>The distribution switch's port that uplink <paramref name="uplink"/> lands on.</summary>
    public static int DistributionPort(HostPlan host, int uplink) => host.DistributionPort + (uplink * 16);

    /// <summary>An endpoint's address in its VLAN's subnet: 10.&lt;site&gt;.&lt;vlan-derived&gt;.&lt;host&gt;.</summary>
    public static string EndpointAddress(HostPlan host, PortPlan port, int vlan)
    {
        var third = vlan >= 500 && vlan < 900 ? 200 + ((vlan - 500) / 10) : vlan % 250;
        return string.Create(Invariant, $"10.{host.SiteOctet}.{third}.{(((host.HostIndex * 53) + port.Number) % 250) + 3}");
    }

    /// <summary><c>20,30,40</c>.</summary>
    public static string JoinVlans(IEnumerable<int> vlans) => string.Join(',', vlans.Select(v => v.ToString(Invariant)));

    /// <summary>The VLANs a host defines, ascending (access switches: the campus set; server switches: theirs).</summary>
    public static int[] ConfiguredVlans(HostPlan host) => host.Kind == HostKind.Server
        ? [HostPlan.ServerVlan, HostPlan.StorageVlan, HostPlan.VMotionVlan, HostPlan.OutOfBandVlan, HostPlan.ManagementVlan, HostPlan.ParkingVlan]
        :
        [
            HostPlan.PrinterVlan, HostPlan.CameraVlan, HostPlan.AccessPointVlan, HostPlan.FacilityVlan,
            host.DataVlan, host.VoiceVlan, HostPlan.ManagementVlan, HostPlan.ParkingVlan,
        ];

    /// <summary>The hostname part of a hypervisor port's description (<c>esx-a01-07 vmnic2</c> → <c>esx-a01-07</c>).</summary>
    public static string HypervisorName(HostPlan host, PortPlan port)
    {
        var space = port.Description.IndexOf(' ');
        if (port.Description.StartsWith("esx-", StringComparison.Ordinal) && space > 0)
        {
            return port.Description[..space];
        }

        return string.Create(Invariant, $"esx-{host.BuildingCode.ToLowerInvariant()}-{port.Number:D2}");
    }

    /// <summary>The vmnic a hypervisor port's description names, else <c>vmnic0</c>.</summary>
    public static string HypervisorNic(PortPlan port)
    {
        var at = port.Description.IndexOf("vmnic", StringComparison.Ordinal);
        return at >= 0 ? port.Description[at..] : "vmnic0";
    }

    /// <summary>Days, hours, minutes, seconds of an uptime in minutes (seconds drawn from the host seed).</summary>
    public static (int Days, int Hours, int Minutes, int Seconds) Split(HostPlan host)
    {
        var minutes = host.UptimeMinutes;
        return (minutes / 1440, minutes % 1440 / 60, minutes % 60, (int)(host.Seed % 60));
    }

    /// <summary>Ports grouped into <c>first to last</c> runs of consecutive indexes: FastIron's and AOS-CX's ranges.</summary>
    public static List<(int First, int Last)> Runs(IEnumerable<int> indexes)
    {
        var runs = new List<(int First, int Last)>();
        foreach (var index in indexes)
        {
            if (runs.Count > 0 && runs[^1].Last == index - 1)
            {
                runs[^1] = (runs[^1].First, index);
            }
            else
            {
                runs.Add((index, index));
            }
        }

        return runs;
    }

    /// <summary>
    /// Wraps <paramref name="items"/> joined by <paramref name="separator"/> into lines of at most <paramref name="width"/>;
    /// a wrapped line keeps the separator's mark at its end when <paramref name="trailing"/> (AOS-CX), not otherwise (IOS, NX-OS).
    /// </summary>
    public static List<string> Wrap(IReadOnlyList<string> items, string separator, int width, bool trailing = false)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var item in items)
        {
            if (line.Length > 0 && line.Length + separator.Length + item.Length > width)
            {
                lines.Add((trailing ? line.Append(separator.TrimEnd()) : line).ToString());
                line.Clear();
            }
            else if (line.Length > 0)
            {
                line.Append(separator);
            }

            line.Append(item);
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }
}
