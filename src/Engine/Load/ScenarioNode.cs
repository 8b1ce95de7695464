using System.Globalization;
using System.Text.Json;

namespace StateTrace.Engine.Load;

/// <summary>A JSON value with its path in the scenario file, so every complaint names the file, the place and the reason.</summary>
internal readonly record struct ScenarioNode(string File, string Path, JsonElement Value)
{
    public ScenarioException Error(string reason) => new(File, Path, reason);

    public ScenarioNode Child(string key, JsonElement value) => new(File, $"{Path}.{key}", value);

    public ScenarioNode Item(int index, JsonElement value) => new(File, string.Create(CultureInfo.InvariantCulture, $"{Path}[{index}]"), value);

    /// <summary>The object's members, refusing any key not in <paramref name="known"/>.</summary>
    public IEnumerable<(string Key, ScenarioNode Node)> Members(params string[] known)
    {
        if (Value.ValueKind != JsonValueKind.Object)
        {
            throw Error($"must be an object, not {Describe()}");
        }

        foreach (var property in Value.EnumerateObject())
        {
            if (property.Name == "$schema" || property.Name == "$comment")
            {
                continue;
            }

            if (known.Length > 0 && Array.IndexOf(known, property.Name) < 0)
            {
                throw Child(property.Name, property.Value).Error($"is not a known key; this object takes {string.Join(", ", known)}");
            }

            yield return (property.Name, Child(property.Name, property.Value));
        }
    }

    public IEnumerable<ScenarioNode> Items()
    {
        if (Value.ValueKind != JsonValueKind.Array)
        {
            throw Error($"must be an array, not {Describe()}");
        }

        var i = 0;
        foreach (var item in Value.EnumerateArray())
        {
            yield return Item(i++, item);
        }
    }

    public string String()
    {
        var s = Value.ValueKind == JsonValueKind.String ? Value.GetString() : null;
        return string.IsNullOrWhiteSpace(s) ? throw Error($"must be a non-empty string, not {Describe()}") : s;
    }

    public bool Bool() => Value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error($"must be true or false, not {Describe()}"),
    };

    public double Number(double min, double max)
    {
        if (Value.ValueKind != JsonValueKind.Number || !Value.TryGetDouble(out var d) || !double.IsFinite(d))
        {
            throw Error($"must be a number, not {Describe()}");
        }

        return d < min || d > max
            ? throw Error(string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max} (got {d})"))
            : d;
    }

    public int Integer(int min, int max)
    {
        if (Value.ValueKind != JsonValueKind.Number || !Value.TryGetInt32(out var n))
        {
            throw Error($"must be a whole number, not {Describe()}");
        }

        return n < min || n > max
            ? throw Error(string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max} (got {n})"))
            : n;
    }

    public TimeSpan Duration(TimeSpan max)
    {
        if (Value.ValueKind != JsonValueKind.String || !ScenarioText.TryParseDuration(Value.GetString()!, out var t))
        {
            throw Error($"must be a duration such as \"30s\", \"500ms\", \"2m\" or \"00:00:30\", not {Describe()}");
        }

        return t > max ? throw Error($"must be at most {ScenarioText.Format(max)} (got {ScenarioText.Format(t)})") : t;
    }

    public string Describe() => Value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Value.GetString()}\"",
        JsonValueKind.Number => $"the number {Value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {Value.GetRawText()}",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };
}
