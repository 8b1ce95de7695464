namespace StateTrace.Engine.Parsing;

/// <summary>The output of one command as captured: the lines after its prompt line up to the next prompt.</summary>
/// <param name="Command">What was typed after the prompt, trimmed (for example <c>sh int status | no-more</c>).</param>
/// <param name="Canonical">The command with abbreviations expanded and <c>do</c> and filters dropped (<c>show interfaces status</c>).</param>
/// <param name="FirstLine">1-based slice line of the first output line.</param>
/// <param name="Text">
/// The output lines without the prompt line. A slice of the session text when the output was clean; otherwise one
/// new LF-joined string with pager prompts, ANSI escapes and backspace overstrikes removed (see <see cref="PagerDebris"/>).
/// </param>
public sealed record CommandBlock(string Command, string Canonical, long FirstLine, ReadOnlyMemory<char> Text)
{
    /// <summary>The output filter typed after <c>|</c> (<c>include Gi1/0</c>, <c>no-more</c>), or empty.</summary>
    public string Filter { get; init; } = "";

    /// <summary>
    /// True when <see cref="Filter"/> can drop lines (<c>include</c>, <c>begin</c>, <c>section</c>, …), so the block may
    /// be partial. <c>| no-more</c> only turns the pager off and does not count.
    /// </summary>
    public bool IsFiltered { get; init; }

    /// <summary>True when pager debris was removed from <see cref="Text"/>.</summary>
    public bool WasCleaned { get; init; }
}
