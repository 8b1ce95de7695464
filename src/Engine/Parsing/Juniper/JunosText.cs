namespace StateTrace.Engine.Parsing.Juniper;

/// <summary>Span helpers for Junos output: interface names, colon MACs, fixed-column tables, quoted values.</summary>
internal static class JunosText
{
    /// <summary>The physical interface of a logical unit: <c>ge-0/0/0.0</c> → <c>ge-0/0/0</c>, <c>xe-0/0/51:0.0</c> → <c>xe-0/0/51:0</c>.</summary>
    public static ReadOnlySpan<char> Physical(ReadOnlySpan<char> name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 && DeviceText.IsDigits(name[(dot + 1)..]) ? name[..dot] : name;
    }

    /// <summary>
    /// The interfaces that are ports in an inventory: media ports (<c>ge-</c>, <c>xe-</c>, <c>et-</c>, <c>fe-</c>,
    /// <c>mge-</c>, <c>xle-</c>, <c>fte-</c> followed by a slot), aggregates (<c>ae0</c>, SRX <c>reth0</c>), routed
    /// VLAN interfaces (<c>irb</c>, <c>vlan</c>), <c>lo0</c> and management (<c>em0</c>, <c>me0</c>, <c>fxp0</c>,
    /// <c>vme</c>). Services and internal devices (<c>gr-</c>, <c>lt-</c>, <c>sp-</c>, <c>pfe-</c>, <c>bme0</c>,
    /// <c>jsrv</c>, <c>dsc</c>, …) are not.
    /// </summary>
    public static bool IsPort(ReadOnlySpan<char> name)
    {
        var dash = name.IndexOf('-');
        if (dash > 0)
        {
            var media = name[..dash];
            return dash + 1 < name.Length && char.IsAsciiDigit(name[dash + 1])
                && (media.SequenceEqual("ge") || media.SequenceEqual("xe") || media.SequenceEqual("et") || media.SequenceEqual("fe")
                    || media.SequenceEqual("mge") || media.SequenceEqual("xle") || media.SequenceEqual("fte"));
        }

        var letters = 0;
        while (letters < name.Length && char.IsAsciiLetterLower(name[letters]))
        {
            letters++;
        }

        var family = name[..letters];
        var number = name[letters..];
        if (number.IsEmpty)
        {
            return family.SequenceEqual("irb") || family.SequenceEqual("vlan") || family.SequenceEqual("vme");
        }

        return DeviceText.IsDigits(number)
            && (family.SequenceEqual("ae") || family.SequenceEqual("reth") || family.SequenceEqual("em") || family.SequenceEqual("me")
                || family.SequenceEqual("fxp") || (family.SequenceEqual("lo") && number.SequenceEqual("0")));
    }

    /// <summary>Junos prints MACs as <c>2c:6b:f5:a1:c2:c0</c>.</summary>
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

    public static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;

    /// <summary>
    /// A raw capture may begin with the command it answers, echoed without a prompt (<c>show interface</c>); it
    /// is not output. Prompted echoes are caught by <see cref="DeviceText.IsPrompt"/>.
    /// </summary>
    public static bool IsEcho(ReadOnlySpan<char> line) => line.TrimStart().StartsWith("show ", StringComparison.OrdinalIgnoreCase);
}
