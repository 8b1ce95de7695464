namespace StateTrace.Engine.Storage;

/// <summary>
/// A stored port as the site cache knows it: its row id and signature, never the row itself. Signatures are kept as
/// 128-bit values, not their 32-character text: a 1 GB corpus has over half a million cached ports.
/// </summary>
public readonly record struct PortIndex(long RowId, UInt128 Signature)
{
    /// <summary>From the stored text of the signature (see <see cref="RowSignature.Format"/>).</summary>
    public PortIndex(long rowId, string signature)
        : this(rowId, RowSignature.Parse(signature))
    {
    }
}

/// <summary>What the site cache keeps of one host: the device row's signatures and its ports.</summary>
public sealed class HostIndex
{
    public UInt128 Device { get; set; }

    /// <summary>Signature of the host's MAC, neighbour and spanning-tree rows together.</summary>
    public UInt128 Tables { get; set; }

    /// <summary>The device signature as stored text (providers read and write this form).</summary>
    public string DeviceSignature
    {
        get => RowSignature.Format(Device);
        set => Device = RowSignature.Parse(value);
    }

    /// <summary>The tables signature as stored text.</summary>
    public string TablesSignature
    {
        get => RowSignature.Format(Tables);
        set => Tables = RowSignature.Parse(value);
    }

    public Dictionary<string, PortIndex> Ports { get; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// The site cache (design §3): host → port → (signature, row id) for one site, valid while the store's generation
/// for the site equals <see cref="Generation"/>.
/// </summary>
public sealed class SiteIndex(string site, long generation)
{
    public string Site { get; } = site;

    public long Generation { get; set; } = generation;

    public Dictionary<string, HostIndex> Hosts { get; } = new(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);

    /// <summary>One string per distinct port name in the site: every host has its own Gi1/0/1, the cache keeps one.</summary>
    public string Intern(string port)
    {
        if (names.TryGetValue(port, out var pooled))
        {
            return pooled;
        }

        names[port] = port;
        return port;
    }

    public int RowCount
    {
        get
        {
            var rows = 0;
            foreach (var host in Hosts.Values)
            {
                rows += host.Ports.Count;
            }

            return rows;
        }
    }
}
