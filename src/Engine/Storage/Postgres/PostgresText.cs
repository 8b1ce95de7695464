using System.Buffers;
using System.Text;

namespace StateTrace.Engine.Storage.Postgres;

/// <summary>
/// PostgreSQL <c>text</c> cannot hold U+0000, which device output does carry (design §7: NULs in descriptions), so
/// NUL alone is encoded, losslessly: NUL is stored as <c>␀</c> (U+2400, so a plain <c>SELECT</c> shows where it
/// was), and a literal <c>␀</c> or U+FDD0 in the input is escaped with U+FDD0, a Unicode noncharacter reserved for
/// internal use that devices never print. Every other string is stored unchanged, byte for byte.
/// </summary>
internal static class PostgresText
{
    public const char NulSymbol = '\u2400';
    public const char Escape = '\uFDD0';

    private static readonly SearchValues<char> NeedsEncoding = SearchValues.Create("\0\u2400\uFDD0");
    private static readonly SearchValues<char> NeedsDecoding = SearchValues.Create("\u2400\uFDD0");

    /// <summary>The stored form of a value already normalised by <see cref="RowSignature.Normalize"/>.</summary>
    public static string Encode(string value)
    {
        var first = value.AsSpan().IndexOfAny(NeedsEncoding);
        if (first < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8).Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\0':
                    builder.Append(NulSymbol);
                    break;
                case NulSymbol or Escape:
                    builder.Append(Escape).Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The value a stored string was encoded from.</summary>
    public static string Decode(string stored)
    {
        var first = stored.AsSpan().IndexOfAny(NeedsDecoding);
        if (first < 0)
        {
            return stored;
        }

        var builder = new StringBuilder(stored.Length).Append(stored, 0, first);
        for (var i = first; i < stored.Length; i++)
        {
            var c = stored[i];
            if (c == Escape && i + 1 < stored.Length)
            {
                builder.Append(stored[++i]);
            }
            else
            {
                builder.Append(c == NulSymbol ? '\0' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>What every string bound or copied to the server goes through: the one normalisation, then NUL encoding.</summary>
    public static string Store(string? value) => Encode(RowSignature.Normalize(value));
}
