using System.Text.Json;

namespace StateTrace.Engine.Parsing.Templates;

/// <summary>
/// The port templates of every vendor (<c>Data/Templates/&lt;vendor&gt;.json</c>, the original's format) and the rule
/// that colours each port and checks its configuration against its template (<see cref="Apply"/>). The original
/// stored PortColor and ConfigStatus empty; here they are computed from the port's actual configuration.
/// </summary>
public sealed class PortTemplates
{
    private static readonly Lazy<PortTemplates> BuiltIn = new(() => FromDefaults());

    private readonly Dictionary<string, Dictionary<string, PortTemplate>> byVendor;

    private PortTemplates(Dictionary<string, Dictionary<string, PortTemplate>> byVendor)
    {
        this.byVendor = byVendor;
    }

    public const string Gray = "Gray";
    public const string Match = "Match";
    public const string Mismatch = "Mismatch";
    public const string Unknown = "Unknown";

    /// <summary>The templates StateTrace ships, without touching the disk.</summary>
    public static PortTemplates Defaults => BuiltIn.Value;

    /// <summary>
    /// Reads <c>&lt;dataDirectory&gt;/Templates/&lt;vendor&gt;.json</c> for every vendor. A missing file is written from the
    /// defaults first (unless <paramref name="writeDefaults"/> is false: then the defaults are used as they are).
    /// </summary>
    /// <exception cref="PortTemplateException">A file is not valid JSON or breaks a rule; the message names file and reason.</exception>
    public static PortTemplates Load(string dataDirectory, bool writeDefaults = true)
    {
        var folder = Path.Combine(dataDirectory, "Templates");
        if (writeDefaults)
        {
            Directory.CreateDirectory(folder);
        }

        var sets = new Dictionary<string, Dictionary<string, PortTemplate>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (vendor, json) in DefaultTemplates.All)
        {
            var path = Path.Combine(folder, vendor + ".json");
            if (File.Exists(path))
            {
                sets[vendor] = Parse(ReadAll(path), path);
                continue;
            }

            if (writeDefaults)
            {
                WriteIfAbsent(path, json);
            }

            sets[vendor] = Defaults.byVendor[vendor];
        }

