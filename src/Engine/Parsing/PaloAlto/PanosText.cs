namespace StateTrace.Engine.Parsing.PaloAlto;

/// <summary>Span helpers for PAN-OS output: colon MACs and fixed-column tables whose cells may be empty.</summary>
internal static class PanosText
{
    /// <summary>PAN-OS prints MACs as <c>00:1b:17:aa:bb:01</c> (upper case in <c>vm-mac-base</c>).</summary>
    public static bool IsColonMac(ReadOnlySpan<char> s)
    {
        if (s.Length != 17)
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            if (i % 3 == 2 ? s[i] != ':' : !char.IsAsciiHexDigit(s[i]))
            {
                return false;
            }
        }

        return true;
    }
}
