namespace StateTrace.Engine.Parsing.Arista;

/// <summary>One supplicant of EOS <c>show dot1x hosts</c>, as printed (<c>Et2 d83a.dd98.6183 EAPOL SUCCESS NONE 10</c>).</summary>
/// <param name="Auth">The method: <c>EAPOL</c> for 802.1X, a <c>MAC…</c> word for MAC-based authentication.</param>
/// <param name="State">The supplicant state: <c>SUCCESS</c>, <c>FAILED</c>, <c>HELD</c>, <c>AUTHENTICATING</c>, …</param>
public sealed record AristaDot1xHostRow(string Port, string SupplicantMac, string Auth, string State, string Fallback, string Vlan)
{
    /// <summary><c>Authorized</c>, <c>Unauthorized</c>, <c>Authenticating</c> or <c>Unknown</c>, as the other vendors report it.</summary>
    public string AuthState =>
        State.Equals("SUCCESS", StringComparison.OrdinalIgnoreCase) || State.Equals("AUTHORIZED", StringComparison.OrdinalIgnoreCase) ? "Authorized"
        : State.Contains("FAIL", StringComparison.OrdinalIgnoreCase) || State.Contains("HELD", StringComparison.OrdinalIgnoreCase)
            || State.Contains("TIMEOUT", StringComparison.OrdinalIgnoreCase) || State.Contains("UNAUTH", StringComparison.OrdinalIgnoreCase) ? "Unauthorized"
        : State.Contains("AUTHENTICATING", StringComparison.OrdinalIgnoreCase) || State.Contains("CONNECTING", StringComparison.OrdinalIgnoreCase) ? "Authenticating"
        : "Unknown";

    /// <summary><c>dot1x</c> for EAPOL, <c>mab</c> for MAC-based authentication, else the method lower-cased.</summary>
    public string AuthMode =>
        Auth.Equals("EAPOL", StringComparison.OrdinalIgnoreCase) ? "dot1x"
        : Auth.Contains("MAC", StringComparison.OrdinalIgnoreCase) || Auth.Equals("MAB", StringComparison.OrdinalIgnoreCase) ? "mab"
        : Auth.ToLowerInvariant();
}

/// <summary>
/// Reads EOS <c>show dot1x hosts</c>: the table after the <c>Port Supplicant MAC Auth State Fallback VLAN</c> header.
/// Columns are taken in the header's order (<c>Supplicant MAC</c> is one column); an empty VLAN is left empty.
/// </summary>
internal static class Dot1xHosts
{
    private const int MaxTokens = 16;

    public static List<AristaDot1xHostRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<AristaDot1xHostRow>();
        var pool = new StringPool();
        var layout = Layout.Default;
        var sawHeader = false;
        var sawText = false;
        Span<Range> t = stackalloc Range[MaxTokens];

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty || DeviceText.IsRule(trimmed) || DeviceText.IsPrompt(line))
            {
                continue;
            }

            sawText = true;
            var count = DeviceText.Tokenize(line, t);
            if (trimmed.StartsWith("Port ", StringComparison.Ordinal) && trimmed.Contains("Supplicant", StringComparison.OrdinalIgnoreCase))
            {
                layout = Layout.Of(line, t[..count]);
                sawHeader = true;
                continue;
            }

            if (!sawHeader)
            {
                continue;
            }

            if (count <= layout.Mac || !DeviceText.IsDottedMac(line[t[layout.Mac]]))
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show dot1x hosts: row has no supplicant MAC address; row skipped.");
                continue;
            }

            rows.Add(new AristaDot1xHostRow(
                line[t[0]].ToString(),
                line[t[layout.Mac]].ToString(),
                pool.Get(At(line, t[..count], layout.Auth)),
                pool.Get(At(line, t[..count], layout.State)),
                pool.Get(At(line, t[..count], layout.Fallback)),
                pool.Get(At(line, t[..count], layout.Vlan))));
        }

        if (sawText && !sawHeader)
        {
            report?.Invoke(firstLine, "show dot1x hosts: no 'Port Supplicant MAC' header found; table not read.");
        }

        return rows;
    }

    private static ReadOnlySpan<char> At(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, int index) =>
        index >= 0 && index < t.Length ? line[t[index]] : default;

    /// <summary>Which token of a row holds each column.</summary>
    private readonly record struct Layout(int Mac, int Auth, int State, int Fallback, int Vlan)
    {
        public static Layout Default { get; } = new(1, 2, 3, 4, 5);

        public static Layout Of(ReadOnlySpan<char> header, ReadOnlySpan<Range> t)
        {
            int mac = -1, auth = -1, state = -1, fallback = -1, vlan = -1;
            var column = 0;
            for (var k = 0; k < t.Length; k++)
            {
                var word = header[t[k]];
                if (word.Equals("Supplicant", StringComparison.OrdinalIgnoreCase) && k + 1 < t.Length && header[t[k + 1]].Equals("MAC", StringComparison.OrdinalIgnoreCase))
                {
                    mac = column++;
                    k++;
                    continue;
                }

                if (word.StartsWith("Auth", StringComparison.OrdinalIgnoreCase))
                {
                    auth = column;
                }
                else if (word.Equals("State", StringComparison.OrdinalIgnoreCase))
                {
                    state = column;
                }
                else if (word.Equals("Fallback", StringComparison.OrdinalIgnoreCase))
                {
                    fallback = column;
                }
                else if (word.Equals("VLAN", StringComparison.OrdinalIgnoreCase))
                {
                    vlan = column;
                }

                column++;
            }

            return mac > 0 ? new Layout(mac, auth, state, fallback, vlan) : Default;
        }
    }
}
