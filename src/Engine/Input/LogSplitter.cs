using System.Buffers;
using System.Text;
using System.Text.Unicode;
using StateTrace.Engine.Diagnostics;
using StateTrace.Engine.Sites;

namespace StateTrace.Engine.Input;

/// <summary>Limits of the split stage.</summary>
public sealed record SplitOptions
{
    /// <summary>A host's slice stops growing here; later lines are dropped with a diagnostic. Default 64 MB.</summary>
    public long SliceCapBytes { get; init; } = 64L << 20;

    /// <summary>How many spool files are kept open at once (least recently used closed first). Default 64.</summary>
    public int MaxOpenWriters { get; init; } = 64;
}

/// <summary>
/// Stage 1 of the pipeline: streams each input once and routes every line to the host whose prompt precedes it,
/// appending it to that host's spool file. Hosts interleaved in one file and hosts spread over several files end up
/// in one slice each, in input order, with a SHA-256 of the slice kept up to date as it grows.
/// </summary>
public sealed class LogSplitter : IDisposable
{
    private readonly string spoolDirectory;
    private readonly SplitOptions options;
    private readonly Dictionary<string, HostSpool> hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<HostSpool> order = [];
    private readonly HashSet<string> spoolNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly LinkedList<HostSpool> openSpools = new();
    private readonly Dictionary<HostSpool, LinkedListNode<HostSpool>> openNodes = [];
    private readonly List<Diagnostic> diagnostics = [];

    public LogSplitter(string spoolDirectory, SplitOptions? options = null)
    {
        this.spoolDirectory = spoolDirectory;
        this.options = options ?? new SplitOptions();
        Directory.CreateDirectory(spoolDirectory);
    }

    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    /// <summary>Bytes read from all inputs so far.</summary>
    public long BytesRead { get; private set; }

