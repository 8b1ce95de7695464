namespace StateTrace.Engine.Storage;

/// <summary>A stored port as the site cache knows it: its row id and signature, never the row itself.</summary>
public readonly record struct PortIndex(long RowId, string Signature);

/// <summary>What the site cache keeps of one host: the device row's signatures and its ports.</summary>
public sealed class HostIndex
{
    public string DeviceSignature { get; set; } = "";

    /// <summary>Signature of the host's MAC, neighbour and spanning-tree rows together.</summary>
    public string TablesSignature { get; set; } = "";

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
