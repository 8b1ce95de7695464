using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace StateTrace.Engine.Input;

/// <summary>
/// One host's spool: lines are encoded into a pooled buffer that is hashed and written in large chunks, never per
/// line. The file handle is opened on demand and closed when the splitter's writer LRU evicts it.
/// </summary>
internal sealed class HostSpool : IDisposable
{
    private const int ChunkBytes = 1 << 16;

    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[]? pending;
    private int used;
    private FileStream? stream;

    public HostSpool(HostSlice slice) => Slice = slice;

    public HostSlice Slice { get; }

    public bool IsOpen => stream is not null || pending is not null;

    /// <summary>Appends one line and its LF; returns false (writing nothing) when it would pass <paramref name="cap"/>.</summary>
    public bool Append(ReadOnlySpan<char> line, long cap)
    {
        var bytes = Encoding.UTF8.GetByteCount(line) + 1;
        if (Slice.Length + bytes > cap)
        {
            return false;
        }

        pending ??= ArrayPool<byte>.Shared.Rent(ChunkBytes);
        if (pending.Length - used < bytes)
        {
            Flush();
            if (pending.Length < bytes)
            {
                ArrayPool<byte>.Shared.Return(pending);
                pending = ArrayPool<byte>.Shared.Rent(bytes);
            }
        }

        used += Encoding.UTF8.GetBytes(line, pending.AsSpan(used));
        pending[used++] = (byte)'\n';
        Slice.Length += bytes;
        Slice.LineCount++;
        return true;
    }

    /// <summary>Appends one line that is already valid UTF-8, and its LF; false (writing nothing) past <paramref name="cap"/>.</summary>
    public bool Append(ReadOnlySpan<byte> line, long cap)
    {
        var bytes = line.Length + 1;
        if (Slice.Length + bytes > cap)
        {
            return false;
        }

        pending ??= ArrayPool<byte>.Shared.Rent(ChunkBytes);
        if (pending.Length - used < bytes)
        {
            Flush();
            if (pending.Length < bytes)
            {
                ArrayPool<byte>.Shared.Return(pending);
                pending = ArrayPool<byte>.Shared.Rent(bytes);
            }
        }

        line.CopyTo(pending.AsSpan(used));
        used += line.Length;
        pending[used++] = (byte)'\n';
        Slice.Length += bytes;
        Slice.LineCount++;
        return true;
    }

    public void Flush()
    {
        if (used == 0)
        {
            return;
        }

        var chunk = pending.AsSpan(0, used);
        hash.AppendData(chunk);
        stream ??= new FileStream(Slice.SpoolPath, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0);
        stream.Write(chunk);
        used = 0;
    }

    /// <summary>Flushes and releases the file handle and buffer; the spool can be appended to again later.</summary>
    public void Close()
    {
        Flush();
        stream?.Dispose();
        stream = null;
        if (pending is not null)
        {
            ArrayPool<byte>.Shared.Return(pending);
            pending = null;
        }
    }

    public void Complete()
    {
        Close();
        if (Slice.Length == 0)
        {
            // A host seen only as a bare prompt still gets an (empty) spool file so readers can open it.
            File.WriteAllBytes(Slice.SpoolPath, []);
        }

        Slice.Hash = Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public void Dispose()
    {
        Close();
        hash.Dispose();
    }
}
