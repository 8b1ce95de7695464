using System.Runtime.CompilerServices;
using System.IO.Hashing;
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
    public const int Version = 3;

    /// <summary>The stored text of a signature: 32 lower-case hex digits.</summary>
    public static string Format(UInt128 signature) => signature.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A stored signature read back; text that is not one (another version's, empty) reads as 0, which never matches.</summary>
    public static UInt128 Parse(string? text) =>
        UInt128.TryParse(text, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : UInt128.Zero;

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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static UInt128 Of(InterfaceFacts port)
    {
        var signer = Signer.Start();
        FillPort(ref signer, port);
        if (signer.NeedsNormalising)
        {
            signer = Signer.Slow();
            FillPort(ref signer, port);
        }

        return signer.Finish();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FillPort(ref Signer signer, InterfaceFacts port)
    {
        signer.Add(port.Port);
        signer.Add(port.PortSort);
        signer.Add(port.Name);
        signer.Add(port.Status);
        signer.Add(port.Vlan);
        signer.Add(port.Duplex);
        signer.Add(port.Speed);
        signer.Add(port.Type);
        signer.Add(port.Description);
        signer.Add(port.InterfaceMac);
        signer.Add(port.LearnedMacs);
        signer.Add(port.AuthState);
        signer.Add(port.AuthMode);
        signer.Add(port.AuthClientMac);
        signer.Add(port.AuthVlan);
        signer.Add(port.AuthTemplate);
        signer.Add(port.MissingAuthCmds);
        signer.Add(port.Config);
        signer.Add(port.PortColor);
        signer.Add(port.ConfigStatus);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static UInt128 Of(DeviceFacts device)
    {
        var signer = Signer.Start();
        FillDevice(ref signer, device);
        if (signer.NeedsNormalising)
        {
            signer = Signer.Slow();
            FillDevice(ref signer, device);
        }

        return signer.Finish();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FillDevice(ref Signer signer, DeviceFacts device)
    {
        signer.Add(device.Hostname);
        signer.Add(device.Site);
        signer.Add(device.Make);
        signer.Add(device.Platform);
        signer.Add(device.Model);
        signer.Add(device.Version);
        signer.Add(device.Serial);
        signer.Add(device.Uptime);
        signer.Add(device.Location);
        signer.Add(device.Building);
        signer.Add(device.Floor);
        signer.Add(device.Room);
        signer.Add(device.Row);
        signer.Add(device.Rack);
        signer.Add(device.AuthDefaultVlan);
        signer.Add(device.AuthBlock);
        signer.Add(device.InterfaceCount);
    }

    /// <summary>One signature over a host's MAC, neighbour and spanning-tree rows, in table order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static UInt128 OfTables(DeviceFacts device)
    {
        var signer = Signer.Start();
        FillTables(ref signer, device);
        if (signer.NeedsNormalising)
        {
            signer = Signer.Slow();
            FillTables(ref signer, device);
        }

        return signer.Finish();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FillTables(ref Signer signer, DeviceFacts device)
    {
        signer.Add(device.MacEntries.Count);
        foreach (var m in device.MacEntries)
        {
            signer.Add(m.Vlan);
            signer.Add(m.Mac);
            signer.Add(m.Type);
            signer.Add(m.Port);
        }

        signer.Add(device.Neighbors.Count);
        foreach (var n in device.Neighbors)
        {
            signer.Add(n.Protocol);
            signer.Add(n.LocalPort);
            signer.Add(n.NeighborName);
            signer.Add(n.NeighborPort);
            signer.Add(n.Platform);
            signer.Add(n.MgmtAddress);
        }

        signer.Add(device.SpanningTree.Count);
        foreach (var t in device.SpanningTree)
        {
            signer.Add(t.Vlan);
            signer.Add(t.RootSwitch);
            signer.Add(t.RootPort);
            signer.Add(t.Role);
            signer.Add(t.Upstream);
        }
    }

    /// <summary>The tables signature of a host with no MAC, neighbour or spanning-tree rows.</summary>
    public static UInt128 EmptyTables { get; } = OfTables(new DeviceFacts());

    /// <summary>
    /// Hashes each field's trimmed UTF-16 code units with its length in front, so ("ab","c") and ("a","bc") differ.
    /// Fields are copied into one per-thread buffer and hashed in one call (the diff signs every port of every host,
    /// on the warm path too). Lengths are written as two chars with the top bit set, so a CR in the buffer can only
    /// come from a field: one search at the end finds the rare field that needs its line ends normalised.
    /// </summary>
    private ref struct Signer
    {
        [ThreadStatic]
        private static char[]? shared;

        private char[] buffer;
        private int used;
        private bool slow;

        public static Signer Start() => new() { buffer = shared ??= new char[2048] };

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(string? value)
        {
            ReadOnlySpan<char> span = value;
            if (!span.IsEmpty && (char.IsWhiteSpace(span[0]) || char.IsWhiteSpace(span[^1])))
            {
                span = span.Trim();
            }

            if (slow && span.Contains('\r'))
            {
                span = Normalize(value);
            }

            Ensure(2 + span.Length);
            buffer[used] = (char)(0x8000 | (span.Length & 0x7FFF));
            buffer[used + 1] = (char)(0x8000 | (span.Length >> 15));
            span.CopyTo(buffer.AsSpan(used + 2));
            used += 2 + span.Length;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(int number)
        {
            Ensure(2);
            buffer[used] = (char)(0x8000 | (number & 0x7FFF));
            buffer[used + 1] = (char)(0x8000 | ((number >> 15) & 0x7FFF));
            used += 2;
        }

        /// <summary>True when a field held a CR: the caller signs again with <see cref="Slow"/> set.</summary>
        public readonly bool NeedsNormalising => !slow && buffer.AsSpan(0, used).Contains('\r');

        public static Signer Slow() => new() { buffer = shared ??= new char[2048], slow = true };

        public readonly UInt128 Finish() =>
            XxHash128.HashToUInt128(System.Runtime.InteropServices.MemoryMarshal.AsBytes(buffer.AsSpan(0, used)));

        private void Ensure(int more)
        {
            if (used + more <= buffer.Length)
            {
                return;
            }

            var bigger = new char[Math.Max(buffer.Length * 2, used + more)];
            buffer.AsSpan(0, used).CopyTo(bigger);
            buffer = bigger;
            shared = bigger;
        }
    }
}
