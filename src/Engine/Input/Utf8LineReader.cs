using System.Buffers;

namespace StateTrace.Engine.Input;

/// <summary>
/// Streams UTF-8 input as byte lines, with the line rules of <see cref="LineReader"/> (CRLF, LF, lone CR; a line past
/// <see cref="LineReader.MaxLineChars"/> characters is cut and its rest skipped), so the splitter can hash and spool
/// valid UTF-8 without decoding and re-encoding it. Lines come back as spans into an internal buffer.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    // A line of more than this many bytes has more than MaxLineChars characters whatever its content (≤ 4 bytes each).
    private const int CutBytes = LineReader.MaxLineChars * 4;

    private readonly Stream stream;
    private byte[] buffer;
    private int start;
    private int end;
    private bool eof;
    private bool skipLeadingLf;
    private byte[]? carry;

    public Utf8LineReader(Stream stream, int bufferBytes = 1 << 20)
    {
        this.stream = stream;
        buffer = ArrayPool<byte>.Shared.Rent(bufferBytes);
    }

    public long LineNumber { get; private set; }

    /// <summary>The line last returned was longer than any line can be kept whole; its rest was skipped.</summary>
    public bool LastLineCut { get; private set; }

    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        LastLineCut = false;
        if (carry is not null)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
            if (buffer.Length - end < carry.Length)
            {
                var bigger = ArrayPool<byte>.Shared.Rent(end + carry.Length);
                buffer.AsSpan(0, end).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = bigger;
            }

            carry.CopyTo(buffer.AsSpan(end));
            end += carry.Length;
            carry = null;
        }

        while (true)
        {
            if (skipLeadingLf)
            {
                if (start == end && !Fill())
                {
                    line = default;
                    return false;
                }

                if (start < end)
                {
                    if (buffer[start] == (byte)'\n')
                    {
                        start++;
                    }

                    skipLeadingLf = false;
                }
            }

            var pending = buffer.AsSpan(start, end - start);
            var eol = pending.IndexOfAny((byte)'\r', (byte)'\n');
            if (eol >= 0)
            {
                line = pending[..eol];
                start += eol + 1;
                if (pending[eol] == (byte)'\r')
                {
                    if (start < end)
                    {
                        if (buffer[start] == (byte)'\n')
                        {
                            start++;
                        }
                    }
                    else
                    {
                        skipLeadingLf = true;
                    }
                }

                LineNumber++;
                return true;
            }

            if (eof)
            {
                if (pending.IsEmpty)
                {
                    line = default;
                    return false;
                }

                line = pending;
                start = end;
                LineNumber++;
                return true;
            }

            if (pending.Length >= CutBytes)
            {
                line = pending[..CutBytes];
                start += CutBytes;
                SkipRestOfLine();
                LineNumber++;
                LastLineCut = true;
                return true;
            }

            Fill();
        }
    }

    private void SkipRestOfLine()
    {
        // The returned line stays in the buffer until the next call, so the rest of the long line is read into a
        // scratch array; whatever follows its end is carried over and put back in front at the next call.
        var pending = buffer.AsSpan(start, end - start);
        var eol = pending.IndexOfAny((byte)'\r', (byte)'\n');
        if (eol >= 0)
        {
            start += eol + Terminator(pending[eol..]);
            return;
        }

        start = end;
        var scratch = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            int read;
            while ((read = stream.Read(scratch, 0, scratch.Length)) > 0)
            {
                var chunk = scratch.AsSpan(0, read);
                var at = chunk.IndexOfAny((byte)'\r', (byte)'\n');
                if (at >= 0)
                {
                    carry = chunk[(at + Terminator(chunk[at..]))..].ToArray();
                    return;
                }
            }

            eof = true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    // Length of the terminator at the start of text; a CR at the very end may be the first half of a CRLF.
    private int Terminator(ReadOnlySpan<byte> text)
    {
        if (text[0] == (byte)'\n')
        {
            return 1;
        }

        if (text.Length == 1)
        {
            skipLeadingLf = true;
            return 1;
        }

        return text[1] == (byte)'\n' ? 2 : 1;
    }

    private bool Fill()
    {
        if (eof)
        {
            return false;
        }

        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, CutBytes * 2));
            buffer.AsSpan(0, end).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = bigger;
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            eof = true;
            return false;
        }

        end += read;
        return true;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }
}
