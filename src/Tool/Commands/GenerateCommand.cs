using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StateTrace.Engine.Generation;

namespace StateTrace.Tool.Commands;

/// <summary>
/// The typed arguments of <c>statetrace generate</c>. Unset values take the reference corpus's defaults, or, with
/// <see cref="ChangedFrom"/>, the base corpus's own values (giving them too is a usage error).
/// </summary>
internal sealed record GenerateArgs
{
    /// <summary>Default <c>reference</c>.</summary>
    public string? Profile { get; init; }

    /// <summary>Default 1.</summary>
    public ulong? Seed { get; init; }

    /// <summary>Default 5.</summary>
    public int? Sites { get; init; }

    public int? HostsPerSite { get; init; }

    /// <summary><c>1GB</c>, <c>200MB</c>, <c>512KB</c> or bytes; null means the profile's default size.</summary>
    public string? Size { get; init; }

    /// <summary>Default 48.</summary>
    public int? PortsPerHost { get; init; }

    /// <summary><c>cisco_ios=50,arista_eos=7</c> or <c>cisco_ios,juniper_junos</c>; default the reference mix.</summary>
    public string? VendorMix { get; init; }

    /// <summary>A base corpus folder: write its "next day" instead of a new corpus.</summary>
    public string? ChangedFrom { get; init; }

    /// <summary><c>0.01</c> or <c>1%</c>: the probability that a port changes; only with <see cref="ChangedFrom"/>. Default 0.01.</summary>
    public string? ChangeRate { get; init; }

    public required string Out { get; init; }
}

/// <summary>
/// <c>statetrace generate</c>: deterministic corpora; <c>--profile reference --seed 1</c> is THE reference corpus, and
/// <c>--changed-from &lt;corpus&gt; --change-rate p</c> its "next day" with <c>changes.json</c> listing every changed port.
/// </summary>
internal static class GenerateCommand
{
    private const double Mebibyte = 1024 * 1024;
    private const double DefaultChangeRate = 0.01;

