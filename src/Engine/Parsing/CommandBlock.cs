namespace StateTrace.Engine.Parsing;

/// <summary>The output of one command as captured: the lines after its prompt line up to the next prompt.</summary>
/// <param name="Command">What was typed after the prompt, trimmed (for example <c>sh int status</c>).</param>
/// <param name="Canonical">The command with abbreviations expanded (<c>show interfaces status</c>).</param>
/// <param name="FirstLine">1-based slice line of the first output line.</param>
/// <param name="Text">The output lines, LF-separated, without the prompt line.</param>
public sealed record CommandBlock(string Command, string Canonical, long FirstLine, ReadOnlyMemory<char> Text);
