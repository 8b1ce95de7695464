namespace StateTrace.Engine.Parsing.Cisco;

/// <summary>The 802.1X / MAB commands a port's configuration is checked for.</summary>
[Flags]
internal enum AuthCommands
{
    None = 0,
    Dot1x = 1 << 0,
    Mab = 1 << 1,
    FailNextMethod = 1 << 2,
    OrderMabDot1x = 1 << 3,
    PriorityDot1xMab = 1 << 4,
    PortControlAuto = 1 << 5,
    QuietPeriod90 = 1 << 6,
    TxPeriod5 = 1 << 7,
}

/// <summary>
/// A port's authentication template (original-system §2.4): <c>dot1x pae authenticator</c> and <c>mab</c> make it
/// <c>flexible</c>, one of them <c>dot1x</c> or <c>macauth</c>, neither <c>open</c>. A flexible port lists which of
/// the six commands of the standard dual-authentication template it lacks.
/// </summary>
internal static class AuthTemplates
{
    private static readonly (string Command, AuthCommands Flag)[] Required =
    [
        ("authentication event fail action next-method", AuthCommands.FailNextMethod),
        ("authentication order mab dot1x", AuthCommands.OrderMabDot1x),
        ("authentication priority dot1x mab", AuthCommands.PriorityDot1xMab),
        ("authentication port-control auto", AuthCommands.PortControlAuto),
        ("dot1x timeout quiet-period 90", AuthCommands.QuietPeriod90),
        ("dot1x timeout tx-period 5", AuthCommands.TxPeriod5),
    ];

    /// <summary>Which checked command one trimmed configuration line is, if any.</summary>
    public static AuthCommands Classify(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("dot1x pae authenticator", StringComparison.OrdinalIgnoreCase))
        {
            return AuthCommands.Dot1x;
        }

        // "mab" or "mab eap"; "authentication order mab dot1x" alone does not run MAB.
        if (line.StartsWith("mab", StringComparison.OrdinalIgnoreCase) && (line.Length == 3 || DeviceText.IsBlank(line[3])))
        {
            return AuthCommands.Mab;
        }

        foreach (var (command, flag) in Required)
        {
            if (line.Equals(command, StringComparison.OrdinalIgnoreCase))
            {
                return flag;
            }
        }

        return AuthCommands.None;
    }

    /// <summary>The template name and, for <c>flexible</c>, the missing commands joined with <c>", "</c>.</summary>
    public static (string Template, string Missing) Evaluate(AuthCommands seen)
    {
        var dot1x = (seen & AuthCommands.Dot1x) != 0;
        var mab = (seen & AuthCommands.Mab) != 0;
        if (dot1x && mab)
        {
            List<string>? missing = null;
            foreach (var (command, flag) in Required)
            {
                if ((seen & flag) == 0)
                {
                    (missing ??= []).Add(command);
                }
            }

            return ("flexible", missing is null ? "" : string.Join(", ", missing));
        }

        return dot1x ? ("dot1x", "") : mab ? ("macauth", "") : ("open", "");
    }
}
