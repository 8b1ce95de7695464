namespace StateTrace.Engine.Parsing.Aruba;

/// <summary>What AOS-CX <c>show version</c> says: the running image and where it came from.</summary>
public sealed record CxVersion(string Version, string BuildDate, string BuildId, string ActiveImage);

/// <summary>
/// Reads AOS-CX <c>show version</c>: a banner (<c>ArubaOS-CX</c>, copyright) then <c>Version : FL.10.11.1021</c>,
/// <c>Build Date</c>, <c>Build ID</c>, <c>Active Image</c>. <c>Service OS Version</c> and <c>BIOS Version</c> are
/// other keys and never taken for the software version.
/// </summary>
internal static class ShowVersion
{
    public static CxVersion Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        string version = "", buildDate = "", buildId = "", activeImage = "";
        var sawText = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            sawText |= !line.IsWhiteSpace();
            if (!ArubaText.TrySplit(line, out var key, out var value))
            {
                continue;
            }

            switch (key)
            {
                case "Version" when version.Length == 0:
                    version = value.ToString();
                    break;
                case "Build Date" when buildDate.Length == 0:
                    buildDate = value.ToString();
                    break;
                case "Build ID" when buildId.Length == 0:
                    buildId = value.ToString();
                    break;
                case "Active Image" when activeImage.Length == 0:
                    activeImage = value.ToString();
                    break;
            }
        }

        if (sawText && version.Length == 0)
        {
            report?.Invoke(firstLine, "show version: no 'Version :' line found; Version left empty.");
        }

        return new CxVersion(version, buildDate, buildId, activeImage);
    }
}
