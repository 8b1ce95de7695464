using StateTrace.Engine.Parsing.Cisco;

namespace StateTrace.Engine.Parsing;

/// <summary>One parser per platform, chosen by a switch: no reflection scanning.</summary>
internal static class ParserRegistry
{
    public static IDeviceParser? For(string platform) => platform switch
    {
        Platforms.CiscoIos => new CiscoIosParser(),
        _ => null,
    };
}
