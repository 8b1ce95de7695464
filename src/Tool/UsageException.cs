namespace StateTrace.Tool;

/// <summary>Bad arguments, settings or definition files: reported in one sentence, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