    public void SplitFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        Split(stream, path);
    }

    /// <summary>Splits one input; <paramref name="label"/> names it in diagnostics and slice segments.</summary>
    public void Split(Stream stream, string label)
    {
        var (kind, encoding) = TextDecoding.Sniff(stream);
        BytesRead += stream.Length;
        switch (kind)
        {
            case InputKind.Empty:
                diagnostics.Add(new Diagnostic(label, 0, "The file is empty."));
                return;
            case InputKind.Binary:
                diagnostics.Add(new Diagnostic(label, 0, "The file is binary (NUL bytes outside UTF-16 text), so it was skipped."));
                return;
        }

        var file = new FileState(label);
        if (encoding is UTF8Encoding)
        {
            SplitUtf8(stream, ref file);
        }
        else
        {
            SplitChars(stream, encoding, ref file);
        }

        if (!file.SawPrompt)
        {
            diagnostics.Add(new Diagnostic(label, 0, "No device prompt (host#, host>, user@host>) was found, so no line could be given to a host."));
        }
    }

    /// <summary>UTF-16 input (and the fallback): decode, route, re-encode.</summary>
    private void SplitChars(Stream stream, Encoding encoding, ref FileState file)
    {
        using var reader = new LineReader(stream, encoding);
        while (reader.TryReadLine(out var line))
        {
            if (reader.LastLineTruncated)
            {
                ReportCut(ref file, reader.LineNumber);
            }

            Route(ref file, line, reader.LineNumber);
            if (file.Current is { } spool && !spool.Slice.Truncated && !spool.Append(line, options.SliceCapBytes))
            {
                ReportCap(ref file, reader.LineNumber);
            }
        }
    }

    /// <summary>
    /// UTF-8 input, the common case: valid lines are hashed and spooled as they are, without decoding and re-encoding;
    /// only lines that may be prompts are decoded to be read. A line that is not valid UTF-8 takes the decoding path,
    /// so both paths give the same slice bytes.
    /// </summary>
    private void SplitUtf8(Stream stream, ref FileState file)
    {
        Span<byte> bom = stackalloc byte[3];
        if (stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false) < 3 || !bom.SequenceEqual((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            stream.Seek(0, SeekOrigin.Begin);
        }

        var chars = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            using var reader = new Utf8LineReader(stream);
            while (reader.TryReadLine(out var line))
            {
                if (reader.LastLineCut || line.Length > LineReader.MaxLineChars || !Utf8.IsValid(line))
                {
                    var text = Encoding.UTF8.GetString(line).AsSpan();
                    if (text.Length > LineReader.MaxLineChars)
                    {
                        text = text[..LineReader.MaxLineChars];
                        ReportCut(ref file, reader.LineNumber);
                    }

                    Route(ref file, text, reader.LineNumber);
                    if (file.Current is { } decoded && !decoded.Slice.Truncated && !decoded.Append(text, options.SliceCapBytes))
                    {
                        ReportCap(ref file, reader.LineNumber);
                    }

                    continue;
                }

                if (line.IndexOfAny((byte)'#', (byte)'>') >= 0)
                {
                    if (chars.Length < line.Length)
                    {
                        ArrayPool<char>.Shared.Return(chars);
                        chars = ArrayPool<char>.Shared.Rent(line.Length);
                    }

                    var count = Encoding.UTF8.GetChars(line, chars);
                    Route(ref file, chars.AsSpan(0, count), reader.LineNumber);
                }

                if (file.Current is { } spool && !spool.Slice.Truncated && !spool.Append(line, options.SliceCapBytes))
                {
                    ReportCap(ref file, reader.LineNumber);
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>A prompt switches the current host. Lines before a file's first prompt belong to no host.</summary>
    private void Route(ref FileState file, ReadOnlySpan<char> line, long lineNumber)
    {
        // Lines before the first prompt of a file (login banners, "Last login" stamps) belong to no host; keeping
        // them out of slices also keeps a host's hash stable across captures of the same output.
        if (!PromptGrammar.TryParse(line, out var hostRange, out _))
        {
            return;
        }

        file.SawPrompt = true;
        var spool = Resolve(line[hostRange]);
        if (spool != file.Current)
        {
            file.Current = spool;
            Touch(spool);
            spool.Slice.Segments.Add(new SliceSegment(spool.Slice.LineCount + 1, file.Label, lineNumber));
        }
    }

    private void ReportCut(ref FileState file, long lineNumber) =>
        diagnostics.Add(new Diagnostic(file.Label, lineNumber,
            $"The line is longer than {LineReader.MaxLineChars:N0} characters; the rest of it was dropped.", file.Current?.Slice.Hostname));

    private void ReportCap(ref FileState file, long lineNumber)
    {
        var spool = file.Current!;
        spool.Slice.Truncated = true;
        diagnostics.Add(new Diagnostic(file.Label, lineNumber,
            $"The host's output passed the slice cap of {options.SliceCapBytes:N0} bytes; this line and the rest of the host's output were dropped.",
            spool.Slice.Hostname));
    }

    /// <summary>Where the split of one input stands.</summary>
    private struct FileState(string label)
    {
        public readonly string Label = label;
        public HostSpool? Current;
        public bool SawPrompt;
    }

    /// <summary>Closes every spool and returns the slices in the order their hosts first appeared.</summary>
    public IReadOnlyList<HostSlice> Complete()
    {
        var slices = new List<HostSlice>(order.Count);
        foreach (var spool in order)
        {
            spool.Complete();
            slices.Add(spool.Slice);
        }

        openSpools.Clear();
        openNodes.Clear();
        return slices;
    }

    private HostSpool Resolve(ReadOnlySpan<char> host)
    {
        var lookup = hosts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(host, out var spool))
        {
            return spool;
        }

        var hostname = host.ToString();
        var fileName = SiteNames.ForPath(hostname);
        var unique = fileName;
        for (var n = 2; !spoolNames.Add(unique); n++)
        {
            unique = $"{fileName}~{n}";
        }

        spool = new HostSpool(new HostSlice(hostname, SiteNames.SiteOf(hostname), Path.Combine(spoolDirectory, unique + ".log")));
        hosts.Add(hostname, spool);
        order.Add(spool);
        return spool;
    }

    private void Touch(HostSpool spool)
    {
        if (openNodes.TryGetValue(spool, out var node))
        {
            openSpools.Remove(node);
            openSpools.AddFirst(node);
            return;
        }

        openNodes[spool] = openSpools.AddFirst(spool);
        while (openSpools.Count > options.MaxOpenWriters)
        {
            var last = openSpools.Last!;
            openSpools.RemoveLast();
            openNodes.Remove(last.Value);
            last.Value.Close();
        }
    }

    public void Dispose()
    {
        foreach (var spool in order)
        {
            spool.Dispose();
        }
    }
}
