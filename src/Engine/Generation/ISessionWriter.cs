using System.Text;
using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Generation;

/// <summary>Turns a <see cref="HostPlan"/> into one vendor's session log: prompts, commands and their output.</summary>
internal interface ISessionWriter
{
    /// <summary>The platform name (design §2) of what this writer prints.</summary>
    string Platform { get; }

    /// <summary>The commands of one capture, in capture order, as typed (some hosts skip some of them).</summary>
    IReadOnlyList<string> Commands { get; }

    /// <summary>Appends the host's whole capture. Lines end in LF on every OS, so the bytes never depend on where it ran.</summary>
    void Write(HostPlan host, StringBuilder output);

    /// <summary>
    /// What the stored row of port <paramref name="index"/> of <paramref name="host"/> shows if it were
    /// <paramref name="port"/>: its name, status and VLAN in the interface table's spelling (<c>disabled</c> for a shut
    /// port where the table only says down, <c>routed</c> for an addressed firewall port), and its full description.
    /// The change run checks every change against it, and the tests every parser.
    /// </summary>
    PortView View(HostPlan host, int index, PortPlan port);
}

/// <summary>What a port's stored row shows of it: the values a change run alters, as the device prints them.</summary>
internal readonly record struct PortView(string Port, string Status, string Vlan, string Description);

/// <summary>Picks the writer for a host's platform: one <c>switch</c>, no reflection.</summary>
internal static class SessionWriters
{
    public static ISessionWriter For(HostPlan host) => For(host.Platform);

    public static ISessionWriter For(string platform) => platform switch
    {
        Platforms.CiscoIos => CiscoIosXeWriter.Instance,
        Platforms.CiscoNxos => NxosWriter.Instance,
        Platforms.AristaEos => AristaEosWriter.Instance,
        Platforms.BrocadeFastIron => FastIronWriter.Instance,
        Platforms.ArubaAosCx => AosCxWriter.Instance,
        Platforms.HpProcurve => ProCurveWriter.Instance,
        Platforms.JuniperJunos => JunosWriter.Instance,
        Platforms.PaloAltoPanos => PanosWriter.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "No session writer for this platform."),
    };
}
