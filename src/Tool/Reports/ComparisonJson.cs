using System.Text.Encodings.Web;
using System.Text.Json;

namespace StateTrace.Tool.Reports;

/// <summary>A before/after comparison as JSON (<c>statetrace compare --json</c>), for CI to read.</summary>
internal static class ComparisonJson
{
    public const int SchemaVersion = 1;

    public static void Write(string path, RunComparison comparison)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var stream = File.Create(full);
        Write(stream, comparison);
    }

    public static void Write(Stream stream, RunComparison comparison)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("SchemaVersion", SchemaVersion);
        json.WriteString("Baseline", comparison.BaselineLabel);
        json.WriteString("Current", comparison.CurrentLabel);
        json.WriteString("BaselineCode", comparison.BaselineCode);
        json.WriteString("CurrentCode", comparison.CurrentCode);
        json.WriteBoolean("MachinesDiffer", comparison.MachinesDiffer);
        json.WriteStartArray("MachineDifferences");
        foreach (var d in comparison.MachineDifferences)
        {
            json.WriteStartObject();
            json.WriteString("Field", d.Field);
            json.WriteString("Baseline", d.Baseline);
            json.WriteString("Current", d.Current);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("RelativeThreshold", comparison.Options.RelativeThreshold);
        json.WriteNumber("Alpha", comparison.Options.Alpha);
        json.WriteBoolean("Regression", comparison.HasRegression);
        json.WriteStartArray("Metrics");
        foreach (var r in comparison.Rows)
        {
            json.WriteStartObject();
            json.WriteString("Key", r.Metric.Key);
            json.WriteString("Metric", r.Metric.Label);
            json.WriteString("Unit", r.Metric.Unit);
            json.WriteBoolean("HigherIsBetter", r.Metric.HigherIsBetter);
            Number(json, "BaselineMedian", r.BaselineMedian);
            Number(json, "CurrentMedian", r.CurrentMedian);
            Number(json, "Ratio", r.Ratio);
            json.WriteString("Verdict", r.Verdict.ToString());
            json.WriteString("Sentence", r.Sentence);
            Number(json, "Delta", r.Delta);
            json.WriteNumber("NoiseFloor", r.Metric.NoiseFloor);
            Number(json, "PWorse", r.PWorse);
            Number(json, "PBetter", r.PBetter);
            Array(json, "BaselineSamples", r.Baseline);
            Array(json, "CurrentSamples", r.Current);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is double v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Array(Utf8JsonWriter json, string name, IReadOnlyList<double> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteNumberValue(v);
        }

        json.WriteEndArray();
    }
}
