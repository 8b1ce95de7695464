namespace StateTrace.Engine.Parsing;

/// <summary>How a prompt line looked: what it says about the device (prefix, <c>user@host</c>, configuration mode).</summary>
[Flags]
internal enum PromptShape
{
    None = 0,
    /// <summary><c>SSH@host#</c> or <c>telnet@host#</c>: FastIron.</summary>
    FastIronLogin = 1 << 0,
    /// <summary><c>user@host&gt;</c>: Junos or PAN-OS.</summary>
    UserAtHost = 1 << 1,
}

/// <summary>A prompt line as read: the command typed (null when only the prompt), its shape and mode.</summary>
internal readonly record struct SessionPrompt(string? Command, PromptShape Shape, string Mode)
{
    public static SessionPrompt From(ReadOnlySpan<char> line, Range host, Range command)
    {
        var shape = PromptShape.None;
        if (line.StartsWith("SSH@", StringComparison.OrdinalIgnoreCase) || line.StartsWith("telnet@", StringComparison.OrdinalIgnoreCase))
        {
            shape |= PromptShape.FastIronLogin;
        }
        else if (host.Start.Value > 0 && line[host.Start.Value - 1] == '@')
        {
            shape |= PromptShape.UserAtHost;
        }

        // Between the host and the command: "(config-if)#", ">", "# ".
        var between = line[host.End.Value..command.Start.Value];
        var mode = "";
        var open = between.IndexOf('(');
        var close = between.IndexOf(')');
        if (open >= 0 && close > open)
        {
            mode = between[(open + 1)..close].ToString();
        }

        var typed = line[command];
        return new SessionPrompt(typed.IsEmpty ? null : typed.ToString(), shape, mode);
    }
}

/// <summary>One prompt line and the output after it, as ranges of the session text.</summary>
internal sealed record SessionSegment(
    int Start, int Length, long PromptLine, string Command, string Canonical, bool Filtered, PromptShape Shape, string Mode);
