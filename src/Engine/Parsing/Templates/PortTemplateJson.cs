using System.Text.Json.Serialization;

namespace StateTrace.Engine.Parsing.Templates;

/// <summary>A template file as written (the original's format): <c>{"vendor": …, "templates": [ … ]}</c>.</summary>
internal sealed class PortTemplateFileJson
{
    [JsonPropertyName("vendor")]
    public string? Vendor { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("templates")]
    public List<PortTemplateJson?>? Templates { get; set; }
}

/// <summary>One template as written; every field is checked by <see cref="PortTemplates"/> before use.</summary>
internal sealed class PortTemplateJson
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("aliases")]
    public List<string?>? Aliases { get; set; }

    [JsonPropertyName("color")]
    public string? Color { get; set; }

    [JsonPropertyName("required_commands")]
    public List<string?>? RequiredCommands { get; set; }

    [JsonPropertyName("excluded_commands")]
    public List<string?>? ExcludedCommands { get; set; }

    [JsonPropertyName("match_type")]
    public string? MatchType { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }
}

// Comments and trailing commas are allowed (people edit these files); unknown properties are refused so that a
// misspelt "required_command" is reported instead of silently checking nothing.
[JsonSourceGenerationOptions(
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(PortTemplateFileJson))]
internal sealed partial class PortTemplateJsonContext : JsonSerializerContext;
