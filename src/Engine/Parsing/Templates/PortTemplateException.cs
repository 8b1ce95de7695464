namespace StateTrace.Engine.Parsing.Templates;

/// <summary>A template file could not be used: the message names the file and says why, in one sentence.</summary>
public sealed class PortTemplateException : Exception
{
    public PortTemplateException(string file, string reason)
        : base($"{file}: {reason}")
    {
        File = file;
        Reason = reason;
    }

    public PortTemplateException(string file, string reason, Exception inner)
        : base($"{file}: {reason}", inner)
    {
        File = file;
        Reason = reason;
    }

    public string File { get; }

    public string Reason { get; }
}
