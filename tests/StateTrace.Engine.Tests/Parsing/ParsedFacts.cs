using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Detection;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Parsing;

/// <summary>Runs a vendor parser over sessions and picks ports out of the facts, for every vendor's parser tests.</summary>
internal static class ParsedFacts
{
    public static DeviceFacts Parse(IDeviceParser parser, CapturedSession session)
    {
        var facts = new DeviceFacts();
        parser.Parse(session, facts);
        return facts;
    }

    /// <summary>Each host the splitter finds in <paramref name="file"/>: what the detector says and what the parser reads.</summary>
    public static Dictionary<string, (Detection Detection, DeviceFacts Facts)> ParseLog(IDeviceParser parser, TempDirectory temp, string file)
    {
        var result = new Dictionary<string, (Detection, DeviceFacts)>();
        foreach (var (host, session) in SessionLog.Split(temp, file))
        {
            var facts = Parse(parser, session);
            result[host] = (VendorDetector.Detect(session), facts);
        }

        return result;
    }

    /// <summary>The one port named <paramref name="port"/>; fails the test when there is none or more than one.</summary>
    public static InterfaceFacts Port(DeviceFacts facts, string port) => facts.Interfaces.Should().ContainSingle(i => i.Port == port).Subject;
}
