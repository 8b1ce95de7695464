using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;

namespace StateTrace.Engine.Runs;

public static class Fingerprints
{
    public static MachineFingerprint Machine(string storeKind) => new(
        CpuModel(),
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        (GCSettings.IsServerGC ? "Server" : "Workstation") + (GCSettings.LatencyMode == GCLatencyMode.Batch ? "" : "/Concurrent"),
        storeKind);

    /// <summary>Version and commit from the informational version the SDK stamps (<c>0.1.0+&lt;sha&gt;</c>).</summary>
    public static CodeIdentity Code()
    {
        var informational = typeof(Fingerprints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? new CodeIdentity(informational, "unknown") : new CodeIdentity(informational[..plus], informational[(plus + 1)..]);
    }

    private static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        if (File.Exists(cpuinfo))
        {
            foreach (var line in File.ReadLines(cpuinfo))
            {
                if (line.StartsWith("model name", StringComparison.Ordinal))
                {
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    return line[(colon + 1)..].Trim();
                }
            }
        }

        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}
