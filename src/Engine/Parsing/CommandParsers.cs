using StateTrace.Engine.Parsing.Arista;
using StateTrace.Engine.Parsing.Aruba;
using StateTrace.Engine.Parsing.Brocade;
using StateTrace.Engine.Parsing.Cisco;
using StateTrace.Engine.Parsing.Juniper;
using StateTrace.Engine.Parsing.Nxos;
using StateTrace.Engine.Parsing.PaloAlto;
using StateTrace.Engine.Parsing.Procurve;

namespace StateTrace.Engine.Parsing;

/// <summary>
/// One command's output parsed alone into records (for <c>statetrace parse --platform --command</c> and the fixture
/// oracle tests), dispatched by platform with a switch.
/// </summary>
internal static class CommandParsers
{
    /// <summary>The records, or null when the platform or command is not one we parse.</summary>
    public static IReadOnlyList<object>? Parse(string platform, string command, ReadOnlySpan<char> text, long firstLine, ParseReport? report) => platform switch
    {
        Platforms.CiscoIos => CiscoCommands.Parse(command, text, firstLine, report),
        Platforms.CiscoNxos => NxosCommands.Parse(command, text, firstLine, report),
        Platforms.AristaEos => AristaCommands.Parse(command, text, firstLine, report),
        Platforms.BrocadeFastIron => BrocadeCommands.Parse(command, text, firstLine, report),
        Platforms.ArubaAosCx => ArubaCommands.Parse(command, text, firstLine, report),
        Platforms.HpProcurve => ProcurveCommands.Parse(command, text, firstLine, report),
        Platforms.JuniperJunos => JunosCommands.Parse(command, text, firstLine, report),
        Platforms.PaloAltoPanos => PanosCommands.Parse(command, text, firstLine, report),
        _ => null,
    };

    /// <summary>The commands a platform's parser reads alone, canonical spelling.</summary>
    public static IReadOnlyList<string> Commands(string platform) => platform switch
    {
        Platforms.CiscoIos => CiscoCommands.Names,
        Platforms.CiscoNxos => NxosCommands.Names,
        Platforms.AristaEos => AristaCommands.Names,
        Platforms.BrocadeFastIron => BrocadeCommands.Names,
        Platforms.ArubaAosCx => ArubaCommands.Names,
        Platforms.HpProcurve => ProcurveCommands.Names,
        Platforms.JuniperJunos => JunosCommands.Names,
        Platforms.PaloAltoPanos => PanosCommands.Names,
        _ => [],
    };
}
