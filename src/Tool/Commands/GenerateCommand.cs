using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StateTrace.Engine.Generation;

namespace StateTrace.Tool.Commands;

/// <summary>The typed arguments of <c>statetrace generate</c>; defaults are those of the reference corpus.</summary>
internal sealed record GenerateArgs
{
    public string Profile { get; init; } = GeneratorOptions.ReferenceProfile;
    public ulong Seed { get; init; } = 1;
    public int Sites { get; init; } = 5;
    public int? HostsPerSite { get; init; }

    /// <summary><c>1GB</c>, <c>200MB</c>, <c>512KB</c> or bytes; null means the profile's default size.</summary>
    public string? Size { get; init; }

    public int PortsPerHost { get; init; } = 48;
    public required string Out { get; init; }
}

/// <summary><c>statetrace generate</c>: deterministic corpora; <c>--profile reference --seed 1</c> is THE reference corpus.</summary>
internal static class GenerateCommand
{
    private const double Mebibyte = 1024 * 1024;

    public static Command Create()
    {
        var profile = new Option<string>("--profile")
        {
            Description = "Corpus profile; 'reference' (Cisco IOS-XE access switches) is the only one so far.",
            DefaultValueFactory = _ => GeneratorOptions.ReferenceProfile,
        };
        var seed = new Option<ulong>("--seed") { Description = "Seed of every generated value.", DefaultValueFactory = _ => 1 };
        var sites = new Option<int>("--sites") { Description = "Number of sites.", DefaultValueFactory = _ => 5 };
        var hostsPerSite = new Option<int?>("--hosts-per-site") { Description = "Exactly this many hosts per site (instead of --size)." };
        var size = new Option<string?>("--size")
        {
            Description = "Total size to reach, hosts added round-robin over the sites: bytes or 512KB, 200MB, 1GB (binary units). Default 1GB.",
        };
        var portsPerHost = new Option<int>("--ports-per-host") { Description = "Access ports per switch.", DefaultValueFactory = _ => 48 };
        var output = new Option<string>("--out") { Description = "Folder to write the corpus to (empty, or an earlier corpus).", Required = true };

        var command = new Command("generate", "Write a deterministic corpus of switch session logs.");
        command.Options.Add(profile);
        command.Options.Add(seed);
        command.Options.Add(sites);
        command.Options.Add(hostsPerSite);
        command.Options.Add(size);
        command.Options.Add(portsPerHost);
        command.Options.Add(output);
        command.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            var args = new GenerateArgs
            {
                Profile = result.GetValue(profile) ?? GeneratorOptions.ReferenceProfile,
                Seed = result.GetValue(seed),
                Sites = result.GetValue(sites),
                HostsPerSite = result.GetValue(hostsPerSite),
                Size = result.GetValue(size),
                PortsPerHost = result.GetValue(portsPerHost),
                Out = result.GetValue(output)!,
            };
            return (int)await RunAsync(args, Console.Out, cancellationToken);
        });
        return command;
    }

    internal static async Task<ExitCode> RunAsync(GenerateArgs args, TextWriter output, CancellationToken cancellationToken)
    {
        var options = new GeneratorOptions
        {
            Profile = args.Profile,
            Seed = args.Seed,
            Sites = args.Sites,
            HostsPerSite = args.HostsPerSite,
            TargetBytes = args.Size is null ? null : ParseSize(args.Size),
            PortsPerHost = args.PortsPerHost,
            OutputDirectory = args.Out,
        };

        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            // The engine names the offending property for programmers; users get the sentence alone.
            var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            throw new UsageException(message);
        }

        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var progress = interactive ? new TerminalProgress(output) : null;
        var clock = Stopwatch.StartNew();
        var result = await Task.Run(() => CorpusGenerator.Generate(options, progress, cancellationToken), cancellationToken);
        clock.Stop();
        progress?.Clear();

        var megabytes = result.TotalBytes / Mebibyte;
        var seconds = clock.Elapsed.TotalSeconds;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {result.Hosts.Count:N0} hosts in {result.Files.Count:N0} files ({megabytes:N1} MB) in {seconds:N1} s ({megabytes / Math.Max(seconds, 0.001):N1} MB/s) to {result.OutputDirectory}"));
        if (result.Sites.Count <= 10)
        {
            var perSite = string.Join(", ", result.Sites.Select(s =>
                string.Create(CultureInfo.InvariantCulture, $"{s.Site} {s.Hosts:N0} hosts {s.Bytes / Mebibyte:N1} MB")));
            await output.WriteLineAsync("Sites: " + perSite);
        }

        await output.WriteLineAsync("Manifest: " + result.ManifestPath);
        return ExitCode.Ok;
    }

    /// <summary>Reads <c>1GB</c>, <c>1.5GB</c>, <c>200MB</c>, <c>512KB</c>, <c>4096B</c> or plain bytes; units are binary (1KB = 1024 bytes).</summary>
    internal static long ParseSize(string text)
    {
        var span = text.AsSpan().Trim();
        var unitStart = span.Length;
        while (unitStart > 0 && char.IsAsciiLetter(span[unitStart - 1]))
        {
            unitStart--;
        }

        var number = span[..unitStart].TrimEnd();
        long multiplier = span[unitStart..].ToString().ToUpperInvariant() switch
        {
            "" or "B" => 1,
            "K" or "KB" or "KIB" => 1L << 10,
            "M" or "MB" or "MIB" => 1L << 20,
            "G" or "GB" or "GIB" => 1L << 30,
            "T" or "TB" or "TIB" => 1L << 40,
            _ => 0,
        };

        if (multiplier == 0
            || number.IsEmpty
            || !decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new UsageException($"--size: '{text}' is not a size; give bytes or a number with KB, MB or GB, e.g. 200MB.");
        }

        var bytes = value * multiplier;
        if (bytes < 1 || bytes > long.MaxValue)
        {
            throw new UsageException($"--size: '{text}' is out of range; give at least 1 byte.");
        }

        return (long)Math.Ceiling(bytes);
    }

    /// <summary>One self-overwriting line on a terminal, updated at each whole percent.</summary>
    private sealed class TerminalProgress(TextWriter output) : IProgress<GenerationProgress>
    {
        private int lastPercent = -1;

        public void Report(GenerationProgress value)
        {
            var percent = value switch
            {
                { TargetBytes: long bytes } => (int)Math.Min(100, value.Bytes * 100 / bytes),
                { TargetHosts: int hosts } => value.Hosts * 100 / hosts,
                _ => 0,
            };

            if (percent == lastPercent)
            {
                return;
            }

            lastPercent = percent;
            output.Write(string.Create(CultureInfo.InvariantCulture, $"\r{percent,3} %  {value.Hosts:N0} hosts, {value.Bytes / Mebibyte:N1} MB "));
            output.Flush();
        }

        public void Clear()
        {
            if (lastPercent >= 0)
            {
                output.Write("\r" + new string(' ', 50) + "\r");
            }
        }
    }
}
