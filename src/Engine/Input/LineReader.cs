using System.Buffers;
using System.Text;

namespace StateTrace.Engine.Input;

/// <summary>
/// Streams a text file as lines without allocating a string per line. CRLF, LF and lone CR all end a line; a line
/// longer than <see cref="MaxLineChars"/> is cut there and the remainder skipped, which the caller reports.
/// </summary>
internal sealed class LineReader : IDisposable
{
    public const int MaxLineChars = 1 << 20;

    private readonly StreamReader reader;
    private char[] buffer;
    private int start;
    private int end;
    private bool eof;
    private bool skipLeadingLf;
    private char[]? retired;

    public LineReader(Stream stream, Encoding encoding, int bufferChars = 1 << 16)
    {
        // detectEncodingFromByteOrderMarks also strips the BOM the sniffer saw.
        reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        buffer = ArrayPool<char>.Shared.Rent(bufferChars);
    }

    /// <summary>1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>True when the line last returned was cut at <see cref="MaxLineChars"/>.</summary>
    public bool LastLineTruncated { get; private set; }

    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        LastLineTruncated = false;
        if (retired is not null)
        {
            ArrayPool<char>.Shared.Return(retired);
            retired = null;
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
                    if (buffer[start] == '\n')
                    {
                        start++;
                    }

                    skipLeadingLf = false;
                }
            }

            var pending = buffer.AsSpan(start, end - start);
            var eol = pending.IndexOfAny('\r', '\n');
            if (eol >= 0)
            {
                line = pending[..eol];
                var terminator = pending[eol];
                start += eol + 1;
                if (terminator == '\r')
                {
                    if (start < end)
                    {
                        if (buffer[start] == '\n')
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

            if (pending.Length >= MaxLineChars)
            {
                line = pending[..MaxLineChars];
                start += MaxLineChars;
                SkipRestOfLine();
                LineNumber++;
                LastLineTruncated = true;
                return true;
            }

            Fill();
        }
    }

    private void SkipRestOfLine()
    {
        // The caller holds a span into the buffer, so the rest of the long line is consumed without moving it:
        // characters already buffered are skipped in place, further ones are read into a scratch array.
        var pending = buffer.AsSpan(start, end - start);
        var eol = pending.IndexOfAny('\r', '\n');
        if (eol >= 0)
        {
            start += eol + ConsumeTerminator(pending[eol..]);
            return;
        }

        start = end;
        var scratch = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            int read;
            while ((read = reader.Read(scratch, 0, scratch.Length)) > 0)
            {
                var chunk = scratch.AsSpan(0, read);
                var at = chunk.IndexOfAny('\r', '\n');
                if (at >= 0)
                {
                    var rest = chunk[(at + ConsumeTerminator(chunk[at..]))..];
                    EnsureTail(rest.Length);
                    rest.CopyTo(buffer.AsSpan(end));
                    end += rest.Length;
                    return;
                }
            }

            eof = true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
        }
    }

    // Length of the line terminator at the start of text; a CR at the very end may be half of a CRLF.
    private int ConsumeTerminator(ReadOnlySpan<char> text)
    {
        if (text[0] == '\n')
        {
            return 1;
        }

        if (text.Length == 1)
        {
            skipLeadingLf = true;
            return 1;
        }

        return text[1] == '\n' ? 2 : 1;
    }

    private void EnsureTail(int count)
    {
        if (buffer.Length - end >= count)
        {
            return;
        }

        // The caller still reads the returned line from the old array: retire it until the next call.
        var bigger = ArrayPool<char>.Shared.Rent(end + count);
        buffer.AsSpan(0, end).CopyTo(bigger);
        retired = buffer;
        buffer = bigger;
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
            var bigger = ArrayPool<char>.Shared.Rent(Math.Min(buffer.Length * 2, MaxLineChars * 2));
            buffer.AsSpan(0, end).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(buffer);
            buffer = bigger;
        }

        var read = reader.Read(buffer, end, buffer.Length - end);
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
        reader.Dispose();
        ArrayPool<char>.Shared.Return(buffer);
        buffer = [];
    }
}
