using System.Reflection;
using StateTrace.Engine.Parsing;
using Xunit.Sdk;

namespace StateTrace.Engine.Tests.Generation;

/// <summary>
/// One theory row per platform. With <c>needsParser</c>, the row is reported as skipped, with the reason, while
/// <see cref="ParserRegistry.For"/> has no parser for the platform: the parsers are wired one by one, and a row
/// without a parser must say so rather than pass in silence.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class PlatformDataAttribute : DataAttribute
{
    public PlatformDataAttribute(string platform, bool needsParser = false)
    {
        Platform = platform;
        if (needsParser && ParserRegistry.For(platform) is null)
        {
            Skip = $"No parser is wired for {platform} yet (ParserRegistry.For returns null): its generated hosts were not parsed.";
        }
    }

    public string Platform { get; }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Platform]];
}
