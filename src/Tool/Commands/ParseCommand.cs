using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using StateTrace.Engine.Diagnostics;
using StateTrace.Engine.Input;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Detection;
using StateTrace.Engine.Parsing.Templates;
using StateTrace.Engine.Sites;

namespace StateTrace.Tool.Commands;

/// <summary>Arguments of <c>statetrace parse</c>; <see cref="Platform"/> and <see cref="Command"/> go together.</summary>
internal sealed record ParseArgs(string File, string? Platform = null, string? Command = null, string? Root = null);

/// <summary>
/// <c>statetrace parse &lt;file&gt;</c>: the parsers alone, JSON out. With <c>--platform</c> and <c>--command</c> the file is
/// one command's output (an echoed command first or a prompt last is tolerated) and the records are printed; without,
/// the file is a session log: it is split per host, each host's platform is detected and its facts are printed.
/// </summary>
internal static class ParseCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A session log, or one command's output with --platform and --command." };
        var platform = new Option<string?>("--platform") { Description = "The platform of a single capture: " + string.Join(", ", Platforms.All) + "." };
        var commandName = new Option<string?>("--command") { Description = "The command a single capture holds, e.g. \"show interfaces status\" (abbreviations work)." };
        var command = new Command("parse", "Run the parsers on one capture or one session log and print JSON.") { file, platform, commandName };
        command.SetAction(async (result, ct) =>
        {
            var args = new ParseArgs(result.GetValue(file)!, result.GetValue(platform), result.GetValue(commandName), CommonOptions.ResolveRoot(result));
            return (int)await RunAsync(args, Console.Out, ct);
        });
        return command;
    }

    internal static async Task<ExitCode> RunAsync(ParseArgs args, TextWriter output, CancellationToken ct)
    {
        if (!File.Exists(args.File))
        {
            throw new UsageException($"{args.File}: no such file.");
        }

        if (args.Platform is null != args.Command is null)
        {
            throw new UsageException("--platform and --command go together: give both to parse one capture, or neither to parse a session log.");
        }

        return args.Platform is null
            ? await ParseSessionLogAsync(args, output, ct)
            : await ParseCaptureAsync(args, args.Platform, args.Command!, output, ct);
    }

    private static async Task<ExitCode> ParseCaptureAsync(ParseArgs args, string platform, string command, TextWriter output, CancellationToken ct)
    {
        if (!Platforms.All.Contains(platform, StringComparer.Ordinal))
        {
            throw new UsageException($"Unknown platform '{platform}'. Valid platforms: {string.Join(", ", Platforms.All)}.");
        }

        var commands = CommandParsers.Commands(platform);
        if (commands.Count == 0)
        {
            throw new UsageException($"There is no command parser for {platform} yet.");
        }

        // The platform's parser decides which spellings it reads ("show interface status" as well as "interfaces").
        var canonical = CommandNames.Canonical(command);
        var text = await File.ReadAllTextAsync(args.File, ct);
        var (body, firstLine) = OutputOf(text, canonical);
        var diagnostics = new List<Diagnostic>();
        ParseReport report = (line, reason) => diagnostics.Add(new Diagnostic(args.File, line, reason));
        var records = CommandParsers.Parse(platform, canonical, body, firstLine, report)
            ?? throw new UsageException($"Unknown command '{command}' for {platform}. Valid commands: {string.Join(", ", commands)}.");

        await output.WriteLineAsync(JsonSerializer.Serialize(new CaptureResult(platform, canonical, records, diagnostics), Json));
        return diagnostics.Count > 0 ? ExitCode.BadInput : ExitCode.Ok;
    }

    /// <summary>The capture's output lines: pager debris removed, an echoed command or prompt first and a prompt last dropped.</summary>
    internal static (string Body, long FirstLine) OutputOf(string text, string canonical)
    {
        var dropped = 0;
        var lines = DeviceText.ToLfString(PagerDebris.MayContain(text) ? PagerDebris.Clean(text, out dropped) : text).Split('\n');
        var first = 0;
        var last = lines.Length;
        while (first < last && string.IsNullOrWhiteSpace(lines[first]))
        {
            first++;
        }

        // "show version" echoed alone, or "host# show lldp neighbor-info detail" with its prompt.
        if (first < last && (DeviceText.IsPrompt(lines[first]) || CommandNames.Canonical(lines[first]) == canonical))
        {
            first++;
        }
        else
        {
            first = 0;
        }

        while (last > first && string.IsNullOrWhiteSpace(lines[last - 1]))
        {
            last--;
        }

        if (last > first && DeviceText.IsPrompt(lines[last - 1]))
        {
            last--;
        }

        return (string.Join('\n', lines, first, last - first), first + 1 + dropped);
    }

    private static async Task<ExitCode> ParseSessionLogAsync(ParseArgs args, TextWriter output, CancellationToken ct)
    {
        var spool = Path.Combine(Path.GetTempPath(), "statetrace-parse-" + Guid.NewGuid().ToString("N"));
        try
        {
            var templates = PortTemplates.Load(Path.Combine(args.Root ?? Directory.GetCurrentDirectory(), "Data"), writeDefaults: false);
            var hosts = new List<HostResult>();
            var diagnostics = new List<Diagnostic>();
            using (var splitter = new LogSplitter(spool))
            {
                splitter.SplitFile(args.File);
                diagnostics.AddRange(splitter.Diagnostics);
                foreach (var slice in splitter.Complete())
                {
                    ct.ThrowIfCancellationRequested();
                    var host = ParseHost(slice, templates);
                    diagnostics.AddRange(host.Diagnostics);
                    diagnostics.AddRange(host.Facts?.Diagnostics ?? []);
                    hosts.Add(host);
                }
            }

            await output.WriteLineAsync(JsonSerializer.Serialize(new SessionResult(args.File, hosts, diagnostics), Json));
            return diagnostics.Count > 0 ? ExitCode.BadInput : ExitCode.Ok;
        }
        catch (PortTemplateException e)
        {
            throw new UsageException(e.Message);
        }
        finally
        {
            if (Directory.Exists(spool))
            {
                Directory.Delete(spool, recursive: true);
            }
        }
    }

    private static HostResult ParseHost(HostSlice slice, PortTemplates templates)
    {
        var session = CapturedSession.FromSlice(slice);
        var detection = VendorDetector.Detect(session);
        var found = new DetectionResult(detection.Platform, detection.Confidence, detection.IsKnown, detection.Evidence);
        if (!detection.IsKnown)
        {
            return new HostResult(slice.Hostname, slice.Site, found, "unrecognised", null,
                [NotParsed(slice, "The device's platform could not be recognised from its output, so the host was not parsed.")]);
        }

        var parser = ParserRegistry.For(detection.Platform);
        if (parser is null)
        {
            return new HostResult(slice.Hostname, slice.Site, found, "no parser", null,
                [NotParsed(slice, $"Platform {detection.Platform} is recognised but has no parser yet, so the host was not parsed.")]);
        }

        var facts = new DeviceFacts { Hostname = slice.Hostname, Site = SiteNames.SiteOf(slice.Hostname), Platform = detection.Platform };
        parser.Parse(session, facts);
        templates.Apply(facts);
        return new HostResult(slice.Hostname, slice.Site, found, "parsed", facts, []);
    }

    private static Diagnostic NotParsed(HostSlice slice, string reason)
    {
        var (file, line) = slice.Locate(1);
        return new Diagnostic(file, line, reason, slice.Hostname);
    }

    private sealed record CaptureResult(string Platform, string Command, IReadOnlyList<object> Records, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record SessionResult(string File, IReadOnlyList<HostResult> Hosts, IReadOnlyList<Diagnostic> Diagnostics);

    /// <param name="Status">parsed, unrecognised (no platform led by enough) or no parser (the platform has none yet).</param>
    /// <param name="Diagnostics">Why the host was not parsed; a parsed host's diagnostics are in its facts.</param>
    private sealed record HostResult(
        string Hostname, string Site, DetectionResult Detection, string Status, DeviceFacts? Facts, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record DetectionResult(string Platform, int Confidence, bool IsKnown, IReadOnlyList<string> Evidence);
}
