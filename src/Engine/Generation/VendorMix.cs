using System.Globalization;
using System.Text;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Generation;

/// <summary>
/// The share of each platform (design §2 names) among a corpus's hosts. Shares are relative weights, rounded to whole
/// hundredths of the hosts; any platform given a positive weight gets at least one hundredth.
/// </summary>
/// <remarks>
/// A host's platform is a function of (seed, site index, host index) and the mix alone, never of the number of sites
/// or the corpus size. Hosts are dealt out from a cycle of <see cref="Slots"/> platforms interleaved as evenly as the
/// shares allow (smooth weighted round-robin). Five neighbouring sites share a cycle, each reading its own fifth of
/// it (20 consecutive slots per 20 hosts, from a seed-derived offset): a site's hosts follow the shares within one
/// host in every 20, and 100 hosts of five sites hold them exactly, so even a small reference corpus shows every
/// vendor.
/// </remarks>
public sealed class VendorMix
{
    /// <summary>Hosts dealt per cycle: shares are whole percent.</summary>
    public const int Slots = 100;

    /// <summary>Sites that share one cycle of slots, each reading <see cref="Slots"/> / <see cref="SiteLanes"/> of them.</summary>
    internal const int SiteLanes = 5;

    private const ulong VendorStream = 0x56656E646F72; // "Vendor"

    private readonly string[] cycle;

    private VendorMix(IReadOnlyList<KeyValuePair<string, double>> weights)
    {
        Weights = weights;
        Percent = Apportion(weights);
        cycle = Interleave(Percent);
    }

    /// <summary>
    /// The reference profile's mix, a campus estate grown by acquisitions: half Cisco IOS-XE access switches, then
    /// Aruba CX 12 %, ProCurve 10 %, FastIron 8 %, Arista 7 %, NX-OS 6 %, Junos 4 % and PAN-OS firewalls 3 %.
    /// </summary>
    public static VendorMix Reference { get; } = new(
    [
        new(Platforms.CiscoIos, 50),
        new(Platforms.ArubaAosCx, 12),
        new(Platforms.HpProcurve, 10),
        new(Platforms.BrocadeFastIron, 8),
        new(Platforms.AristaEos, 7),
        new(Platforms.CiscoNxos, 6),
        new(Platforms.JuniperJunos, 4),
        new(Platforms.PaloAltoPanos, 3),
    ]);

    /// <summary>The weights as given, in the order given (platforms with weight 0 left out).</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Weights { get; }

    /// <summary>Whole-percent shares summing to 100, in the order of <see cref="Weights"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Percent { get; }

    /// <summary>A mix of one platform.</summary>
    public static VendorMix Only(string platform) => Parse(platform);

    /// <summary>
    /// Reads <c>cisco_ios=50,arista_eos=7</c>; a bare name means weight 1, so <c>cisco_ios,juniper_junos</c> is half
    /// each. Throws <see cref="FormatException"/> with one sentence naming what is wrong.
    /// </summary>
    public static VendorMix Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var weights = new List<KeyValuePair<string, double>>();
        foreach (var part in text.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=');
            var name = (equals < 0 ? part : part[..equals]).Trim().ToLowerInvariant();
            var weight = 1.0;
            if (equals >= 0 && (!double.TryParse(part[(equals + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out weight)
                || !double.IsFinite(weight) || weight < 0))
            {
                throw new FormatException($"'{part}' does not give {name} a share; write platform=weight with a weight of 0 or more, e.g. cisco_ios=50.");
            }

            if (!Platforms.All.Contains(name))
            {
                throw new FormatException($"Unknown platform '{name}'; the platforms are: {string.Join(", ", Platforms.All)}.");
            }

            if (weights.Exists(w => w.Key == name))
            {
                throw new FormatException($"{name} is given twice.");
            }

            if (weight > 0)
            {
                weights.Add(new(name, weight));
            }
        }

        if (weights.Count == 0)
        {
            throw new FormatException("The vendor mix gives no platform a share; name at least one, e.g. cisco_ios=1.");
        }

        return new VendorMix(weights);
    }

    /// <summary>The platform of host <paramref name="hostIndex"/> of site <paramref name="siteIndex"/> under <paramref name="seed"/>.</summary>
    public string PlatformOf(ulong seed, int siteIndex, int hostIndex)
    {
        var lane = siteIndex % SiteLanes;
        var group = siteIndex / SiteLanes;
        var hostsPerCycle = Slots / SiteLanes;
        var block = hostIndex / hostsPerCycle;
        var offset = (int)(Prng.Derive(Prng.Derive(Prng.Derive(seed, VendorStream), (ulong)group), (ulong)block) % Slots);
        return cycle[(offset + (lane * hostsPerCycle) + (hostIndex % hostsPerCycle)) % Slots];
    }

    /// <summary><c>cisco_ios=50,aruba_aoscx=12,…</c>: what <see cref="Parse"/> reads back into the same mix.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (platform, share) in Percent)
        {
            if (text.Length > 0)
            {
                text.Append(',');
            }

            text.Append(platform).Append('=').Append(share.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>Largest-remainder rounding to whole percent, at least 1 % for every platform named.</summary>
    private static KeyValuePair<string, int>[] Apportion(IReadOnlyList<KeyValuePair<string, double>> weights)
    {
        var total = weights.Sum(w => w.Value);
        var shares = new int[weights.Count];
        var remainders = new double[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = weights[i].Value / total * Slots;
            shares[i] = Math.Max(1, (int)Math.Floor(exact));
            remainders[i] = exact - Math.Floor(exact);
        }

        // Hand out what is left by largest remainder (ties to the first named); take back any excess that the 1 %
        // floor caused from the largest shares.
        var order = Enumerable.Range(0, shares.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).ToArray();
        for (var k = 0; shares.Sum() < Slots; k++)
        {
            shares[order[k % order.Length]]++;
        }

        while (shares.Sum() > Slots)
        {
            var largest = Array.IndexOf(shares, shares.Max());
            shares[largest]--;
        }

        var result = new KeyValuePair<string, int>[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            result[i] = new(weights[i].Key, shares[i]);
        }

        return result;
    }

    /// <summary>Smooth weighted round-robin: each platform's slots as evenly spaced over the cycle as they can be.</summary>
    private static string[] Interleave(IReadOnlyList<KeyValuePair<string, int>> shares)
    {
        var current = new int[shares.Count];
        var cycle = new string[Slots];
        for (var slot = 0; slot < Slots; slot++)
        {
            var best = 0;
            for (var i = 0; i < shares.Count; i++)
            {
                current[i] += shares[i].Value;
                if (current[i] > current[best])
                {
                    best = i;
                }
            }

            current[best] -= Slots;
            cycle[slot] = shares[best].Key;
        }

        return cycle;
    }
}
