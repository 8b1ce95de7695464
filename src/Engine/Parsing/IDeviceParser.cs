namespace StateTrace.Engine.Parsing;

/// <summary>One parser per platform; it fills the facts from the session's blocks and never throws on bad input.</summary>
internal interface IDeviceParser
{
    string Platform { get; }

    void Parse(CapturedSession session, DeviceFacts facts);
}
