using System.Collections;
using System.Globalization;
using StateTrace.Engine.Tests.Support;
using YamlDotNet.Serialization;

namespace StateTrace.Engine.Tests.Parsing;

/// <summary>
/// The ntc-templates captures as an external oracle: every <c>.raw</c> under a fixture folder, its <c>.yml</c>
/// <c>parsed_sample</c>, and a field-by-field comparison of our records with theirs as trimmed strings (a list
/// against a list, or a one-element list against our single value). Where their reading is wrong, an
/// <see cref="OracleException"/> names the file, record, field and the value we print instead, with the reason.
/// </summary>
internal static class NtcOracle
{
    /// <summary>Fixture paths relative to tests/fixtures, one theory row each.</summary>
    public static TheoryData<string> Cases(params string[] folders)
    {
        var data = new TheoryData<string>();
        foreach (var path in Files(folders))
        {
            data.Add(path);
        }

        return data;
    }

    public static List<string> Files(params string[] folders)
    {
        var files = new List<string>();
        foreach (var folder in folders)
        {
            var dir = Path.Combine(RepoPaths.Fixtures, folder);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var raw in Directory.GetFiles(dir, "*.raw"))
            {
                files.Add(Path.GetRelativePath(RepoPaths.Fixtures, raw).Replace('\\', '/'));
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public static string ReadRaw(string relativePath) => File.ReadAllText(Path.Combine(RepoPaths.Fixtures, relativePath));

    public static List<Dictionary<string, object?>> Expected(string relativeRawPath)
    {
        var yml = Path.ChangeExtension(Path.Combine(RepoPaths.Fixtures, relativeRawPath), ".yml");
        var root = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(File.ReadAllText(yml));
        var records = new List<Dictionary<string, object?>>();
        if (root["parsed_sample"] is not IList samples)
        {
            return records;
        }

        foreach (var sample in samples)
        {
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (DictionaryEntry entry in (IDictionary)sample!)
            {
                map[(string)entry.Key] = entry.Value;
            }

            records.Add(map);
        }

        return records;
    }

    /// <summary>Every mismatch not covered by an exception, plus every exception that no longer applies.</summary>
    public static List<string> Compare<T>(
        string relativeRawPath,
        IReadOnlyList<T> ours,
        IReadOnlyList<(string Ours, string Theirs)> mapping,
        IReadOnlyList<OracleException>? exceptions = null)
    {
        var file = Path.GetFileName(relativeRawPath);
        var theirs = Expected(relativeRawPath);
        var applicable = (exceptions ?? []).Where(e => e.File == file).ToList();
        var used = new HashSet<OracleException>();
        var problems = new List<string>();

        if (ours.Count != theirs.Count)
        {
            var count = applicable.FirstOrDefault(e => e.Field == OracleException.RecordCount && e.Ours == ours.Count.ToString(CultureInfo.InvariantCulture));
            if (count is null)
            {
                problems.Add($"{file}: {ours.Count} records, theirs {theirs.Count}");
            }
            else
            {
                used.Add(count);
            }
        }

        for (var i = 0; i < Math.Min(ours.Count, theirs.Count); i++)
        {
            foreach (var (ourName, theirName) in mapping)
            {
                var property = typeof(T).GetProperty(ourName) ?? throw new InvalidOperationException($"{typeof(T).Name} has no {ourName}");
                var ourValue = Normalize(property.GetValue(ours[i]));
                var theirValue = Normalize(theirs[i].GetValueOrDefault(theirName));
                if (Agree(ourValue, theirValue))
                {
                    continue;
                }

                var ourText = Show(ourValue);
                var exception = applicable.FirstOrDefault(e => e.Record == i && e.Field == ourName && e.Ours == ourText);
                if (exception is null)
                {
                    problems.Add($"{file} #{i} {ourName}: ours '{ourText}', theirs '{Show(theirValue)}'");
                }
                else
                {
                    used.Add(exception);
                }
            }
        }

        foreach (var stale in applicable.Where(e => !used.Contains(e)))
        {
            problems.Add($"{file}: exception #{stale.Record} {stale.Field} no longer applies ({stale.Reason})");
        }

        return problems;
    }

    private static object Normalize(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        IEnumerable list => list.Cast<object?>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() ?? "").ToList(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };

    private static bool Agree(object ours, object theirs) => (ours, theirs) switch
    {
        (string a, string b) => a == b,
        (List<string> a, List<string> b) => a.SequenceEqual(b),
        (string a, List<string> b) => b.Count == 1 ? a == b[0] : b.Count == 0 && a.Length == 0,
        (List<string> a, string b) => a.Count == 1 ? a[0] == b : a.Count == 0 && b.Length == 0,
        _ => false,
    };

    private static string Show(object value) => value is List<string> list ? "[" + string.Join(", ", list) + "]" : (string)value;
}

/// <summary>A documented disagreement with the oracle: in <paramref name="File"/>, record <paramref name="Record"/>,
/// field <paramref name="Field"/>, we print <paramref name="Ours"/> because <paramref name="Reason"/>.</summary>
internal sealed record OracleException(string File, int Record, string Field, string Ours, string Reason)
{
    public const string RecordCount = "(record count)";
}
