namespace StateTrace.Engine.Input;

/// <summary>Where a run of a slice's lines came from: slice line <c>SliceLine</c> is line <c>FileLine</c> of <c>File</c>.</summary>
public readonly record struct SliceSegment(long SliceLine, string File, long FileLine);

/// <summary>One host's output, gathered from every input file into one spool file (UTF-8, LF line ends).</summary>
public sealed class HostSlice
{
    internal HostSlice(string hostname, string site, string spoolPath)
    {
        Hostname = hostname;
        Site = site;
        SpoolPath = spoolPath;
    }

    public string Hostname { get; }
    public string Site { get; }
    public string SpoolPath { get; }

    /// <summary>Bytes in the slice (UTF-8, LF).</summary>
    public long Length { get; internal set; }

    /// <summary>Lower-case hex SHA-256 of the slice's bytes: the identity used by the skip rule.</summary>
    public string Hash { get; internal set; } = "";

    public long LineCount { get; internal set; }

    /// <summary>The slice reached the cap and later lines were dropped (a diagnostic says where).</summary>
    public bool Truncated { get; internal set; }

    internal List<SliceSegment> Segments { get; } = [];

    /// <summary>Maps a 1-based slice line back to the input file and line it came from.</summary>
    public (string File, long Line) Locate(long sliceLine)
    {
        var lo = 0;
        var hi = Segments.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Segments[mid].SliceLine <= sliceLine)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (Segments.Count == 0)
        {
            return ("", sliceLine);
        }

        var s = Segments[lo];
        return (s.File, s.FileLine + (sliceLine - s.SliceLine));
    }
}
