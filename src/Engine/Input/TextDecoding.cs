using System.Text;

namespace StateTrace.Engine.Input;

/// <summary>How a capture's bytes are to be read, decided from its first bytes.</summary>
internal enum InputKind
{
    Text,
    Empty,
    Binary,
}

internal static class TextDecoding
{
    private const int SniffBytes = 8192;

    /// <summary>
    /// Picks the encoding from a BOM (UTF-8, UTF-16 LE/BE), else from the NUL pattern of BOM-less UTF-16, else UTF-8.
    /// A file with NULs in no such pattern is binary. Invalid UTF-8 decodes to U+FFFD rather than failing.
    /// </summary>
    public static (InputKind Kind, Encoding Encoding) Sniff(Stream stream)
    {
        Span<byte> head = stackalloc byte[SniffBytes];
        var read = stream.ReadAtLeast(head, SniffBytes, throwOnEndOfStream: false);
        stream.Seek(0, SeekOrigin.Begin);
        head = head[..read];
        if (read == 0)
        {
            return (InputKind.Empty, Encoding.UTF8);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (InputKind.Text, Encoding.UTF8);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (InputKind.Text, Encoding.Unicode);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (InputKind.Text, Encoding.BigEndianUnicode);
        }

        if (!head.Contains((byte)0))
        {
            return (InputKind.Text, Encoding.UTF8);
        }

        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < head.Length; i++)
        {
            if (head[i] == 0)
            {
                if ((i & 1) == 0)
                {
                    evenNuls++;
                }
                else
                {
                    oddNuls++;
                }
            }
        }

        var half = head.Length / 2;
        if (oddNuls >= half * 9 / 10 && evenNuls <= half / 10)
        {
            return (InputKind.Text, Encoding.Unicode);
        }

        if (evenNuls >= half * 9 / 10 && oddNuls <= half / 10)
        {
            return (InputKind.Text, Encoding.BigEndianUnicode);
        }

        return (InputKind.Binary, Encoding.UTF8);
    }
}