        return new PortTemplates(sets);
    }

    /// <summary>The template a port's AuthTemplate names (by name or alias, any case) on a platform, or null.</summary>
    public PortTemplate? Find(string platform, string authTemplate)
    {
        var vendor = DefaultTemplates.VendorOf(platform);
        if (!byVendor.TryGetValue(vendor, out var set))
        {
            set = byVendor[DefaultTemplates.Generic];
        }

        return set.TryGetValue(authTemplate.Trim(), out var template) ? template : null;
    }

    /// <summary>
    /// Sets every port's PortColor and ConfigStatus: no AuthTemplate → Gray / Unknown; a template name that no template
    /// has → Gray / Mismatch; otherwise the template's colour, and Match when the port's Config has every required
    /// line and no excluded one, Mismatch when not, Unknown when the port has no Config to check.
    /// </summary>
    public void Apply(DeviceFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var port in facts.Interfaces)
        {
            if (string.IsNullOrWhiteSpace(port.AuthTemplate))
            {
                port.PortColor = Gray;
                port.ConfigStatus = Unknown;
                continue;
            }

            var template = Find(facts.Platform, port.AuthTemplate);
            if (template is null)
            {
                port.PortColor = Gray;
                port.ConfigStatus = Mismatch;
                continue;
            }

            port.PortColor = template.Color;
            port.ConfigStatus = string.IsNullOrWhiteSpace(port.Config) ? Unknown
                : template.Matches(port.Config) ? Match : Mismatch;
        }
    }

    /// <summary>Reads one template file's text; <paramref name="file"/> names it in errors.</summary>
    internal static Dictionary<string, PortTemplate> Parse(string json, string file)
    {
        PortTemplateFileJson? root;
        try
        {
            root = JsonSerializer.Deserialize(json, PortTemplateJsonContext.Default.PortTemplateFileJson);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : "";
            throw new PortTemplateException(file, $"not valid template JSON{where}: {Explain(e)}", e);
        }

        if (root?.Templates is null)
        {
            throw new PortTemplateException(file, "there is no \"templates\" list.");
        }

        var set = new Dictionary<string, PortTemplate>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < root.Templates.Count; i++)
        {
            var template = Validate(root.Templates[i], i, file);
            foreach (var key in (IEnumerable<string>)[template.Name, .. template.Aliases])
            {
                if (set.TryGetValue(key, out var other))
                {
                    throw new PortTemplateException(file, $"the name or alias \"{key}\" is used by both \"{other.Name}\" and \"{template.Name}\".");
                }

                set[key] = template;
            }
        }

        return set;
    }

    private static PortTemplate Validate(PortTemplateJson? json, int index, string file)
    {
        if (json is null)
        {
            throw new PortTemplateException(file, $"templates[{index}] is empty.");
        }

        if (string.IsNullOrWhiteSpace(json.Name))
        {
            throw new PortTemplateException(file, $"templates[{index}] has no \"name\".");
        }

        var name = json.Name.Trim();
        if (string.IsNullOrWhiteSpace(json.Color))
        {
            throw new PortTemplateException(file, $"template \"{name}\" has no \"color\".");
        }

        var color = json.Color.Trim();
        if (!IsColor(color))
        {
            throw new PortTemplateException(file, $"template \"{name}\": \"color\" {color} is neither a colour name nor #RRGGBB.");
        }

        var match = json.MatchType?.Trim().ToLowerInvariant() switch
        {
            null or "" or "exact" => TemplateMatch.Exact,
            "prefix" => TemplateMatch.Prefix,
            "contains" => TemplateMatch.Contains,
            _ => throw new PortTemplateException(file, $"template \"{name}\": \"match_type\" {json.MatchType} is not one of exact, prefix, contains."),
        };

        var aliases = Lines(json.Aliases, name, "aliases", file);
        var required = Lines(json.RequiredCommands, name, "required_commands", file);
        var excluded = Lines(json.ExcludedCommands, name, "excluded_commands", file);
        foreach (var line in required)
        {
            if (excluded.Contains(line, StringComparer.OrdinalIgnoreCase))
            {
                throw new PortTemplateException(file, $"template \"{name}\": \"{line}\" is both required and excluded.");
            }
        }

        return new PortTemplate(name, aliases, color, required, excluded, match);
    }

    private static string[] Lines(List<string?>? values, string template, string field, string file)
    {
        if (values is null)
        {
            return [];
        }

        var lines = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]))
            {
                throw new PortTemplateException(file, $"template \"{template}\": {field}[{i}] is blank.");
            }

            lines[i] = values[i]!.Trim();
        }

        return lines;
    }

    // A colour name (Green, DarkOrange) or #RRGGBB / #AARRGGBB: what the UI side can turn into a brush.
    private static bool IsColor(string color)
    {
        if (color[0] == '#')
        {
            var hex = color.AsSpan(1);
            return hex.Length is 6 or 8 && !hex.ContainsAnyExcept("0123456789abcdefABCDEF");
        }

        foreach (var c in color)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static PortTemplates FromDefaults()
    {
        var sets = new Dictionary<string, Dictionary<string, PortTemplate>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (vendor, json) in DefaultTemplates.All)
        {
            sets[vendor] = Parse(json, $"(built-in {vendor}.json)");
        }

        return new PortTemplates(sets);
    }

    private static string ReadAll(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PortTemplateException(path, $"the file cannot be read ({e.Message}).", e);
        }
    }

    // Written under a temporary name and moved into place, so a reader (or a second process writing the same default)
    // never sees half a file; when another process got there first its file is kept.
    private static void WriteIfAbsent(string path, string json)
    {
        var temporary = path + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp";
        try
        {
            File.WriteAllText(temporary, json + Environment.NewLine);
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new PortTemplateException(path, $"the default template file cannot be written ({e.Message}).", e);
        }
    }

    // System.Text.Json names .NET types; say it in the file's own terms.
    private static string Explain(JsonException e)
    {
        var message = e.Message;
        var where = e.Path is { Length: > 1 } path ? path.TrimStart('$').TrimStart('.') : "the file";
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var start = message.IndexOf('\'', StringComparison.Ordinal) + 1;
            var end = start > 0 ? message.IndexOf('\'', start) : -1;
            var name = end > start ? message[start..end] : "?";
            return $"\"{name}\" is not a template field (fields: name, aliases, color, required_commands, excluded_commands, match_type, description).";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return $"{where} holds the wrong kind of value (text, a list of text or an object was expected).";
        }

        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].Trim() : message.Trim();
    }
}
