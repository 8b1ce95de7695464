namespace StateTrace.Engine.Parsing.Brocade;

/// <summary>One 802.1X or MAC-authentication session of a FastIron port.</summary>
/// <param name="Method"><c>dot1x</c> or <c>macauth</c>, the words AuthMode uses.</param>
/// <param name="Status">The Auth State column as printed (<c>permit</c>, <c>deny</c>, <c>restrict</c>, <c>init</c>), or
/// the Authenticated column (<c>Yes</c>/<c>No</c>) of <c>show mac-authentication sessions</c>.</param>
/// <param name="PaeState">The 802.1X PAE state (<c>AUTHENTICATED</c>); <c>N/A</c> or empty for MAC authentication.</param>
/// <param name="AuthState">Authorized, Unauthorized, Authenticating or Unknown.</param>
public sealed record FastIronAuthSession(
    string Port, string Mac, string Vlan, string Method, string Status, string PaeState, string AuthState);

/// <summary>
/// What the session tables have in common: rows start with a port and a dotted MAC, and the state words map to the
/// AuthState vocabulary. The original read the unified table's ACL column (<c>Yes</c>/<c>None</c>) as if it were
/// the authorization; here the Auth State column decides, then the PAE state.
/// </summary>
internal static class AuthSessions
{
    public const int MaxTokens = 24;

    /// <summary>A session row: a port (<c>1/1/1</c>, <c>3/1</c>, <c>12</c>) followed, somewhere, by a dotted MAC.</summary>
    public static bool TryRow(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, out int mac)
    {
        mac = -1;
        if (t.Length < 3 || !IsPort(line[t[0]]))
        {
            return false;
        }

        for (var k = 1; k < t.Length; k++)
        {
            if (DeviceText.IsDottedMac(line[t[k]]))
            {
                mac = k;
                return true;
            }
        }

        return false;
    }

    public static bool IsPort(ReadOnlySpan<char> token) =>
        !token.IsEmpty && char.IsAsciiDigit(token[0]) && char.IsAsciiDigit(token[^1]) && !token.ContainsAnyExcept("0123456789/");

    public static string StateOf(ReadOnlySpan<char> status, ReadOnlySpan<char> pae)
    {
        if (status.Equals("permit", StringComparison.OrdinalIgnoreCase) || status.Equals("Yes", StringComparison.OrdinalIgnoreCase))
        {
            return "Authorized";
        }

        if (status.Equals("init", StringComparison.OrdinalIgnoreCase))
        {
            return "Authenticating";
        }

        if (status.Equals("deny", StringComparison.OrdinalIgnoreCase) || status.Equals("No", StringComparison.OrdinalIgnoreCase)
            || status.StartsWith("restrict", StringComparison.OrdinalIgnoreCase) || status.StartsWith("block", StringComparison.OrdinalIgnoreCase)
            || status.StartsWith("reject", StringComparison.OrdinalIgnoreCase))
        {
            return "Unauthorized";
        }

        if (pae.Equals("AUTHENTICATED", StringComparison.OrdinalIgnoreCase))
        {
            return "Authorized";
        }

        if (pae.Equals("AUTHENTICATING", StringComparison.OrdinalIgnoreCase) || pae.Equals("CONNECTING", StringComparison.OrdinalIgnoreCase))
        {
            return "Authenticating";
        }

        return pae.Equals("HELD", StringComparison.OrdinalIgnoreCase) || pae.Equals("UNAUTHENTICATED", StringComparison.OrdinalIgnoreCase)
            ? "Unauthorized"
            : "Unknown";
    }

    public static string Token(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, int k, StringPool pool) =>
        k >= 0 && k < t.Length ? pool.Get(line[t[k]]) : "";

    public static void ReportRow(ParseReport? report, long line, string command) =>
        report?.Invoke(line, command + ": port row has no MAC address; row skipped.");
}
