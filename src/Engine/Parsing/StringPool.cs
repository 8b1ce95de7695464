namespace StateTrace.Engine.Parsing;

/// <summary>
/// Hands out one string instance per distinct value within a block, so a 48-port table allocates
/// <c>notconnect</c>, <c>auto</c> and <c>10/100/1000BaseTX</c> once instead of once per row.
/// </summary>
internal sealed class StringPool
{
    private const int MaxEntries = 2048;
    private readonly Dictionary<string, string> map = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public StringPool()
    {
        lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return "";
        }

        if (lookup.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        var created = value.ToString();
        if (map.Count < MaxEntries)
        {
            map.Add(created, created);
        }

        return created;
    }
}
