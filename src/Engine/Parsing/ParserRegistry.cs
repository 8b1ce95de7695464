using StateTrace.Engine.Parsing.Arista;
using StateTrace.Engine.Parsing.Aruba;
using StateTrace.Engine.Parsing.Brocade;
using StateTrace.Engine.Parsing.Cisco;
using StateTrace.Engine.Parsing.Juniper;
using StateTrace.Engine.Parsing.Nxos;
using StateTrace.Engine.Parsing.PaloAlto;
using StateTrace.Engine.Parsing.Procurve;

namespace StateTrace.Engine.Parsing;

/// <summary>One parser per platform, chosen by a switch: no reflection scanning.</summary>
internal static class ParserRegistry
{
    public static IDeviceParser? For(string platform) => platform switch
    {
        Platforms.CiscoIos => new CiscoIosParser(),
        Platforms.CiscoNxos => new NxosParser(),
        Platforms.AristaEos => new AristaEosParser(),
        Platforms.BrocadeFastIron => new BrocadeFastIronParser(),
        Platforms.ArubaAosCx => new ArubaCxParser(),
        Platforms.HpProcurve => new ProcurveParser(),
        Platforms.JuniperJunos => new JunosParser(),
        Platforms.PaloAltoPanos => new PanosParser(),
        _ => null,
    };
}
