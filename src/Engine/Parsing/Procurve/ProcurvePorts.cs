using System.Globalization;

namespace StateTrace.Engine.Parsing.Procurve;

/// <summary>
/// ProCurve port names: <c>24</c> (fixed switch), <c>A1</c> (chassis module), <c>1/1</c> (VSF stack), <c>Trk1</c>
/// (trunk). Status tables decorate them: <c>A8*</c> (value overridden by RADIUS) and <c>D1-Trk1</c> or <c>1/28-...</c>
/// (member of a trunk, name cut to the column). The port is what every other command calls it (<c>D1</c>), and the
/// trunk is kept apart.
/// </summary>
internal static class ProcurvePorts
{
    /// <summary>Largest range expanded from one <c>a-b</c> item; a hostile <c>1-99999999</c> stops here.</summary>
    public const int MaxRange = 1024;

    /// <summary>The port and the trunk it belongs to (empty when none or cut off), from a table's Port column.</summary>
    public static (string Port, string Trunk) Split(ReadOnlySpan<char> text)
    {
        text = text.Trim().TrimEnd('*');
        var dash = text.IndexOf('-');
        if (dash <= 0)
        {
            return (text.ToString(), "");
        }

        var trunk = text[(dash + 1)..];
        return (text[..dash].TrimEnd('*').ToString(), trunk.StartsWith("...", StringComparison.Ordinal) ? "" : trunk.ToString());
    }

    /// <summary>A table's Port column: letters then a number (<c>A12</c>, <c>Trk3</c>), or numbers with slashes
    /// (<c>1/12</c>), possibly behind a stack member (<c>1/A18</c>) and decorated (<c>A8*</c>, <c>D1-Trk1</c>).</summary>
    public static bool IsPort(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var dash = text.IndexOf('-');
        var port = (dash > 0 ? text[..dash] : text).TrimEnd('*');
        var slash = port.IndexOf('/');
        if (slash > 0 && slash + 1 < port.Length && char.IsAsciiLetter(port[slash + 1]) && DeviceText.IsDigits(port[..slash]))
        {
            port = port[(slash + 1)..];
        }

        var i = 0;
        while (i < port.Length && char.IsAsciiLetter(port[i]))
        {
            i++;
        }

        return i <= 3 && i < port.Length && char.IsAsciiDigit(port[i]) && char.IsAsciiDigit(port[^1]) && !port[i..].ContainsAnyExcept("0123456789/");
    }

    /// <summary>Adds every port of a list such as <c>1-24,Trk1</c>, <c>A1-A24,B3</c> or <c>1/1-1/48</c>.</summary>
    public static void AddList(ReadOnlySpan<char> list, List<string> ports)
    {
        foreach (var range in list.Split(','))
        {
            var item = list[range].Trim();
            if (item.IsEmpty)
            {
                continue;
            }

            var dash = item.IndexOf('-');
            if (dash <= 0)
            {
                ports.Add(item.ToString());
                continue;
            }

            var first = item[..dash];
            var last = item[(dash + 1)..];
            var firstCut = TrailingDigitsStart(first);
            var lastCut = TrailingDigitsStart(last);
            if (!first[..firstCut].Equals(last[..lastCut], StringComparison.OrdinalIgnoreCase)
                || !int.TryParse(first[firstCut..], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                || !int.TryParse(last[lastCut..], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
                || to < from)
            {
                ports.Add(first.ToString());
                ports.Add(last.ToString());
                continue;
            }

            var prefix = first[..firstCut].ToString();
            var end = Math.Min(to, from + MaxRange);
            for (var n = from; n <= end; n++)
            {
                ports.Add(prefix + n.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>A list of ports, and nothing else: what follows <c>untagged</c> or <c>aaa port-access authenticator</c>.</summary>
    public static bool IsList(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.ContainsAny(' ', '\t'))
        {
            return false;
        }

        foreach (var range in text.Split(','))
        {
            var item = text[range];
            var dash = item.IndexOf('-');
            if (!IsPort(dash > 0 ? item[..dash] : item) || (dash > 0 && !IsPort(item[(dash + 1)..])))
            {
                return false;
            }
        }

        return true;
    }

    private static int TrailingDigitsStart(ReadOnlySpan<char> port)
    {
        var i = port.Length;
        while (i > 0 && char.IsAsciiDigit(port[i - 1]))
        {
            i--;
        }

        return i;
    }
}
