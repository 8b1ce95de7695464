using StateTrace.Engine.Parsing.Cisco;

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
        _ => null,
    };

    /// <summary>The commands a platform's parser reads alone, canonical spelling.</summary>
    public static IReadOnlyList<string> Commands(string platform) => platform switch
    {
        Platforms.CiscoIos => CiscoCommands.Names,
        _ => [],
    };
}