    public static Command Create()
    {
        var profile = new Option<string?>("--profile")
        {
            Description = "Corpus profile; 'reference' (a multi-vendor campus) is the only one so far. Default reference.",
        };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of every generated value. Default 1." };
        var sites = new Option<int?>("--sites") { Description = "Number of sites. Default 5." };
        var hostsPerSite = new Option<int?>("--hosts-per-site") { Description = "Exactly this many hosts per site (instead of --size)." };
        var size = new Option<string?>("--size")
        {
            Description = "Total size to reach, hosts added round-robin over the sites: bytes or 512KB, 200MB, 1GB (binary units). Default 1GB.",
        };
        var portsPerHost = new Option<int?>("--ports-per-host") { Description = "Access ports per switch (firewalls and server switches hold fewer). Default 48." };
        var vendorMix = new Option<string?>("--vendor-mix", "--vendors")
        {
            Description = "Share of each platform, e.g. cisco_ios=50,aruba_aoscx=12 or cisco_ios for a Cisco-only corpus. Default: "
                + Engine.Generation.VendorMix.Reference + ".",
        };
        var changedFrom = new Option<string?>("--changed-from")
        {
            Description = "Write the \"next day\" of this corpus folder: the same hosts with some ports changed, and changes.json listing them.",
        };
        var changeRate = new Option<string?>("--change-rate")
        {
            Description = "With --changed-from: probability that a port changes, 0 to 1 or a percentage (0.02, 2%). Default 0.01.",
        };
        var output = new Option<string>("--out") { Description = "Folder to write the corpus to (empty, or an earlier corpus).", Required = true };

        var command = new Command("generate", "Write a deterministic corpus of switch and firewall session logs, or the next day of one.");
        command.Options.Add(profile);
        command.Options.Add(seed);
        command.Options.Add(sites);
        command.Options.Add(hostsPerSite);
        command.Options.Add(size);
        command.Options.Add(portsPerHost);
        command.Options.Add(vendorMix);
        command.Options.Add(changedFrom);
        command.Options.Add(changeRate);
        command.Options.Add(output);
        command.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            var args = new GenerateArgs
            {
                Profile = result.GetValue(profile),
                Seed = result.GetValue(seed),
                Sites = result.GetValue(sites),
                HostsPerSite = result.GetValue(hostsPerSite),
                Size = result.GetValue(size),
                PortsPerHost = result.GetValue(portsPerHost),
                VendorMix = result.GetValue(vendorMix),
                ChangedFrom = result.GetValue(changedFrom),
                ChangeRate = result.GetValue(changeRate),
                Out = result.GetValue(output)!,
            };
            return (int)await RunAsync(args, Console.Out, cancellationToken);
        });
        return command;
    }

    internal static async Task<ExitCode> RunAsync(GenerateArgs args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.ChangedFrom is not null)
        {
            return await RunChangedAsync(args, output, cancellationToken);
        }

        if (args.ChangeRate is not null)
        {
            throw new UsageException("--change-rate needs --changed-from <base corpus folder>.");
        }

        var options = new GeneratorOptions
        {
            Profile = args.Profile ?? GeneratorOptions.ReferenceProfile,
            Seed = args.Seed ?? 1,
            Sites = args.Sites ?? 5,
            HostsPerSite = args.HostsPerSite,
            TargetBytes = args.Size is null ? null : ParseSize(args.Size),
            PortsPerHost = args.PortsPerHost ?? 48,
            Vendors = args.VendorMix is null ? Engine.Generation.VendorMix.Reference : ParseVendorMix(args.VendorMix),
            OutputDirectory = args.Out,
        };

        Validate(options.Validate);
        var (result, seconds) = await TimedAsync(output, progress => CorpusGenerator.Generate(options, progress, cancellationToken), cancellationToken);
        await ReportAsync(result, seconds, output);
        return ExitCode.Ok;
    }

    private static async Task<ExitCode> RunChangedAsync(GenerateArgs args, TextWriter output, CancellationToken cancellationToken)
    {
        var given = new (string Name, bool Set)[]
        {
            ("--profile", args.Profile is not null), ("--seed", args.Seed is not null), ("--sites", args.Sites is not null),
            ("--hosts-per-site", args.HostsPerSite is not null), ("--size", args.Size is not null),
            ("--ports-per-host", args.PortsPerHost is not null), ("--vendor-mix", args.VendorMix is not null),
        };
        foreach (var (name, set) in given)
        {
            if (set)
            {
                throw new UsageException(
                    $"{name} cannot be combined with --changed-from: the changed corpus takes its profile, seed, sites, hosts, ports and vendor mix from the base corpus.json.");
            }
        }

        var options = new ChangeOptions
        {
            BaseDirectory = args.ChangedFrom!,
            ChangeRate = args.ChangeRate is null ? DefaultChangeRate : ParseRate(args.ChangeRate),
            OutputDirectory = args.Out,
        };

        Validate(() => options.Resolve());
        var (result, seconds) = await TimedAsync(output, progress => CorpusGenerator.GenerateChanged(options, progress, cancellationToken), cancellationToken);
        await ReportAsync(result.Corpus, seconds, output);
        var fields = string.Join(", ", result.Changes.GroupBy(c => c.Field).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count():N0}")));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Changed {result.Changes.Count:N0} ports on {result.HostsChanged:N0} of {result.Corpus.Hosts.Count:N0} hosts{(fields.Length > 0 ? " (" + fields + ")" : "")}"));
        await output.WriteLineAsync("Changes: " + result.ChangesPath);
        return ExitCode.Ok;
    }

    /// <summary>Runs the engine's validation; its one-sentence messages become usage errors.</summary>
    private static void Validate(Action validate)
    {
        try
        {
            validate();
        }
        catch (ArgumentException e)
        {
            // The engine names the offending property for programmers; users get the sentence alone.
            var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            throw new UsageException(message);
        }
    }

    private static async Task<(T Result, double Seconds)> TimedAsync<T>(TextWriter output, Func<IProgress<GenerationProgress>?, T> run, CancellationToken cancellationToken)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var progress = interactive ? new TerminalProgress(output) : null;
        var clock = Stopwatch.StartNew();
        var result = await Task.Run(() => run(progress), cancellationToken);
        clock.Stop();
        progress?.Clear();
        return (result, clock.Elapsed.TotalSeconds);
    }

    private static async Task ReportAsync(GenerationResult result, double seconds, TextWriter output)
    {
        var megabytes = result.TotalBytes / Mebibyte;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {result.Hosts.Count:N0} hosts in {result.Files.Count:N0} files ({megabytes:N1} MB) in {seconds:N1} s ({megabytes / Math.Max(seconds, 0.001):N1} MB/s) to {result.OutputDirectory}"));
        if (result.Sites.Count <= 10)
        {
            var perSite = string.Join(", ", result.Sites.Select(s =>
                string.Create(CultureInfo.InvariantCulture, $"{s.Site} {s.Hosts:N0} hosts {s.Bytes / Mebibyte:N1} MB")));
            await output.WriteLineAsync("Sites: " + perSite);
        }

        var platforms = string.Join(", ", result.Hosts.GroupBy(h => h.Platform).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count():N0}")));
        await output.WriteLineAsync("Platforms: " + platforms);
        await output.WriteLineAsync("Manifest: " + result.ManifestPath);
    }

    /// <summary>Reads a vendor mix, naming the option in what is wrong with it.</summary>
    internal static Engine.Generation.VendorMix ParseVendorMix(string text)
    {
        try
        {
            return Engine.Generation.VendorMix.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException("--vendor-mix: " + e.Message);
        }
    }

    /// <summary>Reads <c>0.05</c>, <c>.05</c>, <c>5%</c> or <c>0</c>: a probability from 0 to 1.</summary>
    internal static double ParseRate(string text)
    {
        var span = text.AsSpan().Trim();
        var percent = span.EndsWith('%');
        if (percent)
        {
            span = span[..^1].TrimEnd();
        }

        if (span.IsEmpty || !double.TryParse(span, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw new UsageException($"--change-rate: '{text}' is not a probability; give a number from 0 to 1 or a percentage, e.g. 0.02 or 2%.");
        }

        value = percent ? value / 100 : value;
        if (value is < 0 or > 1)
        {
            throw new UsageException($"--change-rate: '{text}' is out of range; give a probability from 0 to 1 (0 % to 100 %).");
        }

        return value;
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
