using StateTrace.Engine.Parsing;
using StateTrace.Engine.Parsing.Detection;
using StateTrace.Engine.Tests.Support;
using Xunit.Abstractions;

namespace StateTrace.Engine.Tests.Parsing.Scratch;

public class ScratchDetect(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        foreach (var tree in new[] { "ntc", "ntc-more" })
        {
            foreach (var p in new[] { "hp_procurve", "brocade_fastiron", "ruckus_fastiron" })
            {
                var dir = Path.Combine(RepoPaths.Fixtures, tree, p);
                if (!Directory.Exists(dir)) continue;
                foreach (var raw in Directory.GetFiles(dir, "*.raw", SearchOption.AllDirectories))
                {
                    var cmd = Path.GetFileName(Path.GetDirectoryName(raw))!.Replace('_', ' ');
                    var text = $"device#{cmd}\n{File.ReadAllText(raw)}\ndevice#\n";
                    var d = VendorDetector.Detect(new CapturedSession("host", text));
                    output.WriteLine($"{Path.GetRelativePath(RepoPaths.Fixtures, raw)}: {d.Platform} {d.Confidence} | {string.Join("; ", d.Evidence)}");
                }
            }
        }
    }
}
