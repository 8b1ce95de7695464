using System.Text;

namespace StateTrace.Engine.Generation;

/// <summary>Turns a <see cref="HostPlan"/> into one vendor's session log: prompts, commands and their output.</summary>
internal interface ISessionWriter
{
    /// <summary>The platform name (design §2) of what this writer prints.</summary>
    string Platform { get; }

    /// <summary>Appends the host's whole capture. Lines end in LF on every OS, so the bytes never depend on where it ran.</summary>
    void Write(HostPlan host, StringBuilder output);
}

/// <summary>Picks the writer for a host; more vendors join here as a <c>switch</c> over the profile's vendor mix.</summary>
internal static class SessionWriters
{
    public static ISessionWriter For(HostPlan host)
    {
        _ = host;
        return CiscoIosXeWriter.Instance;
    }
}
