namespace StateTrace.Engine.Parsing.Templates;

/// <summary>How a template's configuration lines are compared with a port's (trimmed lines, any case).</summary>
public enum TemplateMatch
{
    /// <summary>The port has a line equal to the template line (the default).</summary>
    Exact,

    /// <summary>The port has a line that starts with the template line, word for word (<c>switchport access vlan</c>).</summary>
    Prefix,

    /// <summary>The port has a line that contains the template line (Junos <c>set</c> lines carry the port in the middle).</summary>
    Contains,
}

/// <summary>
/// One port template of <c>Data/Templates/&lt;vendor&gt;.json</c>: the name and aliases a port's AuthTemplate is looked up
/// by, the colour it is shown in, and the configuration lines a port of this kind must have and must not have.
/// </summary>
public sealed record PortTemplate(
    string Name,
    IReadOnlyList<string> Aliases,
    string Color,
    IReadOnlyList<string> RequiredCommands,
    IReadOnlyList<string> ExcludedCommands,
    TemplateMatch MatchType = TemplateMatch.Exact)
{
    /// <summary>True when every required line is in <paramref name="config"/> and no excluded one is.</summary>
    public bool Matches(string config)
    {
        foreach (var line in RequiredCommands)
        {
            if (!Has(config, line))
            {
                return false;
            }
        }

        foreach (var line in ExcludedCommands)
        {
            if (Has(config, line))
            {
                return false;
            }
        }

        return true;
    }

    private bool Has(string config, string wanted)
    {
        foreach (var raw in config.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            var fits = MatchType switch
            {
                TemplateMatch.Prefix => line.StartsWith(wanted, StringComparison.OrdinalIgnoreCase)
                    && (line.Length == wanted.Length || line[wanted.Length] is ' ' or '\t'),
                TemplateMatch.Contains => line.Contains(wanted, StringComparison.OrdinalIgnoreCase),
                _ => line.Equals(wanted, StringComparison.OrdinalIgnoreCase),
            };
            if (fits)
            {
                return true;
            }
        }

        return false;
    }
}
