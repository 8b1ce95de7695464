using StateTrace.Engine.Runs;

namespace StateTrace.Tool.Reports;

/// <summary>The run, the machine fingerprint, the code identity and the settings it ran with.</summary>
internal static class MachineSection
{
    public const string Id = "machine";

    public static void Write(HtmlWriter html, RunSummary summary) => html.Section(Id, "Run, machine, code and settings", () =>
    {
        html.OpenGrid();
        html.Block(() => Run(html, summary));
        html.Block(() =>
        {
            html.Heading("Machine fingerprint");
            html.Definitions(Machine(summary.Machine));
        });
        html.Block(() =>
        {
            html.Heading("Code identity");
            html.Definitions([("Version", summary.Code.Version), ("Commit", summary.Code.Commit)]);
            html.Heading("Settings");
            if (summary.Settings.Count == 0)
            {
                html.Missing("No settings were recorded for this run.");
            }
            else
            {
                html.Table(["Setting", "Value"], summary.Settings.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (IReadOnlyList<Cell>)[s.Key, s.Value]));
            }
        });
        html.CloseGrid();
    });

    private static void Run(HtmlWriter html, RunSummary summary)
    {
        html.Heading("Run");
        html.Definitions(
        [
            ("Run", summary.RunId),
            ("Kind", summary.RunKind),
            ("Started", Html.Utc(summary.StartedUtc)),
            ("Completed", Html.Utc(summary.CompletedUtc)),
            ("Exit code", summary.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Peak working set", summary.PeakWorkingSetBytes > 0 ? Html.Megabytes(summary.PeakWorkingSetBytes) : "–"),
            ("Diagnostics", Html.Number(summary.DiagnosticCount)),
        ]);
    }

    public static IEnumerable<(string, string)> Machine(MachineFingerprint m) =>
    [
        ("Fingerprint", m.Id),
        ("CPU", m.CpuModel),
        ("Cores", m.Cores.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Memory", Comparison.Gigabytes(m.MemoryBytes)),
        ("OS", m.Os),
        ("Runtime", m.Runtime),
        ("GC", m.GcMode),
        ("Store", m.StoreKind),
    ];
}
