using System.Buffers;
using System.IO.Hashing;
using System.Text;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Storage;

/// <summary>
/// The one normalisation and the one signature function for stored rows. The diff compares the signature of a parsed
/// row with the <c>Signature</c> column written from the same function, so identical input writes nothing (the
/// original signed trimmed values on one side and raw values on the other, and rewrote every row on every run).
/// </summary>
public static class RowSignature
{
    /// <summary>Bumped whenever the normalisation or the field list changes; rows of another version are rewritten.</summary>
    public const int Version = 1;

    /// <summary>Values are stored trimmed with LF line ends; null is stored as empty text.</summary>
    public static string Normalize(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var trimmed = value.AsSpan().Trim();
        if (!trimmed.Contains('\r'))
        {
            return trimmed.Length == value.Length ? value : trimmed.ToString();
        }

        return trimmed.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    public static string Of(InterfaceFacts port) => Of(
    [
        port.Port, port.PortSort, port.Name, port.Status, port.Vlan, port.Duplex, port.Speed, port.Type, port.Description,
        port.InterfaceMac, port.LearnedMacs, port.AuthState, port.AuthMode, port.AuthClientMac, port.AuthVlan,
        port.AuthTemplate, port.MissingAuthCmds, port.Config, port.PortColor, port.ConfigStatus,
    ]);

    public static string Of(DeviceFacts device) => Of(
    [
        device.Hostname, device.Site, device.Make, device.Platform, device.Model, device.Version, device.Serial,
        device.Uptime, device.Location, device.Building, device.Floor, device.Room, device.Row, device.Rack,
        device.AuthDefaultVlan, device.AuthBlock, device.InterfaceCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ]);

    /// <summary>One signature over a host's MAC, neighbour and spanning-tree rows, in table order.</summary>
    public static string OfTables(DeviceFacts device)
    {
        var fields = new List<string>(1 + (device.MacEntries.Count * 4) + (device.Neighbors.Count * 6) + (device.SpanningTree.Count * 5));
        fields.Add(Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var m in device.MacEntries)
        {
            fields.AddRange([m.Vlan, m.Mac, m.Type, m.Port]);
        }

        fields.Add("|neighbors");
        foreach (var n in device.Neighbors)
        {
            fields.AddRange([n.Protocol, n.LocalPort, n.NeighborName, n.NeighborPort, n.Platform, n.MgmtAddress]);
        }

        fields.Add("|span");
        foreach (var s in device.SpanningTree)
        {
            fields.AddRange([s.Vlan, s.RootSwitch, s.RootPort, s.Role, s.Upstream]);
        }

        return Of(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(fields));
    }

    /// <summary>The tables signature of a host with no MAC, neighbour or spanning-tree rows.</summary>
    public static string EmptyTables { get; } = OfTables(new DeviceFacts());

    private static string Of(ReadOnlySpan<string> fields)
    {
        var hash = new XxHash128();
        Span<byte> small = stackalloc byte[512];
        Span<byte> length = stackalloc byte[4];
        foreach (var field in fields)
        {
            var value = Normalize(field);
            var count = Encoding.UTF8.GetByteCount(value);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, count);
            hash.Append(length);
            if (count <= small.Length)
            {
                Encoding.UTF8.GetBytes(value, small);
                hash.Append(small[..count]);
            }
            else
            {
                var rented = ArrayPool<byte>.Shared.Rent(count);
                Encoding.UTF8.GetBytes(value, rented);
                hash.Append(rented.AsSpan(0, count));
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        Span<byte> digest = stackalloc byte[16];
        hash.GetCurrentHash(digest);
        return Convert.ToHexStringLower(digest);
    }
}
