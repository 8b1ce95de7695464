using StateTrace.Engine.Input;

namespace StateTrace.Engine.Load;

/// <summary>How a bundle ended, as NBomber's status codes: <see cref="Written"/> is the one ok outcome.</summary>
public static class BundleStatus
{
    public const string Written = "written";
    public const string UnknownPlatform = "unknown_platform";
    public const string NoParser = "no_parser";
    public const string ParserError = "parser_error";
    public const string WriteError = "write_error";

    /// <summary>Still in flight when the drain timeout ended the run.</summary>
    public const string NotFinished = "not_finished";
}

/// <summary>One host bundle on its way through the replay, with the timestamps its latencies come from.</summary>
internal sealed class ReplayBundle(int index, HostSlice slice, long intended)
{
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int finished;

    public int Index { get; } = index;
    public HostSlice Slice { get; } = slice;
    public string Site => Slice.Site;

    /// <summary>When the load simulation meant the bundle to arrive: every latency is measured from here.</summary>
    public long Intended { get; } = intended;

    public long ParseStart { get; set; }
    public long ParseEnd { get; set; }

    /// <summary>When the parsed host was handed to its site's writer.</summary>
    public long Posted { get; set; }

    public Task Done => done.Task;

    /// <summary>Marks the bundle finished; false when it already was (a bundle finishes exactly once).</summary>
    public bool TryFinish()
    {
        if (Interlocked.Exchange(ref finished, 1) != 0)
        {
            return false;
        }

        done.TrySetResult();
        return true;
    }

    public bool IsFinished => Volatile.Read(ref finished) != 0;
}
