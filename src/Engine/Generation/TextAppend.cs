using System.Text;

namespace StateTrace.Engine.Generation;

/// <summary>The few formatting moves device output needs, without allocating per line.</summary>
internal static class TextAppend
{
    private const string Hex = "0123456789abcdef";

    /// <summary>Appends <paramref name="text"/> and a LF (never <see cref="Environment.NewLine"/>: output must not depend on the OS).</summary>
    public static StringBuilder Line(this StringBuilder builder, string text) => builder.Append(text).Append('\n');

    public static StringBuilder Line(this StringBuilder builder) => builder.Append('\n');

    /// <summary>Appends <paramref name="text"/>, cut to <paramref name="width"/> characters and padded with spaces to it.</summary>
    public static StringBuilder Column(this StringBuilder builder, ReadOnlySpan<char> text, int width)
    {
        if (text.Length >= width)
        {
            return builder.Append(text[..width]);
        }

        return builder.Append(text).Append(' ', width - text.Length);
    }

    /// <summary>Right-aligns <paramref name="text"/> in <paramref name="width"/> characters.</summary>
    public static StringBuilder RightColumn(this StringBuilder builder, ReadOnlySpan<char> text, int width)
    {
        if (text.Length < width)
        {
            builder.Append(' ', width - text.Length);
        }

        return builder.Append(text);
    }

    /// <summary>Cisco's dotted form: <c>00a5.bf9d.2c81</c>.</summary>
    public static StringBuilder AppendDottedMac(this StringBuilder builder, ulong mac)
    {
        Span<char> text = stackalloc char[14];
        var position = 0;
        for (var shift = 44; shift >= 0; shift -= 4)
        {
            if (position is 4 or 9)
            {
                text[position++] = '.';
            }

            text[position++] = Hex[(int)((mac >> shift) & 0xF)];
        }

        return builder.Append(text);
    }

    /// <summary>Colon form: <c>00:a5:bf:9d:2c:80</c>.</summary>
    public static StringBuilder AppendColonMac(this StringBuilder builder, ulong mac)
    {
        Span<char> text = stackalloc char[17];
        var position = 0;
        for (var shift = 44; shift >= 0; shift -= 4)
        {
            if (position is 2 or 5 or 8 or 11 or 14)
            {
                text[position++] = ':';
            }

            text[position++] = Hex[(int)((mac >> shift) & 0xF)];
        }

        return builder.Append(text);
    }

    /// <summary>Upper-case hex of <paramref name="value"/>, <paramref name="digits"/> wide, zero-filled.</summary>
    public static StringBuilder AppendHex(this StringBuilder builder, ulong value, int digits)
    {
        Span<char> text = stackalloc char[16];
        for (var i = digits - 1; i >= 0; i--)
        {
            text[i] = char.ToUpperInvariant(Hex[(int)(value & 0xF)]);
            value >>= 4;
        }

        return builder.Append(text[..digits]);
    }

    /// <summary>HP/Aruba form: <c>00a5bf-9d2c81</c>.</summary>
    public static StringBuilder AppendHpMac(this StringBuilder builder, ulong mac)
    {
        Span<char> text = stackalloc char[13];
        var position = 0;
        for (var shift = 44; shift >= 0; shift -= 4)
        {
            if (position == 6)
            {
                text[position++] = '-';
            }

            text[position++] = Hex[(int)((mac >> shift) & 0xF)];
        }

        return builder.Append(text);
    }
}

